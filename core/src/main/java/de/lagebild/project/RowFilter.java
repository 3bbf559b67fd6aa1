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
    /** Validates the record. */
    public RowFilter {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        if (column.isBlank()) {
            throw new IllegalArgumentException("a row filter needs a column");
        }
        column = column.trim();
        value = value.trim();
    }

    /** Whether a cell selects its row. */
    public boolean matches(String cell) {
        return cell != null && cell.trim().equals(value);
    }

    /** As shown in messages: {@code gemeinde = "14522999"}. */
    public String describe() {
        return column + " = \"" + value + "\"";
    }
}
