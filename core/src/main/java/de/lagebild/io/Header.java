package de.lagebild.io;

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
     * Reads a header record.
     *
     * @throws InputException when a column name is duplicated
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

    /** The column names in file order. */
    public List<String> names() {
        return names;
    }

    /** Number of columns. */
    public int size() {
        return names.size();
    }

    /** The line the header stands on. */
    public long line() {
        return line;
    }

    /** The position of a column, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** Whether the column exists. */
    public boolean has(String name) {
        return index.containsKey(name);
    }

    /**
     * The position of a required column; records a problem naming the columns there are when it is
     * missing and returns -1.
     *
     * @param what what the column is for, for the message (for example "the id column (survey.id)")
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

    /** The column names for a message, shortened when there are many. */
    public String listNames() {
        List<String> shown = names.size() > 30 ? names.subList(0, 30) : names;
        String s = String.join(", ", shown);
        return names.size() > 30 ? s + ", ... (" + names.size() + " in all)" : s;
    }
}
