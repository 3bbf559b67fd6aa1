package de.lagebild.survey;

import de.lagebild.internal.DelimitedReader;
import de.lagebild.internal.Header;
import de.lagebild.io.InputException;
import de.lagebild.internal.Numbers;
import de.lagebild.io.Problem;
import de.lagebild.internal.Problems;
import de.lagebild.io.RowAccount;
import de.lagebild.project.WeightingSpec.MarginSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A population margin: population counts over the categories of one variable, or over the joint
 * categories of several (such as sex x age group). Immutable.
 *
 * @param source    the file it was read from, for messages
 * @param variables the survey variables it is over
 * @param cells     each cell's values, one per variable, in file order
 * @param totals    each cell's population count
 * @param lines     each cell's line in the file (0 when not from a file)
 */
public record Margin(String source, List<String> variables, List<List<String>> cells, double[] totals, long[] lines) {

    /**
     * Validates and copies.
     *
     * @param source    the file it was read from, for messages
     * @param variables the survey variables it is over
     * @param cells     each cell's values, one per variable, in file order
     * @param totals    each cell's population count
     * @param lines     each cell's line in the file (0 when not from a file)
     * @throws NullPointerException     when a component or a cell value is null
     * @throws IllegalArgumentException when cells, totals and lines differ in length, or a total is
     *                                  negative, NaN or infinite
     */
    public Margin {
        Objects.requireNonNull(source, "source");
        variables = List.copyOf(variables);
        cells = cells.stream().map(List::copyOf).toList();
        totals = totals.clone();
        lines = lines.clone();
        if (cells.size() != totals.length || totals.length != lines.length) {
            throw new IllegalArgumentException("cells, totals and lines differ in length");
        }
        for (double t : totals) {
            if (!(t >= 0) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("a margin total must be a number >= 0: " + t);
            }
        }
    }

    /**
     * The population counts, one per cell (a copy).
     *
     * @return a new array, parallel to {@link #cells()}
     */
    @Override
    public double[] totals() {
        return totals.clone();
    }

    /**
     * The source lines, one per cell (a copy).
     *
     * @return a new array, parallel to {@link #cells()}
     */
    @Override
    public long[] lines() {
        return lines.clone();
    }

    double total(int cell) {
        return totals[cell];
    }

    long line(int cell) {
        return lines[cell];
    }

    /**
     * The margin's population total.
     *
     * @return the sum of the cells' population counts
     */
    public double total() {
        double s = 0;
        for (double t : totals) {
            s += t;
        }
        return s;
    }

    /**
     * A cell's description for messages, such as {@code sex=m, agegrp=16-24}.
     *
     * @param cell the 0-based cell, in the order of {@link #cells()}
     * @return each variable with the cell's value
     */
    public String describe(int cell) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < variables.size(); j++) {
            if (j > 0) {
                sb.append(", ");
            }
            sb.append(variables.get(j)).append('=').append(cells.get(cell).get(j));
        }
        return sb.toString();
    }

    /**
     * What reading a margin file gives: the margin and its row accounting.
     *
     * @param margin  the margin, with the rows of the file (or of the municipality its filter selects)
     * @param account the rows read and used; a margin file rejects no rows (any problem stops the run)
     */
    public record Read(Margin margin, RowAccount account) {
    }

    /**
     * Reads a margin file: one row per cell, a column per variable (named as the variable or as
     * {@code columns:} maps it) and a count column. In files not separated by commas, counts may
     * be written the German way: decimal comma, dots grouping thousands ({@code 12.075,5}; a lone
     * {@code 12.075} is twelve thousand and seventy-five). With {@link MarginSpec#rows()} only the
     * rows of one municipality are read.
     *
     * @param spec the margin's file, columns and how to read the file
     * @return the margin and the accounting of its rows
     * @throws InputException listing every problem (a missing or unreadable file, missing columns, bad
     *                        counts, empty categories, duplicate cells, no rows)
     */
    public static Read read(MarginSpec spec) {
        String src = spec.fileName().isEmpty() ? spec.file().getFileName().toString() : spec.fileName();
        try (DelimitedReader in = DelimitedReader.open(spec.file(), src, spec.encoding().orElse(null),
                spec.delimiter().orElse(null))) {
            DelimitedReader.Record first = in.next();
            if (first == null) {
                throw new InputException(Problem.inFile(src, "is empty: it needs a header and one line per cell"));
            }
            Header h = Header.of(first, src);
            Problems p = new Problems();
            int[] varCol = new int[spec.variables().size()];
            for (int j = 0; j < varCol.length; j++) {
                String v = spec.variables().get(j);
                varCol[j] = h.require(spec.columnFor(v), "the margin variable " + v, p);
            }
            int countCol = h.require(spec.count(), "the population count (count:)", p);
            int filterCol = spec.rows().map(f -> h.require(f.column(), "the municipality column (rows.column)", p))
                    .orElse(-1);
            p.throwIfAny();
            List<List<String>> cells = new ArrayList<>();
            List<Double> totals = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            Map<List<String>, Long> seen = new HashMap<>();
            long read = 0;
            DelimitedReader.Record r;
            while ((r = in.next()) != null) {
                if (filterCol >= 0 && r.size() > filterCol && !spec.rows().get().matches(r.cell(filterCol))) {
                    continue; // another municipality's row
                }
                read++;
                if (r.isBlank()) {
                    read--;
                    continue;
                }
                List<String> cell = new ArrayList<>(varCol.length);
                boolean ok = true;
                for (int j = 0; j < varCol.length; j++) {
                    String v = r.cell(varCol[j]).trim();
                    if (v.isEmpty()) {
                        p.add(Problem.atCell(src, r.line(), h.names().get(varCol[j]), v,
                                "is an empty category: every margin cell needs a value for each variable"));
                        ok = false;
                    }
                    cell.add(v);
                }
                String cs = r.cell(countCol).trim();
                double t;
                if (in.delimiter() != ',' && cs.matches("\\d{1,3}([.]\\d{3})+(,\\d*)?")) {
                    t = Numbers.parseGerman(cs, true); // 12.075 is twelve thousand in a German file
                } else {
                    t = SurveyReader.number(cs, in.delimiter());
                    if (Double.isNaN(t) && cs.matches("\\d{1,3}([.]\\d{3})+")) {
                        t = Numbers.parseGerman(cs, true);
                    }
                }
                if (!(t >= 0) || Double.isInfinite(t)) {
                    p.add(Problem.atCell(src, r.line(), spec.count(), cs,
                            "is not a population count: it must be a number of at least 0"));
                    ok = false;
                }
                Long prev = seen.putIfAbsent(normalise(cell), r.line());
                if (prev != null) {
                    p.add(Problem.atLine(src, r.line(), "repeats the cell " + String.join(", ", cell)
                            + " of line " + prev));
                    ok = false;
                }
                if (ok) {
                    cells.add(cell);
                    totals.add(t);
                    lines.add(r.line());
                }
            }
            if (read == 0) {
                p.add(Problem.inFile(src, spec.rows().map(f -> "has no rows where " + f.describe())
                        .orElse("has a header but no cells")));
            }
            p.throwIfAny();
            Margin m = new Margin(src, spec.variables(), cells, totals.stream().mapToDouble(Double::doubleValue).toArray(),
                    lines.stream().mapToLong(Long::longValue).toArray());
            return new Read(m, new RowAccount(src, "margin", read, cells.size(), List.of()));
        }
    }

    private static List<String> normalise(List<String> cell) {
        List<String> out = new ArrayList<>(cell.size());
        for (String c : cell) {
            double v = Numbers.parsePlain(c);
            out.add(Double.isNaN(v) ? c : Numbers.format(v));
        }
        return out;
    }
}
