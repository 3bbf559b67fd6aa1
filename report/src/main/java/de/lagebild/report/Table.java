package de.lagebild.report;

import de.lagebild.internal.CsvWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of the report: printed in the PDF with German number formats and written as CSV with
 * {@code .} decimals, from the same rounded values, so that both show the same figures.
 *
 * <pre>{@code
 * Table t = Table.builder("sicherheitsgefuehl-ortsteil", "Sicherheitsgefühl nach Ortsteil")
 *         .columns(Table.text("ortsteil", "Ortsteil"), Table.percent("anteil_pct", "Anteil in %", 1),
 *                 Table.percentRange("ki_pct", "95-%-KI in %", 1), Table.integer("n", "Befragte"))
 *         .suppressible()
 *         .row("Altstadt", 0.549, Table.range(0.491, 0.605), 286)
 *         .row("Neustadt", Table.suppressed(), Table.suppressed(), Table.suppressed())
 *         .build();
 * }</pre>
 *
 * <p>A cell is a {@link String} (text columns), a finite {@link Number} (number columns; a
 * {@link Num} in decimal and percent columns), a {@link Range} (range columns), {@code null}
 * (empty) or {@link #suppressed()}: a value withheld because it rests on fewer respondents than the
 * report's {@code min_cell} (number columns only). Suppressed cells are printed as "–" with a
 * footnote and written as empty fields, and a table declared {@link Builder#suppressible()}, or
 * with a suppressed cell, has a {@code suppressed} column in its CSV.
 */
public final class Table {
    private final String id;
    private final String caption;
    private final List<Column> columns;
    private final List<Row> rows;
    private final List<String> notes;
    private final boolean suppressible;
    private final String suppressionNote;

    private Table(Builder b) {
        this.id = b.id;
        this.caption = b.caption;
        this.columns = List.copyOf(b.columns);
        this.rows = List.copyOf(b.rows);
        this.notes = List.copyOf(b.notes);
        this.suppressible = b.suppressible;
        this.suppressionNote = b.suppressionNote;
    }

    /**
     * Starts a table.
     *
     * @param id      names its CSV file ({@code tables/<id>.csv}): lower-case letters and digits,
     *                groups joined by single dashes (such as {@code sicherheitsgefuehl-ortsteil});
     *                unique in a report
     * @param caption the caption printed above the table, after "Tabelle n:"
     * @return a builder without columns or rows
     * @throws NullPointerException     when {@code id} or {@code caption} is null
     * @throws IllegalArgumentException when {@code id} is not of that form
     */
    public static Builder builder(String id, String caption) {
        return new Builder(id, caption);
    }

    /**
     * The table's id.
     *
     * @return lower-case letters and digits, groups joined by dashes
     */
    public String id() {
        return id;
    }

    /**
     * The caption printed above the table.
     *
     * @return the caption, without the "Tabelle n:" the report puts before it
     */
    public String caption() {
        return caption;
    }

    /**
     * The columns.
     *
     * @return the columns, left to right (unmodifiable)
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * Number of body rows.
     *
     * @return the number of rows below the header, emphasised rows included
     */
    public int rowCount() {
        return rows.size();
    }

    /**
     * The footnotes added with {@link Builder#note(String)}.
     *
     * @return the notes in the order added (unmodifiable); without the suppression note and the
     *         note naming the CSV file, which the report adds when it prints the table
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Whether any cell is suppressed.
     *
     * @return true when at least one cell is {@link #suppressed()}
     */
    public boolean hasSuppressed() {
        return rows.stream().anyMatch(Row::suppressed);
    }

    /**
     * The CSV file name of this table.
     *
     * @return {@code tables/<id>.csv}, relative to the output folder
     */
    public String csvName() {
        return "tables/" + id + ".csv";
    }

    List<Row> rows() {
        return rows;
    }

    boolean suppressible() {
        return suppressible;
    }

    /** The suppression footnote, or null to use the report's default. */
    String suppressionNote() {
        return suppressionNote;
    }

    /** The text of a cell as printed in the PDF. */
    String pdfText(int row, int col) {
        Object v = rows.get(row).cells.get(col);
        Column c = columns.get(col);
        if (v == null) {
            return "";
        }
        if (v == Mark.SUPPRESSED) {
            return Fmt.DASH;
        }
        switch (c.kind) {
            case TEXT:
                return (String) v;
            case INTEGER:
                return Fmt.integer(((Number) v).longValue());
            case DECIMAL:
                return Fmt.german(Fmt.round(value(v), decimals(v, c)));
            case PERCENT:
                return Fmt.german(Fmt.round(value(v) * 100, decimals(v, c)));
            case P_VALUE:
                return Fmt.pValue(((Number) v).doubleValue());
            case RANGE: {
                Range r = (Range) v;
                return Fmt.german(Fmt.round(r.low, c.decimals)) + Fmt.DASH + Fmt.german(Fmt.round(r.high, c.decimals));
            }
            case PERCENT_RANGE: {
                Range r = (Range) v;
                return Fmt.german(Fmt.round(r.low * 100, c.decimals)) + Fmt.DASH
                        + Fmt.german(Fmt.round(r.high * 100, c.decimals));
            }
            default:
                throw new IllegalStateException(c.kind.toString());
        }
    }

    private static double value(Object v) {
        return v instanceof Num n ? n.value : ((Number) v).doubleValue();
    }

    private static int decimals(Object v, Column c) {
        return v instanceof Num n ? n.decimals : c.decimals;
    }

    /** The CSV header: column keys, a range column as {@code key_low, key_high}, then {@code suppressed}. */
    List<String> csvHeader() {
        List<String> h = new ArrayList<>();
        for (Column c : columns) {
            if (c.kind == Kind.RANGE || c.kind == Kind.PERCENT_RANGE) {
                h.add(c.key + "_low");
                h.add(c.key + "_high");
            } else {
                h.add(c.key);
            }
        }
        if (suppressible) {
            h.add("suppressed");
        }
        return h;
    }

    /** One CSV row: the printed values with {@code .} decimals, suppressed and empty cells empty. */
    Object[] csvRow(int row) {
        Row r = rows.get(row);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            Object v = r.cells.get(i);
            boolean blank = v == null || v == Mark.SUPPRESSED;
            switch (c.kind) {
                case TEXT:
                    out.add(blank ? null : v);
                    break;
                case INTEGER:
                    out.add(blank ? null : ((Number) v).longValue());
                    break;
                case DECIMAL:
                    out.add(blank ? null : Fmt.round(value(v), decimals(v, c)).toPlainString());
                    break;
                case PERCENT:
                    out.add(blank ? null : Fmt.round(value(v) * 100, decimals(v, c)).toPlainString());
                    break;
                case P_VALUE:
                    out.add(blank ? null : Fmt.pValuePlain(((Number) v).doubleValue()));
                    break;
                case RANGE:
                case PERCENT_RANGE: {
                    double f = c.kind == Kind.PERCENT_RANGE ? 100 : 1;
                    out.add(blank ? null : Fmt.round(((Range) v).low * f, c.decimals).toPlainString());
                    out.add(blank ? null : Fmt.round(((Range) v).high * f, c.decimals).toPlainString());
                    break;
                }
                default:
                    throw new IllegalStateException(c.kind.toString());
            }
        }
        if (suppressible) {
            out.add(r.suppressed());
        }
        return out.toArray();
    }

    /** Writes the table as CSV (see {@link CsvWriter}). */
    void writeCsv(Path file) {
        try (CsvWriter w = CsvWriter.open(file, csvHeader())) {
            for (int i = 0; i < rows.size(); i++) {
                w.row(csvRow(i));
            }
        }
    }

    /**
     * A text column: cells are {@link String}s, printed left-aligned.
     *
     * @param key    the CSV column name (lower-case letters, digits, underscores; starting with a letter)
     * @param header the header printed in the PDF
     * @return the column
     * @throws IllegalArgumentException when {@code key} is not of that form
     */
    public static Column text(String key, String header) {
        return new Column(key, header, Kind.TEXT, 0, false);
    }

    /**
     * A text column that prints a value only where it differs from the row above and in the first
     * row on each page (the CSV repeats it in every row).
     *
     * @param key    the CSV column name (lower-case letters, digits, underscores; starting with a letter)
     * @param header the header printed in the PDF
     * @return the column
     * @throws IllegalArgumentException when {@code key} is not of that form
     */
    public static Column group(String key, String header) {
        return new Column(key, header, Kind.TEXT, 0, true);
    }

    /**
     * A whole-number column ({@code 1.500}): cells are {@link Number}s, printed without their
     * fraction (it is cut off, not rounded).
     *
     * @param key    the CSV column name (lower-case letters, digits, underscores; starting with a letter)
     * @param header the header printed in the PDF
     * @return the column
     * @throws IllegalArgumentException when {@code key} is not of that form
     */
    public static Column integer(String key, String header) {
        return new Column(key, header, Kind.INTEGER, 0, false);
    }

    /**
     * A decimal column with a fixed number of decimals ({@code 2,68}), rounded half up; a
     * {@link Num} cell brings its own number of decimals.
     *
     * @param key      the CSV column name (lower-case letters, digits, underscores; starting with a letter)
     * @param header   the header printed in the PDF
     * @param decimals decimals printed and written to the CSV (0..6)
     * @return the column
     * @throws IllegalArgumentException when {@code key} is not of that form or {@code decimals} is
     *                                  not 0..6
     */
    public static Column decimal(String key, String header, int decimals) {
        return new Column(key, header, Kind.DECIMAL, decimals, false);
    }

    /**
     * Shares (0..1) printed as percent numbers without the unit ({@code 51,9} for 0.519); say "in %"
     * in the header. The CSV holds the same percent numbers.
     *
     * @param key      the CSV column name (lower-case letters, digits, underscores; starting with a letter)
     * @param header   the header printed in the PDF, such as "Anteil in %"
     * @param decimals decimals of the percent number (0..6)
     * @return the column
     * @throws IllegalArgumentException when {@code key} is not of that form or {@code decimals} is
     *                                  not 0..6
     */
    public static Column percent(String key, String header, int decimals) {
        return new Column(key, header, Kind.PERCENT, decimals, false);
    }

    /**
     * A range of decimals ({@code 2,62–2,74}); cells are {@link Range}s, and the CSV has two
     * columns, {@code key_low} and {@code key_high}.
     *
     * @param key      the stem of the two CSV column names (lower-case letters, digits, underscores;
     *                 starting with a letter)
     * @param header   the header printed in the PDF
     * @param decimals decimals of both ends (0..6)
     * @return the column
     * @throws IllegalArgumentException when {@code key} is not of that form or {@code decimals} is
     *                                  not 0..6
     */
    public static Column range(String key, String header, int decimals) {
        return new Column(key, header, Kind.RANGE, decimals, false);
    }

    /**
     * A range of shares (0..1) printed as percent numbers without the unit ({@code 49,5–54,4});
     * cells are {@link Range}s of shares, and the CSV has {@code key_low} and {@code key_high} in
     * percent.
     *
     * @param key      the stem of the two CSV column names (lower-case letters, digits, underscores;
     *                 starting with a letter)
     * @param header   the header printed in the PDF, such as "95-%-KI in %"
     * @param decimals decimals of both percent numbers (0..6)
     * @return the column
     * @throws IllegalArgumentException when {@code key} is not of that form or {@code decimals} is
     *                                  not 0..6
     */
    public static Column percentRange(String key, String header, int decimals) {
        return new Column(key, header, Kind.PERCENT_RANGE, decimals, false);
    }

    /**
     * A p-value: three decimals, or {@code < 0,001} below 0.001 ({@code 0.034} and {@code <0.001} in
     * the CSV).
     *
     * @param key    the CSV column name (lower-case letters, digits, underscores; starting with a letter)
     * @param header the header printed in the PDF
     * @return the column
     * @throws IllegalArgumentException when {@code key} is not of that form
     */
    public static Column pValue(String key, String header) {
        return new Column(key, header, Kind.P_VALUE, 3, false);
    }

    /**
     * A range cell, such as a confidence interval.
     *
     * @param low  the lower end (a share in a percent range column)
     * @param high the upper end, at least {@code low}
     * @return the cell
     * @throws IllegalArgumentException when an end is not finite or {@code low > high}
     */
    public static Range range(double low, double high) {
        return new Range(low, high);
    }

    /**
     * A number cell with its own number of decimals, overriding the column's (in a decimal or
     * percent column only).
     *
     * @param value    the value (a share in a percent column); finite
     * @param decimals decimals printed (0..6; of the percent number in a percent column)
     * @return the cell
     * @throws IllegalArgumentException when {@code value} is not finite or {@code decimals} is not 0..6
     */
    public static Num number(double value, int decimals) {
        return new Num(value, decimals);
    }

    /**
     * The cell of a withheld value: printed as "–" with the suppression footnote, written as an
     * empty field, and its row marked {@code true} in the CSV's {@code suppressed} column.
     *
     * @return the marker to pass as a cell of a number column
     */
    public static Object suppressed() {
        return Mark.SUPPRESSED;
    }

    enum Mark {
        SUPPRESSED
    }

    /** What a column holds. */
    enum Kind {
        TEXT, INTEGER, DECIMAL, PERCENT, RANGE, PERCENT_RANGE, P_VALUE
    }

    /**
     * A column.
     *
     * @param key      the CSV column name (lower-case letters, digits, underscores; starting with a
     *                 letter); a range column's two CSV columns are {@code key_low} and {@code key_high}
     * @param header   the header printed in the PDF
     * @param kind     what it holds: text, whole numbers, decimals, shares as percent, a range of
     *                 decimals or of shares, or a p-value (made by the factories of {@link Table})
     * @param decimals decimals printed (0..6; 0 for text and whole numbers, 3 for p-values)
     * @param grouped  whether a value equal to the one in the row above is left blank in the PDF
     */
    public record Column(String key, String header, Kind kind, int decimals, boolean grouped) {
        /**
         * Validates the record.
         *
         * @param key      the CSV column name (lower-case letters, digits, underscores; starting with
         *                 a letter)
         * @param header   the header printed in the PDF
         * @param kind     what it holds
         * @param decimals decimals printed (0..6)
         * @param grouped  whether a value equal to the one in the row above is left blank in the PDF
         * @throws NullPointerException     when {@code key}, {@code header} or {@code kind} is null
         * @throws IllegalArgumentException when {@code key} is not of that form or {@code decimals}
         *                                  is not 0..6
         */
        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(kind, "kind");
            if (!key.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("column key must be lower case letters, digits and underscores: "
                        + key);
            }
            if (decimals < 0 || decimals > 6) {
                throw new IllegalArgumentException("decimals must be 0..6: " + decimals);
            }
        }

        boolean numeric() {
            return kind != Kind.TEXT;
        }
    }

    /**
     * A range cell.
     *
     * @param low  lower end (a share in a percent range column)
     * @param high upper end, at least {@code low}
     */
    public record Range(double low, double high) {
        /**
         * Validates the record.
         *
         * @param low  lower end
         * @param high upper end
         * @throws IllegalArgumentException when an end is not finite or {@code low > high}
         */
        public Range {
            if (!Double.isFinite(low) || !Double.isFinite(high) || !(low <= high)) {
                throw new IllegalArgumentException("a range needs finite ends in order: " + low + ", " + high);
            }
        }
    }

    /**
     * A number with its own number of decimals.
     *
     * @param value    the value (a share in a percent column); finite
     * @param decimals decimals printed (0..6)
     */
    public record Num(double value, int decimals) {
        /**
         * Validates the record.
         *
         * @param value    the value; finite
         * @param decimals decimals printed (0..6)
         * @throws IllegalArgumentException when {@code value} is not finite or {@code decimals} is
         *                                  not 0..6
         */
        public Num {
            if (!Double.isFinite(value) || decimals < 0 || decimals > 6) {
                throw new IllegalArgumentException("a number cell needs a finite value and 0..6 decimals");
            }
        }
    }

    /** A body row. */
    static final class Row {
        final List<Object> cells;
        final boolean emphasis;

        Row(List<Object> cells, boolean emphasis) {
            this.cells = Collections.unmodifiableList(new ArrayList<>(cells));
            this.emphasis = emphasis;
        }

        boolean suppressed() {
            return cells.contains(Mark.SUPPRESSED);
        }
    }

    /** Builds a {@link Table}. */
    public static final class Builder {
        private final String id;
        private final String caption;
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private boolean suppressible;
        private String suppressionNote;

        private Builder(String id, String caption) {
            this.id = Objects.requireNonNull(id, "id");
            this.caption = Objects.requireNonNull(caption, "caption");
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("table id must be lower-case letters and digits joined by dashes: "
                        + id);
            }
        }

        /**
         * Sets the columns, replacing any set before.
         *
         * @param cols the columns, left to right
         * @return this builder
         * @throws IllegalStateException    when rows have been added already
         * @throws IllegalArgumentException when two columns have the same key
         */
        public Builder columns(Column... cols) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("columns must be set before rows");
            }
            columns.clear();
            columns.addAll(List.of(cols));
            long keys = columns.stream().map(Column::key).distinct().count();
            if (keys != columns.size()) {
                throw new IllegalArgumentException("table " + id + " has two columns with the same key");
            }
            return this;
        }

        /**
         * Adds a body row.
         *
         * @param cells one cell per column, of the kind the column holds (see {@link Table}), or
         *              {@code null} for an empty cell
         * @return this builder
         * @throws IllegalStateException    when the columns have not been set
         * @throws IllegalArgumentException when the number of cells differs from the number of
         *                                  columns, a cell does not fit its column, or a text cell
         *                                  is {@link Table#suppressed() suppressed}
         */
        public Builder row(Object... cells) {
            rows.add(check(cells, false));
            return this;
        }

        /**
         * Adds a body row printed in bold, such as a total (the CSV does not mark it).
         *
         * @param cells one cell per column, as for {@link #row(Object...)}
         * @return this builder
         * @throws IllegalStateException    when the columns have not been set
         * @throws IllegalArgumentException when the cells do not fit the columns
         */
        public Builder emphasisRow(Object... cells) {
            rows.add(check(cells, true));
            return this;
        }

        /**
         * Adds a footnote, printed below the table.
         *
         * @param note the text of the footnote
         * @return this builder
         * @throws NullPointerException when {@code note} is null
         */
        public Builder note(String note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return this;
        }

        /**
         * Declares that cells may be withheld: the CSV gets a {@code suppressed} column (the same
         * columns whether or not this run withheld anything).
         *
         * @return this builder
         */
        public Builder suppressible() {
            suppressible = true;
            return this;
        }

        /**
         * Replaces the default suppression footnote ("Weniger als {min_cell} Befragte: nicht
         * ausgewiesen."), printed after "–" when a cell is suppressed; also declares the table
         * {@link #suppressible()}.
         *
         * @param note the footnote's text, such as "Weniger als 10 Fälle: nicht ausgewiesen."
         * @return this builder
         * @throws NullPointerException when {@code note} is null
         */
        public Builder suppressionNote(String note) {
            suppressible = true;
            suppressionNote = Objects.requireNonNull(note, "note");
            return this;
        }

        private Row check(Object[] cells, boolean emphasis) {
            if (columns.isEmpty()) {
                throw new IllegalStateException("set the columns of table " + id + " first");
            }
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + cells.length + " cells, but there are "
                        + columns.size() + " columns");
            }
            for (int i = 0; i < cells.length; i++) {
                Object v = cells[i];
                Column c = columns.get(i);
                if (v == null) {
                    continue;
                }
                if (v == Mark.SUPPRESSED) {
                    if (!c.numeric()) {
                        throw new IllegalArgumentException("table " + id + ", column " + c.key
                                + ": only number cells can be suppressed");
                    }
                    suppressible = true;
                    continue;
                }
                boolean ok = switch (c.kind) {
                    case TEXT -> v instanceof String;
                    case RANGE, PERCENT_RANGE -> v instanceof Range;
                    case DECIMAL, PERCENT -> v instanceof Num || v instanceof Number n && Double.isFinite(n.doubleValue());
                    default -> v instanceof Number n && Double.isFinite(n.doubleValue());
                };
                if (!ok) {
                    throw new IllegalArgumentException("table " + id + ", column " + c.key + ": " + v
                            + " does not fit a " + c.kind.toString().toLowerCase(java.util.Locale.ROOT) + " column");
                }
            }
            return new Row(java.util.Arrays.asList(cells.clone()), emphasis);
        }

        /**
         * Builds the table.
         *
         * @return the table, holding copies of the columns, rows and notes so far (later changes to
         *         the builder do not change it)
         * @throws IllegalStateException when no columns have been set
         */
        public Table build() {
            if (columns.isEmpty()) {
                throw new IllegalStateException("table " + id + " has no columns");
            }
            return new Table(this);
        }
    }
}
