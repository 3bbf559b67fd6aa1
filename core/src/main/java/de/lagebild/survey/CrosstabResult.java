package de.lagebild.survey;

import java.util.List;
import java.util.Objects;

/**
 * A two-way table with the Rao-Scott second-order corrected F test of independence, R's
 * {@code svychisq(~row + column, design, statistic = "F")}.
 *
 * @param row           the row variable (or proportion indicator)
 * @param column        the column variable
 * @param rowLevels     the row categories
 * @param columnLevels  the column categories
 * @param proportions   estimated cell proportions, rows x columns (row-major), summing to 1
 * @param counts        respondents per cell, row-major
 * @param statistic     the F statistic
 * @param ndf           numerator degrees of freedom d0
 * @param ddf           denominator degrees of freedom d0 times the design's degrees of freedom
 * @param p             the p-value
 * @param n             respondents in the table
 */
public record CrosstabResult(String row, String column, List<String> rowLevels, List<String> columnLevels,
        double[] proportions, int[] counts, double statistic, double ndf, double ddf, double p, int n) {

    /**
     * Validates and copies.
     *
     * @param row           the row variable (or proportion indicator)
     * @param column        the column variable
     * @param rowLevels     the row categories
     * @param columnLevels  the column categories
     * @param proportions   estimated cell proportions, rows x columns (row-major), summing to 1
     * @param counts        respondents per cell, row-major
     * @param statistic     the F statistic
     * @param ndf           numerator degrees of freedom d0
     * @param ddf           denominator degrees of freedom d0 times the design's degrees of freedom
     * @param p             the p-value
     * @param n             respondents in the table
     * @throws NullPointerException     when {@code row}, {@code column}, a list of levels, a level or an
     *                                  array is null
     * @throws IllegalArgumentException when {@code proportions} or {@code counts} does not have one
     *                                  entry per cell (rows x columns)
     */
    public CrosstabResult {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(column, "column");
        rowLevels = List.copyOf(rowLevels);
        columnLevels = List.copyOf(columnLevels);
        proportions = proportions.clone();
        counts = counts.clone();
        if (proportions.length != rowLevels.size() * columnLevels.size() || counts.length != proportions.length) {
            throw new IllegalArgumentException("cells do not match the levels");
        }
    }

    /**
     * The estimated cell proportions (a copy).
     *
     * @return a new array, row-major
     */
    @Override
    public double[] proportions() {
        return proportions.clone();
    }

    /**
     * The respondents per cell (a copy).
     *
     * @return a new array, row-major
     */
    @Override
    public int[] counts() {
        return counts.clone();
    }
}
