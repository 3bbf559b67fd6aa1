package de.lagebild.survey;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Survey responses: one row per respondent, named {@link Column}s, the source line of each row
 * (for messages) and the codebook. Immutable; derived variables are added with
 * {@link #withColumn(Column)}.
 */
public final class SurveyData {
    private final String source;
    private final String idColumn;
    private final Map<String, Column> columns;
    private final long[] lines;
    private final Codebook codebook;

    SurveyData(String source, String idColumn, Map<String, Column> columns, long[] lines, Codebook codebook) {
        this.source = Objects.requireNonNull(source);
        this.idColumn = Objects.requireNonNull(idColumn);
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        this.lines = lines;
        this.codebook = Objects.requireNonNull(codebook);
        for (Column c : columns.values()) {
            if (c.size() != lines.length) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, expected "
                        + lines.length);
            }
        }
        if (!columns.containsKey(idColumn)) {
            throw new IllegalArgumentException("no id column " + idColumn);
        }
    }

    /**
     * The file (or table) the responses came from, for messages.
     *
     * @return the name, as the user gave it
     */
    public String source() {
        return source;
    }

    /**
     * Number of respondents.
     *
     * @return the number of rows
     */
    public int size() {
        return lines.length;
    }

    /**
     * The respondent id column's name.
     *
     * @return the column name
     */
    public String idColumn() {
        return idColumn;
    }

    /**
     * The respondent id of a row.
     *
     * @param row the 0-based row
     * @return the id as read (trimmed)
     */
    public String id(int row) {
        return columns.get(idColumn).raw(row);
    }

    /**
     * The source line of a row (1-based), or the row number + 1 for tables without lines.
     *
     * @param row the 0-based row
     * @return the line, for messages
     */
    public long line(int row) {
        return lines[row];
    }

    /**
     * The column names, file columns first, then derived ones.
     *
     * @return a new, unmodifiable list of the names
     */
    public List<String> names() {
        return List.copyOf(columns.keySet());
    }

    /**
     * Whether a column exists.
     *
     * @param name a column name
     * @return true when the data has a column of that name
     */
    public boolean has(String name) {
        return columns.containsKey(name);
    }

    /**
     * A column, if it exists.
     *
     * @param name a column name
     * @return the column, or empty
     */
    public Optional<Column> find(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /**
     * A column that must exist.
     *
     * @param name a column name
     * @return the column
     * @throws InputException naming the source and its columns when it does not
     */
    public Column column(String name) {
        Column c = columns.get(name);
        if (c == null) {
            throw new InputException(Problem.inFile(source, "has no column \"" + name + "\"; its columns are "
                    + String.join(", ", columns.keySet())));
        }
        return c;
    }

    /**
     * The codebook.
     *
     * @return the codebook the data was read with; {@link Codebook#empty()} when there was none
     */
    public Codebook codebook() {
        return codebook;
    }

    /**
     * This data with a column added (after the others) or replaced (in its place).
     *
     * @param c the column; it must have one value per row
     * @return new data; this data is unchanged
     * @throws IllegalArgumentException when the column's size differs from the number of rows
     */
    public SurveyData withColumn(Column c) {
        if (c.size() != size()) {
            throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, expected " + size());
        }
        Map<String, Column> m = new LinkedHashMap<>(columns);
        m.put(c.name(), c);
        return new SurveyData(source, idColumn, m, lines, codebook);
    }

    /** The rows whose index is in {@code keep}, in that order. */
    SurveyData select(int[] keep) {
        Map<String, Column> m = new LinkedHashMap<>();
        for (Column c : columns.values()) {
            m.put(c.name(), c.select(keep));
        }
        long[] l = new long[keep.length];
        for (int i = 0; i < keep.length; i++) {
            l[i] = lines[keep[i]];
        }
        return new SurveyData(source, idColumn, m, l, codebook);
    }

    /**
     * The ids in row order.
     *
     * @return a new list of the ids
     */
    public List<String> ids() {
        Column c = columns.get(idColumn);
        List<String> out = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            out.add(c.raw(i));
        }
        return out;
    }
}
