package de.lagebild.crime;

import de.lagebild.internal.DelimitedReader;
import de.lagebild.internal.Encodings;
import de.lagebild.io.InputException;
import de.lagebild.internal.Numbers;
import de.lagebild.io.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A delimited text file or one sheet of an XLSX workbook, read into memory as rows of text cells.
 * Numeric XLSX cells are kept as their exact plain decimal text and flagged, so that number parsing
 * never guesses their style. Error cells keep their text ({@code #DIV/0!}).
 */
final class Tabular {

    /** One row: its line (text files) or row number (XLSX), its cells, and which cells were numeric. */
    record Row(long line, String[] cells, boolean[] numeric) {
        String cell(int i) {
            return i >= 0 && i < cells.length ? cells[i] : "";
        }

        boolean isNumeric(int i) {
            return i >= 0 && i < numeric.length && numeric[i];
        }

        int size() {
            return cells.length;
        }

        /** Index of the last non-blank cell, or -1. */
        int lastNonBlank() {
            for (int i = cells.length - 1; i >= 0; i--) {
                if (!cells[i].isBlank()) {
                    return i;
                }
            }
            return -1;
        }

        boolean isBlank() {
            return lastNonBlank() < 0;
        }

        int nonBlankCount() {
            int n = 0;
            for (String c : cells) {
                if (!c.isBlank()) {
                    n++;
                }
            }
            return n;
        }
    }

    private final String source;
    private final boolean spreadsheet;
    private final String description;
    private final List<Row> rows;

    private Tabular(String source, boolean spreadsheet, String description, List<Row> rows) {
        this.source = source;
        this.spreadsheet = spreadsheet;
        this.description = description;
        this.rows = List.copyOf(rows);
    }

    /** For tests: rows from text lines split at {@code ;}. */
    static Tabular ofLines(String source, List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(";", -1);
            rows.add(new Row(i + 1, cells, new boolean[cells.length]));
        }
        return new Tabular(source, false, "text", rows);
    }

    /**
     * Reads a file: XLSX when its name ends in {@code .xlsx} or it starts like a zip archive,
     * delimited text otherwise.
     *
     * @throws InputException when the file cannot be read at all
     */
    static Tabular read(Path file, String displayName, Optional<Charset> encoding, Optional<Character> delimiter,
            Optional<String> sheet) {
        if (!Files.exists(file)) {
            throw new InputException(Problem.inFile(displayName, "does not exist"));
        }
        Optional<String> zippedCsv = zippedCsv(file);
        if (zippedCsv.isPresent()) {
            return readZipped(file, zippedCsv.get(), displayName, encoding, delimiter);
        }
        if (isXlsx(file)) {
            return readXlsx(file, displayName, sheet);
        }
        if (isOldExcel(file)) {
            throw new InputException(Problem.inFile(displayName,
                    "is an old Excel file (.xls); save it as .xlsx or as CSV"));
        }
        if (sheet.isPresent()) {
            throw new InputException(Problem.inFile(displayName,
                    "is not an XLSX workbook, so sheet: " + sheet.get() + " does not apply"));
        }
        List<Row> rows = new ArrayList<>();
        Charset cs = encoding.orElseGet(() -> Encodings.detect(file, displayName).charset());
        char delim = delimiter.orElseGet(() -> detectDelimiter(file, displayName, Optional.of(cs)));
        try (DelimitedReader r = DelimitedReader.open(file, displayName, cs, delim)) {
            DelimitedReader.Record rec;
            while ((rec = r.next()) != null) {
                rows.add(new Row(rec.line(), rec.cells(), new boolean[rec.size()]));
            }
            String shown = r.delimiter() == '\t' ? "tab" : "'" + r.delimiter() + "'";
            return new Tabular(displayName, false, "CSV, " + r.charset().name() + ", delimiter " + shown, rows);
        }
    }

    /**
     * The delimiter: of {@code ; , tab |}, the one that occurs most often outside quotes in the first
     * 30 non-blank lines (title lines above a table, as GENESIS writes them, have none).
     */
    static char detectDelimiter(Path file, String displayName, Optional<Charset> encoding) {
        Charset cs = encoding.orElseGet(() -> Encodings.detect(file, displayName).charset());
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        } catch (IOException e) {
            throw new InputException(Problem.inFile(displayName, "cannot be read: " + e.getMessage()));
        }
        String text = new String(head, cs);
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank() && lines.size() < 30) {
                lines.add(line);
            }
        }
        return de.lagebild.internal.DelimitedReader.delimiterOf(lines);
    }

    /**
     * The one CSV entry of a zip archive that is not a workbook (GENESIS delivers its flat files
     * as a zip holding one {@code *_flat.csv}), or empty.
     */
    private static Optional<String> zippedCsv(Path file) {
        byte[] head = head(file);
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            return Optional.empty();
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                return Optional.empty(); // an XLSX workbook
            }
            List<String> csv = new ArrayList<>();
            zip.stream().filter(e -> !e.isDirectory()
                    && e.getName().toLowerCase(Locale.ROOT).endsWith(".csv")).forEach(e -> csv.add(e.getName()));
            return csv.size() == 1 ? Optional.of(csv.get(0)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Tabular readZipped(Path file, String entry, String displayName, Optional<Charset> encoding,
            Optional<Character> delimiter) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("lagebild-", ".csv");
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
                    InputStream in = zip.getInputStream(zip.getEntry(entry))) {
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Tabular t = read(tmp, displayName + " (" + entry + ")", encoding, delimiter, Optional.empty());
            return new Tabular(t.source, false, "zip holding " + entry + ", " + t.description, t.rows);
        } catch (IOException e) {
            throw new InputException(Problem.inFile(displayName, "cannot be read as a zip archive: " + e.getMessage()));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary file may remain
                }
            }
        }
    }

    private static boolean isXlsx(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return true;
        }
        byte[] head = head(file);
        return head.length >= 4 && ReadableWorkbook.isOOXMLZipHeader(head);
    }

    private static boolean isOldExcel(Path file) {
        byte[] head = head(file);
        return head.length >= 8 && ReadableWorkbook.isOLE2Header(head);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static Tabular readXlsx(Path file, String displayName, Optional<String> sheetName) {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            Sheet sheet;
            if (sheetName.isPresent()) {
                Optional<Sheet> s = wb.findSheet(sheetName.get());
                if (s.isEmpty()) {
                    String names = wb.getSheets().map(Sheet::getName).collect(Collectors.joining(", "));
                    throw new InputException(Problem.inFile(displayName, "has no sheet \"" + sheetName.get()
                            + "\"; its sheets are " + names));
                }
                sheet = s.get();
            } else {
                sheet = wb.getFirstSheet();
            }
            List<Row> rows = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Row xr : sheet.read()) {
                int n = xr.getCellCount();
                String[] cells = new String[n];
                boolean[] numeric = new boolean[n];
                for (int i = 0; i < n; i++) {
                    Cell c = xr.getCell(i);
                    cells[i] = "";
                    if (c == null) {
                        continue;
                    }
                    CellType t = c.getType();
                    String raw = c.getRawValue();
                    if (t == CellType.NUMBER) {
                        cells[i] = plain(c.asNumber());
                        numeric[i] = true;
                    } else if (t == CellType.FORMULA) {
                        String v = raw == null ? "" : raw.trim();
                        if (!Double.isNaN(Numbers.parsePlain(v))) {
                            cells[i] = plain(new BigDecimal(v));
                            numeric[i] = true;
                        } else {
                            cells[i] = v;
                        }
                    } else if (t == CellType.EMPTY) {
                        cells[i] = "";
                    } else {
                        String text = c.getText();
                        cells[i] = text == null ? (raw == null ? "" : raw) : text;
                    }
                }
                rows.add(new Row(xr.getRowNum(), cells, numeric));
            }
            return new Tabular(displayName + " (sheet " + sheet.getName() + ")", true,
                    "XLSX, sheet " + sheet.getName(), rows);
        } catch (IOException | ExcelReaderException | IllegalStateException e) {
            throw new InputException(Problem.inFile(displayName, "cannot be read as an XLSX workbook: "
                    + (e.getMessage() == null ? e.toString() : e.getMessage())));
        }
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }

    /** The name used in messages (with the sheet for workbooks). */
    String source() {
        return source;
    }

    /** Whether this is a spreadsheet (rows may have fewer cells than the header). */
    boolean spreadsheet() {
        return spreadsheet;
    }

    /** How the file was read, for reports: "CSV, ISO-8859-1, delimiter ';'". */
    String description() {
        return description;
    }

    List<Row> rows() {
        return rows;
    }
}
