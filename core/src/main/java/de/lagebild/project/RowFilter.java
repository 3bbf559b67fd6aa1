package de.lagebild.project;

import java.util.Objects;

/**
 * The rows of a shared table that belong to one municipality: those whose {@code column} holds
 * {@code value} (compared after trimming, as written). A survey or margin file with rows of several
 * municipalities is read through such a filter ({@code rows: {column: ags, equals: "14522999"}} in
 * the project file, or set by a cohort file's shared tables); the other rows are not read, not
 * checked and not counted, and every message keeps the line number of the whole file.
 *
 * @param column the column naming the municipality
 * @param value  the value of this municipality's rows
 */
public record RowFilter(String column, String value) {
    /**
     * Validates the record and trims column and value.
     *
     * @param column the column naming the municipality
     * @param value  the value of this municipality's rows
     * @throws NullPointerException     when {@code column} or {@code value} is null
     * @throws IllegalArgumentException when {@code column} is blank
     */
    public RowFilter {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        if (column.isBlank()) {
            throw new IllegalArgumentException("a row filter needs a column");
        }
        column = column.trim();
        value = value.trim();
    }

    /**
     * Whether a cell selects its row.
     *
     * @param cell the row's cell in {@link #column()}, or null when the row has no such cell
     * @return true when the trimmed cell equals {@link #value()}; false for null
     */
    public boolean matches(String cell) {
        return cell != null && cell.trim().equals(value);
    }

    /**
     * As shown in messages: {@code gemeinde = "14522999"}.
     *
     * @return the column, {@code =} and the value in double quotes
     */
    public String describe() {
        return column + " = \"" + value + "\"";
    }
}
