package de.lagebild.internal;

import de.lagebild.io.Problem;
import de.lagebild.io.InputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a delimited file: column names (trimmed, a byte order mark removed) and their
 * positions. Names are matched exactly after trimming; duplicated names are a problem.
 */
public final class Header {
    private final String source;
    private final long line;
    private final List<String> names;
    private final Map<String, Integer> index;

    private Header(String source, long line, List<String> names, Map<String, Integer> index) {
        this.source = source;
        this.line = line;
        this.names = names;
        this.index = index;
    }

    /**
     * Reads a header record: each cell, with byte order marks removed and trimmed, is a column name.
     * Empty names are kept (they occupy their position) but cannot be looked up.
     *
     * @param record the record that holds the column names
     * @param source the file name used in messages
     * @return the header, with the record's line
     * @throws InputException when a column name is duplicated, naming both positions
     */
    public static Header of(DelimitedReader.Record record, String source) {
        List<String> names = new ArrayList<>(record.size());
        Map<String, Integer> index = new HashMap<>();
        Problems problems = new Problems();
        for (int i = 0; i < record.size(); i++) {
            String name = record.cell(i).replace("\uFEFF", "").trim();
            names.add(name);
            if (name.isEmpty()) {
                continue;
            }
            Integer previous = index.putIfAbsent(name, i);
            if (previous != null) {
                problems.add(Problem.atCell(source, record.line(), name, null,
                        "column name appears twice (columns " + (previous + 1) + " and " + (i + 1) + ")"));
            }
        }
        problems.throwIfAny();
        return new Header(source, record.line(), Collections.unmodifiableList(names), index);
    }

    /**
     * The column names in file order.
     *
     * @return the unmodifiable list of trimmed names, empty names included
     */
    public List<String> names() {
        return names;
    }

    /**
     * Number of columns.
     *
     * @return the number of columns, empty names included
     */
    public int size() {
        return names.size();
    }

    /**
     * The line the header stands on.
     *
     * @return the 1-based line of the header record
     */
    public long line() {
        return line;
    }

    /**
     * The position of a column, or -1.
     *
     * @param name the exact (trimmed) column name
     * @return the 0-based position of the column, or -1 when there is no such column
     */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /**
     * Whether the column exists.
     *
     * @param name the exact (trimmed) column name
     * @return true when the header has a column of that name
     */
    public boolean has(String name) {
        return index.containsKey(name);
    }

    /**
     * The position of a required column; when it is missing, records a problem that names the columns
     * there are and returns -1.
     *
     * @param name     the exact (trimmed) column name
     * @param what     what the column is for, for the message (for example "the id column (survey.id)")
     * @param problems where the problem is recorded when the column is missing
     * @return the 0-based position of the column, or -1 when it is missing
     */
    public int require(String name, String what, Problems problems) {
        Integer i = index.get(name);
        if (i == null) {
            problems.add(Problem.atLine(source, line, "has no column \"" + name + "\" (" + what
                    + "); its columns are " + listNames()));
            return -1;
        }
        return i;
    }

    /**
     * The column names for a message, separated by commas; with more than 30 columns only the first 30
     * followed by the total count.
     *
     * @return the names as one line of text
     */
    public String listNames() {
        List<String> shown = names.size() > 30 ? names.subList(0, 30) : names;
        String s = String.join(", ", shown);
        return names.size() > 30 ? s + ", ... (" + names.size() + " in all)" : s;
    }
}
