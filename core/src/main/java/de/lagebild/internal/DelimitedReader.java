package de.lagebild.internal;

import de.lagebild.io.Problem;
import de.lagebild.io.InputException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the records of a delimited text file (CSV with {@code ,}, {@code ;}, tab or {@code |}),
 * each with the line it starts on. The encoding is detected (see {@link Encodings}) unless given;
 * a given encoding is checked strictly, so that bytes that do not fit it are reported with their
 * line instead of turning into replacement characters. The delimiter is detected from the first
 * line unless given. Quoted fields may contain delimiters and line breaks; CRLF and LF line ends
 * are both accepted; a UTF-8 byte order mark is skipped. Empty lines are skipped.
 *
 * <p>The reader does not interpret a header: callers take the first record (or the records they
 * expect before the header) and use {@link Header}.
 */
public final class DelimitedReader implements Closeable {

    /**
     * One record: the line it starts on (1-based) and its cells, untrimmed.
     *
     * @param line  the 1-based line the record starts on (a quoted field may continue on later lines)
     * @param cells the cells in file order, untrimmed; the array is shared, not copied
     */
    public record Record(long line, String[] cells) {
        /**
         * The cell at {@code i}, or the empty string when the record is shorter.
         *
         * @param i the 0-based column position
         * @return the untrimmed cell, or {@code ""} when the record has fewer cells
         */
        public String cell(int i) {
            return i < cells.length ? cells[i] : "";
        }

        /**
         * Number of cells.
         *
         * @return the number of cells of this record, which may differ from the header's
         */
        public int size() {
            return cells.length;
        }

        /**
         * Whether every cell is blank.
         *
         * @return true when every cell is empty or white space (also when there are no cells)
         */
        public boolean isBlank() {
            for (String c : cells) {
                if (!c.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Path file;
    private final int bom;
    private final String displayName;
    private final Charset charset;
    private final boolean charsetGiven;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lastLine;

    private DelimitedReader(Path file, int bom, String displayName, Charset charset, boolean charsetGiven,
            char delimiter, CSVParser parser) {
        this.file = file;
        this.bom = bom;
        this.displayName = displayName;
        this.charset = charset;
        this.charsetGiven = charsetGiven;
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /**
     * Opens a file.
     *
     * @param file        the file
     * @param displayName the name used in messages (usually the path as the user wrote it)
     * @param charset     the encoding, or null to detect it
     * @param delimiter   the delimiter, or null to detect it from the first line
     * @return a reader positioned before the first record; close it when done
     * @throws InputException when the file does not exist, cannot be read or is not text
     */
    public static DelimitedReader open(Path file, String displayName, Charset charset, Character delimiter) {
        if (!Files.exists(file)) {
            throw new InputException(Problem.inFile(displayName, "does not exist"));
        }
        if (Files.isDirectory(file)) {
            throw new InputException(Problem.inFile(displayName, "is a folder, not a file"));
        }
        boolean given = charset != null;
        Charset cs;
        int bom;
        if (charset == null) {
            Encodings.Detected d = Encodings.detect(file, displayName);
            cs = d.charset();
            bom = d.bomLength();
        } else {
            cs = charset;
            bom = bomOf(file, cs, displayName);
        }
        try {
            char delim = delimiter != null ? delimiter : detectDelimiter(file, cs, bom, displayName);
            Reader reader = reader(file, cs, bom);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delim)
                    .setQuote('"')
                    .setRecordSeparator("\n")
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false)
                    .setTrim(false)
                    .setAllowMissingColumnNames(true)
                    .get();
            return new DelimitedReader(file, bom, displayName, cs, given, delim, CSVParser.builder()
                    .setReader(reader).setFormat(format).get());
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.inFile(displayName, "does not exist"));
        } catch (IOException e) {
            throw new InputException(Problem.inFile(displayName, "cannot be read: " + e.getMessage()));
        }
    }

    private static int bomOf(Path file, Charset cs, String displayName) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return Encodings.bomLength(head, head.length, cs);
        } catch (IOException e) {
            throw new InputException(Problem.inFile(displayName, "cannot be read: " + e.getMessage()));
        }
    }

    private static Reader reader(Path file, Charset cs, int bom) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(bom);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
    }

    /** Detects the delimiter from the first non-empty line: the most frequent of ; , tab | outside quotes. */
    private static char detectDelimiter(Path file, Charset cs, int bom, String displayName) throws IOException {
        try (BufferedReader r = new BufferedReader(reader(file, cs, bom))) {
            String line;
            try {
                line = r.readLine();
                while (line != null && line.isBlank()) {
                    line = r.readLine();
                }
            } catch (CharacterCodingException e) {
                throw new InputException(Problem.atLine(displayName, Math.max(1, lineOfInvalidBytes(file, cs, bom)),
                        "contains bytes that are not valid " + cs.name() + encodingHint(cs)));
            }
            if (line == null) {
                return ',';
            }
            return delimiterOf(line);
        }
    }

    /**
     * The most frequent candidate delimiter ({@code ;}, {@code ,}, tab, {@code |}) outside double
     * quotes in a line. {@code ,} wins every tie it is part of and is also the answer when no candidate
     * occurs; among the others the first in the order {@code ;}, tab, {@code |} wins a tie.
     *
     * @param line one line of the file, without its line end
     * @return the delimiter
     */
    public static char delimiterOf(String line) {
        return delimiterOf(java.util.List.of(line));
    }

    /**
     * The most frequent candidate delimiter outside double quotes over several lines (for files
     * whose first lines are titles without delimiters), with the tie rules of
     * {@link #delimiterOf(String)}; quotes do not carry over from one line to the next.
     *
     * @param lines lines of the file, without their line ends
     * @return the delimiter
     */
    public static char delimiterOf(java.util.List<String> lines) {
        char[] candidates = {';', ',', '\t', '|'};
        long[] counts = new long[candidates.length];
        for (String line : lines) {
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    for (int k = 0; k < candidates.length; k++) {
                        if (c == candidates[k]) {
                            counts[k]++;
                        }
                    }
                }
            }
        }
        int best = 1; // ',' by default
        for (int k = 0; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    /**
     * The 1-based line of the first bytes that are not valid in {@code cs}, counting line feeds
     * decoded before them; 0 when the file decodes without error or cannot be read.
     */
    static long lineOfInvalidBytes(Path file, Charset cs, int bom) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bom);
            ByteBuffer bb = ByteBuffer.allocate(1 << 16);
            CharBuffer cb = CharBuffer.allocate(1 << 16);
            long line = 1;
            boolean eof = false;
            while (true) {
                if (!eof) {
                    int n = in.read(bb.array(), bb.position(), bb.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bb.position(bb.position() + n);
                    }
                }
                bb.flip();
                CoderResult cr = dec.decode(bb, cb, eof);
                cb.flip();
                for (int i = 0; i < cb.limit(); i++) {
                    if (cb.get(i) == '\n') {
                        line++;
                    }
                }
                cb.clear();
                if (cr.isError()) {
                    return line;
                }
                bb.compact();
                if (eof && cr.isUnderflow()) {
                    return 0;
                }
            }
        } catch (IOException e) {
            return 0;
        }
    }

    private static String encodingHint(Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            return " (the file seems to be ISO-8859-1 or windows-1252: give that encoding, or leave the"
                    + " encoding out to detect it)";
        }
        return "";
    }

    /**
     * The name used in messages.
     *
     * @return the name given to {@link #open(Path, String, Charset, Character)}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The encoding the file is read with.
     *
     * @return the given or detected encoding
     */
    public Charset charset() {
        return charset;
    }

    /**
     * The delimiter the file is read with.
     *
     * @return the given or detected delimiter
     */
    public char delimiter() {
        return delimiter;
    }

    /**
     * The last line consumed so far (1-based), for messages about the end of the file.
     *
     * @return the 1-based number of the last line consumed, 0 before the first record
     */
    public long lastLine() {
        return lastLine;
    }

    /**
     * The next non-empty record, or null at the end of the file.
     *
     * @return the next record that is not an empty line, or null when the file has no more
     * @throws InputException when the file breaks off inside a quoted field or has bytes that do not
     *                        fit its encoding
     */
    public Record next() {
        while (true) {
            long start = lastLine + 1;
            CSVRecord rec;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                rec = records.next();
            } catch (UncheckedIOException e) {
                throw failure(e.getCause(), start);
            } catch (IllegalStateException e) {
                // commons-csv wraps IOExceptions of the iterator in IllegalStateException in some versions
                Throwable cause = e.getCause() instanceof IOException ? e.getCause() : e;
                throw failure(cause, start);
            }
            lastLine = parser.getCurrentLineNumber();
            if (lastLine < start) {
                lastLine = start; // last line without a line break
            }
            String[] cells = rec.values();
            if (cells.length == 1 && cells[0].isEmpty()) {
                continue; // empty line
            }
            return new Record(start, cells);
        }
    }

    private InputException failure(Throwable cause, long start) {
        if (cause instanceof CharacterCodingException) {
            // the decoder fails when it fills its buffer, lines ahead of the record being parsed
            long line = lineOfInvalidBytes(file, charset, bom);
            if (line == 0) {
                line = Math.max(start, parser.getCurrentLineNumber() + 1);
            }
            return new InputException(Problem.atLine(displayName, line,
                    "contains bytes that are not valid " + charset.name()
                            + (charsetGiven ? encodingHint(charset) : "")));
        }
        String msg = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (msg.contains("EOF reached before encapsulated token finished")) {
            return new InputException(Problem.atLine(displayName, start,
                    "a quoted field opened here is never closed: the file is truncated or has a stray"
                            + " double quote"));
        }
        if (msg.toLowerCase(java.util.Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return new InputException(Problem.atLine(displayName, Math.max(start, parser.getCurrentLineNumber()),
                    "a double quote inside a quoted field is not doubled (write \"\" for a literal quote)"));
        }
        return new InputException(Problem.atLine(displayName, start, "cannot be read: " + msg));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // nothing was written, nothing to lose
        }
    }
}
