package de.lagebild.survey;

import de.lagebild.internal.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One survey variable: a value per respondent, stored as codes into a list of distinct values
 * (levels). A value is <em>missing</em> when the cell is empty or holds an item-nonresponse code
 * ({@code survey.missing} or the codebook's {@code missing}). Immutable.
 */
public final class Column {
    private final String name;
    private final String[] levels;
    private final int[] codes;
    private final double[] levelNumbers;
    private final boolean[] levelMissing;

    Column(String name, String[] levels, int[] codes, boolean[] levelMissing) {
        this.name = name;
        this.levels = levels;
        this.codes = codes;
        this.levelMissing = levelMissing;
        this.levelNumbers = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            this.levelNumbers[i] = Numbers.parsePlain(levels[i]);
        }
    }

    /**
     * Builds a column from raw values; {@code missingCodes} are item-nonresponse codes.
     *
     * @param name         the variable name
     * @param values       one value per respondent, in row order; values are trimmed, and null or
     *                     blank is an empty cell
     * @param missingCodes codes that mean item nonresponse, matched as equal text or equal numbers
     *                     ({@code 9} matches {@code 9.0})
     * @return the column
     */
    public static Column of(String name, List<String> values, Collection<String> missingCodes) {
        Builder b = new Builder(name);
        for (String v : values) {
            b.add(v);
        }
        return b.build(missingCodes);
    }

    /**
     * The variable name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Number of respondents.
     *
     * @return the number of rows
     */
    public int size() {
        return codes.length;
    }

    /**
     * The value as read (trimmed), or "" for an empty cell.
     *
     * @param row the 0-based row
     * @return the value, item-nonresponse codes included
     */
    public String raw(int row) {
        int c = codes[row];
        return c < 0 ? "" : levels[c];
    }

    /**
     * Whether the value is empty or an item-nonresponse code.
     *
     * @param row the 0-based row
     * @return true when the respondent gave no usable answer
     */
    public boolean isMissing(int row) {
        int c = codes[row];
        return c < 0 || levelMissing[c];
    }

    /**
     * The value as a number, NaN when missing or not a number.
     *
     * @param row the 0-based row
     * @return the value read as a plain number ({@code .} as decimal point)
     */
    public double number(int row) {
        int c = codes[row];
        return c < 0 || levelMissing[c] ? Double.NaN : levelNumbers[c];
    }

    /** The level index of a row, -1 when the cell is empty. */
    int code(int row) {
        return codes[row];
    }

    int[] codes() {
        return codes;
    }

    /** The distinct values in order of first appearance, including missing codes. */
    List<String> levels() {
        return Collections.unmodifiableList(Arrays.asList(levels));
    }

    int levelCount() {
        return levels.length;
    }

    String level(int i) {
        return levels[i];
    }

    boolean levelIsMissing(int i) {
        return levelMissing[i];
    }

    double levelNumber(int i) {
        return levelNumbers[i];
    }

    /**
     * The non-missing values in display order: numeric values ascending, then text values in
     * order of first appearance (or the codebook's order when given).
     *
     * @param preferredOrder values to put first, in this order (such as the codebook's value codes);
     *                       values that do not occur are left out; may be empty
     * @return a new list of the distinct non-missing values, as read
     */
    public List<String> categories(List<String> preferredOrder) {
        List<String> out = new ArrayList<>();
        for (String p : preferredOrder) {
            for (int i = 0; i < levels.length; i++) {
                if (!levelMissing[i] && Codes.same(levels[i], p) && !out.contains(levels[i])) {
                    out.add(levels[i]);
                }
            }
        }
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            if (!levelMissing[i] && !out.contains(levels[i])) {
                rest.add(i);
            }
        }
        boolean allNumeric = rest.stream().allMatch(i -> !Double.isNaN(levelNumbers[i]));
        if (allNumeric) {
            rest.sort(Comparator.comparingDouble(i -> levelNumbers[i]));
        }
        for (int i : rest) {
            out.add(levels[i]);
        }
        return out;
    }

    /**
     * Whether every non-missing value is a number.
     *
     * @return true when every non-missing value reads as a plain number (also when all are missing)
     */
    public boolean isNumeric() {
        for (int i = 0; i < levels.length; i++) {
            if (!levelMissing[i] && Double.isNaN(levelNumbers[i])) {
                return false;
            }
        }
        return true;
    }

    /** This column restricted to the given rows, in the given order. */
    Column select(int[] rows) {
        int[] c = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = codes[rows[i]];
        }
        return new Column(name, levels, c, levelMissing);
    }

    /** This column with another set of missing codes. */
    Column withMissing(Collection<String> missingCodes) {
        boolean[] m = new boolean[levels.length];
        for (int i = 0; i < levels.length; i++) {
            m[i] = Codes.in(levels[i], missingCodes);
        }
        return new Column(name, levels, codes, m);
    }

    /** Collects values row by row, dictionary-encoding them. */
    static final class Builder {
        private final String name;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> levels = new ArrayList<>();
        private int[] codes = new int[1024];
        private int size;

        Builder(String name) {
            this.name = name;
        }

        void add(String raw) {
            String v = raw == null ? "" : raw.trim();
            int code;
            if (v.isEmpty()) {
                code = -1;
            } else {
                Integer c = index.get(v);
                if (c == null) {
                    c = levels.size();
                    levels.add(v);
                    index.put(v, c);
                }
                code = c;
            }
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, codes.length * 2);
            }
            codes[size++] = code;
        }

        int size() {
            return size;
        }

        /** Removes the last value (a row that turned out to be rejected). */
        void removeLast() {
            size--;
        }

        Column build(Collection<String> missingCodes) {
            String[] lv = levels.toArray(new String[0]);
            boolean[] m = new boolean[lv.length];
            for (int i = 0; i < lv.length; i++) {
                m[i] = Codes.in(lv[i], missingCodes);
            }
            return new Column(name, lv, Arrays.copyOf(codes, size), m);
        }
    }
}
