package de.lagebild.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes machine-readable CSV: UTF-8 without byte order mark, {@code ,} as delimiter, LF line ends,
 * fields quoted only where needed (RFC 4180), numbers with {@code .} as decimal point and enough
 * digits to round-trip ({@link Numbers#format(double)}), NaN and null as empty fields.
 *
 * <p>Text cells are safe against formula injection: a text that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return gets a leading {@code '}, so a spreadsheet shows it
 * as text instead of running it ({@code +1+1} and {@code -2+3} too), unless it is a signed number
 * ({@code -1.5}) or consists of dashes and stars only: offence keys such as {@code ------} stay as
 * they are.
 */
public final class CsvWriter implements Closeable {
    private final Writer out;
    private final int columns;
    private final StringBuilder line = new StringBuilder(256);

    /**
     * Writes to a writer; the header is written at once. The writer is not buffered here, and
     * {@link #close()} closes it.
     *
     * @param out    where the CSV text goes
     * @param header the column names; every later {@link #row(Object...)} must have as many cells
     * @throws java.io.UncheckedIOException when the header cannot be written
     */
    public CsvWriter(Writer out, List<String> header) {
        this.out = out;
        this.columns = header.size();
        row(header.toArray());
    }

    /**
     * Opens a file for writing (replacing it) and writes the header.
     *
     * @param file   the file to create or replace
     * @param header the column names; every later {@link #row(Object...)} must have as many cells
     * @return a writer on the file, buffered; close it to flush it
     * @throws java.io.UncheckedIOException when the file cannot be opened or the header cannot be written
     */
    public static CsvWriter open(Path file, List<String> header) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                    1 << 16);
            return new CsvWriter(w, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one row. Cells may be {@link String} (text), {@link Double}/{@link Float} (formatted),
     * other {@link Number}s (as integers or their string form), {@link Boolean}, or null (empty).
     *
     * @param cells the cells of the row, one per header column
     * @throws IllegalArgumentException     when the number of cells differs from the header's
     * @throws java.io.UncheckedIOException when the row cannot be written
     */
    public void row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the header " + columns);
        }
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendCell(line, cells[i]);
        }
        line.append('\n');
        try {
            out.write(line.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void appendCell(StringBuilder sb, Object cell) {
        if (cell == null) {
            return;
        }
        if (cell instanceof Double d) {
            sb.append(Numbers.format(d));
        } else if (cell instanceof Float f) {
            sb.append(Numbers.format(f.doubleValue()));
        } else if (cell instanceof Number n) {
            sb.append(n.toString());
        } else if (cell instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else {
            appendText(sb, cell.toString());
        }
    }

    /** Appends a text field, guarded against formula injection and quoted where needed. */
    static void appendText(StringBuilder sb, String text) {
        String t = defuse(text);
        boolean quote = t.isEmpty() ? false : needsQuotes(t);
        if (!quote) {
            sb.append(t);
            return;
        }
        sb.append('"');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    private static boolean needsQuotes(String t) {
        if (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1))) {
            return true;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /**
     * Prefixes {@code '} to text a spreadsheet could run as a formula (see the class comment).
     *
     * @param text the text of a cell; must not be null
     * @return the text, with a leading {@code '} when a spreadsheet could read it as a formula
     */
    public static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') {
            return text;
        }
        // a signed number (-5, -1.5, +3) is shown as that number; dashes and stars are PKS keys (------)
        if (SIGNED_NUMBER.matcher(text).matches() || DASHES_AND_STARS.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static final java.util.regex.Pattern SIGNED_NUMBER =
            java.util.regex.Pattern.compile("[+-]?\\d+([.,]\\d+)*([eE][+-]?\\d+)?");
    private static final java.util.regex.Pattern DASHES_AND_STARS = java.util.regex.Pattern.compile("-[-*]*");

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
