package de.lagebild.survey;

import de.lagebild.internal.Numbers;
import de.lagebild.io.Problem;
import de.lagebild.internal.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration model for categorical margins: each margin is a block of indicator columns (one
 * per populated cell), and each respondent has exactly one active column per block. Respondents
 * with the same active columns form a <em>pattern</em>; every calibration distance gives the same
 * g to all respondents of a pattern, so the solvers work on pattern sums instead of rows.
 */
final class CalibrationModel {
    final int blocks;
    final int columns;
    final int patterns;
    /** Pattern of each row. */
    final int[] patternOfRow;
    /** Active column of each pattern in each block: patternCols[k * blocks + b]. */
    final int[] patternCols;
    /** Population total of each column. */
    final double[] targets;
    /** Block of each column. */
    final int[] blockOfCol;
    /** A description of each column for messages. */
    final String[] colLabels;
    /** Whether the column is the first (in sorted label order) of its block: R's model matrix drops it. */
    final boolean[] referenceCol;
    final List<Margin> margins;

    private CalibrationModel(int blocks, int columns, int patterns, int[] patternOfRow, int[] patternCols,
            double[] targets, int[] blockOfCol, String[] colLabels, boolean[] referenceCol, List<Margin> margins) {
        this.blocks = blocks;
        this.columns = columns;
        this.patterns = patterns;
        this.patternOfRow = patternOfRow;
        this.patternCols = patternCols;
        this.targets = targets;
        this.blockOfCol = blockOfCol;
        this.colLabels = colLabels;
        this.referenceCol = referenceCol;
        this.margins = margins;
    }

    /**
     * Matches respondents to margin cells and checks the margins.
     *
     * @throws de.lagebild.io.InputException for respondents without a cell, populated cells without
     *         respondents, respondents in cells of population 0, and margins whose totals disagree
     */
    static CalibrationModel build(SurveyData data, List<Margin> margins) {
        int n = data.size();
        int nb = margins.size();
        Problems problems = new Problems();
        int[][] cellOfRow = new int[nb][n];
        List<int[]> colOfCell = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        List<Integer> blockOf = new ArrayList<>();
        List<Boolean> reference = new ArrayList<>();
        double firstTotal = Double.NaN;
        for (int b = 0; b < nb; b++) {
            Margin m = margins.get(b);
            Map<String, Integer> cellIndex = new HashMap<>();
            for (int c = 0; c < m.cells().size(); c++) {
                cellIndex.put(key(m.cells().get(c)), c);
            }
            List<Column> cols = m.variables().stream().map(data::column).toList();
            int[] count = new int[m.cells().size()];
            Map<String, List<Long>> unmatched = new java.util.LinkedHashMap<>();
            // rows are matched through their level codes: each distinct combination once by text
            long[] radix = new long[cols.size()];
            long combos = 1;
            for (int j = 0; j < cols.size(); j++) {
                radix[j] = combos;
                combos = Math.multiplyExact(combos, cols.get(j).levelCount() + 1L);
            }
            Map<Long, Integer> comboCell = new HashMap<>();
            int[][] codes = new int[cols.size()][];
            for (int j = 0; j < cols.size(); j++) {
                codes[j] = cols.get(j).codes();
            }
            for (int i = 0; i < n; i++) {
                long combo = 0;
                for (int j = 0; j < codes.length; j++) {
                    combo += (codes[j][i] + 1L) * radix[j];
                }
                Integer cell = comboCell.get(combo);
                if (cell == null) {
                    List<String> values = new ArrayList<>(cols.size());
                    for (Column c : cols) {
                        values.add(c.raw(i));
                    }
                    cell = cellIndex.get(key(values));
                    if (cell == null) {
                        StringBuilder sb = new StringBuilder();
                        for (int j = 0; j < cols.size(); j++) {
                            sb.append(j > 0 ? ", " : "").append(m.variables().get(j)).append('=')
                                    .append(values.get(j));
                        }
                        unmatched.put(sb.toString(), new ArrayList<>());
                        cell = -1 - (unmatched.size() - 1);
                    }
                    comboCell.put(combo, cell);
                }
                if (cell < 0) {
                    new ArrayList<>(unmatched.values()).get(-1 - cell).add(data.line(i));
                    cellOfRow[b][i] = -1;
                } else {
                    cellOfRow[b][i] = cell;
                    count[cell]++;
                }
            }
            for (Map.Entry<String, List<Long>> e : unmatched.entrySet()) {
                List<Long> ls = e.getValue();
                problems.add(Problem.inFile(data.source(), ls.size() + (ls.size() == 1 ? " respondent (line "
                        : " respondents (lines ") + lines(ls) + ") " + (ls.size() == 1 ? "has " : "have ")
                        + e.getKey() + ", which no cell of " + m.source() + " has: add the cell to the margin or"
                        + " recode the respondents' category"));
            }
            int[] cellCol = new int[m.cells().size()];
            // R's treatment coding drops the first level in sorted order
            int firstSorted = -1;
            for (int c = 0; c < m.cells().size(); c++) {
                double t = m.total(c);
                if (t > 0 && count[c] == 0) {
                    problems.add(Problem.atLine(m.source(), m.line(c), "the cell " + m.describe(c) + " has a"
                            + " population of " + Numbers.format(t) + " but no respondent, so no weight can stand"
                            + " for it: merge it with a neighbouring cell (in the margin and by a recode)"));
                }
                if (t == 0 && count[c] > 0) {
                    problems.add(Problem.atLine(m.source(), m.line(c), "the cell " + m.describe(c) + " has a"
                            + " population of 0 but " + count[c] + " respondents: they cannot be weighted to"
                            + " nobody; check the margin or the respondents' categories"));
                }
                if (t == 0 && count[c] == 0) {
                    cellCol[c] = -1;
                    continue;
                }
                cellCol[c] = targets.size();
                targets.add(t);
                blockOf.add(b);
                labels.add(m.source() + ": " + m.describe(c));
                reference.add(false);
                if (firstSorted < 0 || key(m.cells().get(c)).compareTo(key(m.cells().get(firstSorted))) < 0) {
                    firstSorted = c;
                }
            }
            if (firstSorted >= 0 && cellCol[firstSorted] >= 0) {
                reference.set(cellCol[firstSorted], true);
            }
            colOfCell.add(cellCol);
            double total = m.total();
            if (b == 0) {
                firstTotal = total;
            } else if (Math.abs(total - firstTotal) > 1e-6 * Math.max(1, Math.abs(firstTotal))) {
                problems.add(Problem.inFile(m.source(), "sums to " + Numbers.format(total) + ", but "
                        + margins.get(0).source() + " sums to " + Numbers.format(firstTotal)
                        + ": the margins must describe the same population"));
            }
        }
        problems.throwIfAny();
        // patterns
        Map<Long, Integer> patternIndex = new HashMap<>();
        int[] patternOfRow = new int[n];
        List<int[]> patternColsList = new ArrayList<>();
        int[] colsOfRow = new int[nb];
        long ncols = targets.size() + 1L;
        int lastPattern = -1;
        long lastKey = -1;
        for (int i = 0; i < n; i++) {
            long k = 0;
            for (int b = 0; b < nb; b++) {
                colsOfRow[b] = colOfCell.get(b)[cellOfRow[b][i]];
                k = k * ncols + colsOfRow[b];
            }
            if (k == lastKey) {
                patternOfRow[i] = lastPattern;
                continue;
            }
            Integer p = patternIndex.get(k);
            if (p == null) {
                p = patternColsList.size();
                patternIndex.put(k, p);
                patternColsList.add(colsOfRow.clone());
            }
            patternOfRow[i] = p;
            lastKey = k;
            lastPattern = p;
        }
        int np = patternColsList.size();
        int[] patternCols = new int[np * nb];
        for (int k = 0; k < np; k++) {
            System.arraycopy(patternColsList.get(k), 0, patternCols, k * nb, nb);
        }
        int p = targets.size();
        double[] t = new double[p];
        int[] bo = new int[p];
        boolean[] ref = new boolean[p];
        for (int j = 0; j < p; j++) {
            t[j] = targets.get(j);
            bo[j] = blockOf.get(j);
            ref[j] = reference.get(j);
        }
        return new CalibrationModel(nb, p, np, patternOfRow, patternCols, t, bo, labels.toArray(new String[0]), ref,
                List.copyOf(margins));
    }

    private static String key(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (String v : values) {
            double x = Numbers.parsePlain(v);
            sb.append(Double.isNaN(x) ? v.trim() : Numbers.format(x)).append('\u0001');
        }
        return sb.toString();
    }

    private static String lines(List<Long> ls) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(5, ls.size()); i++) {
            sb.append(i > 0 ? ", " : "").append(ls.get(i));
        }
        if (ls.size() > 5) {
            sb.append(", ...");
        }
        return sb.toString();
    }

    /** Sums row values by pattern. */
    double[] patternSums(double[] rowValues) {
        double[] s = new double[patterns];
        for (int i = 0; i < rowValues.length; i++) {
            s[patternOfRow[i]] += rowValues[i];
        }
        return s;
    }

    /** sum_k a_k x_k x_k' over patterns: the model's cross-product weighted by a per-pattern value. */
    double[][] crossProduct(double[] patternValues) {
        double[][] t = new double[columns][columns];
        for (int k = 0; k < patterns; k++) {
            double a = patternValues[k];
            if (a == 0) {
                continue;
            }
            for (int b1 = 0; b1 < blocks; b1++) {
                double[] row = t[patternCols[k * blocks + b1]];
                for (int b2 = 0; b2 < blocks; b2++) {
                    row[patternCols[k * blocks + b2]] += a;
                }
            }
        }
        return t;
    }

    /** The weighted totals of each column for pattern weights. */
    double[] columnTotals(double[] patternWeights) {
        double[] tot = new double[columns];
        for (int k = 0; k < patterns; k++) {
            double w = patternWeights[k];
            for (int b = 0; b < blocks; b++) {
                tot[patternCols[k * blocks + b]] += w;
            }
        }
        return tot;
    }
}
