package de.lagebild.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A chart of the report, drawn as vectors into the PDF with the report's embedded font. The
 * factories build the report's chart kit; {@link #custom} takes any JFreeChart, to which the
 * report's theme (fonts, colours of text and grid) is applied before it is drawn.
 *
 * <pre>{@code
 * Figure f = Figure.shareBars("sicherheit-ortsteil", "Sicherheitsgefühl nachts nach Ortsteil",
 *         List.of(Figure.Bar.of("Altstadt (n = 286)", 0.549, 0.491, 0.605),
 *                 Figure.Bar.suppressed("Neustadt")), 0.520, "Gesamt");
 * }</pre>
 *
 * Figures are immutable; a JFreeChart is created afresh each time one is drawn.
 */
public final class Figure {
    /** The tallest figure, in millimetres: with caption and notes it still fits one page. */
    public static final float MAX_HEIGHT_MM = 210;

    private final String id;
    private final String caption;
    private final float heightMm;
    private final List<String> notes;
    final Spec spec;

    private Figure(String id, String caption, float heightMm, List<String> notes, Spec spec) {
        this.id = Objects.requireNonNull(id, "id");
        this.caption = Objects.requireNonNull(caption, "caption");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("figure id must be lower-case letters and digits joined by dashes: " + id);
        }
        if (!(heightMm >= 20 && heightMm <= MAX_HEIGHT_MM)) {
            throw new IllegalArgumentException("figure height must be 20.." + (int) MAX_HEIGHT_MM
                    + " mm (a figure never spans two pages): " + heightMm);
        }
        this.heightMm = heightMm;
        this.notes = List.copyOf(notes);
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * The figure's id.
     *
     * @return lower-case letters and digits, groups joined by dashes (unique in a report)
     */
    public String id() {
        return id;
    }

    /**
     * The caption printed above the figure.
     *
     * @return the caption, without the "Abbildung n:" the report puts before it
     */
    public String caption() {
        return caption;
    }

    /**
     * The height on the page (the width is the text width).
     *
     * @return the chart's height in millimetres, 20 to 210 ({@link #MAX_HEIGHT_MM}), without caption
     *         and notes
     */
    public float heightMm() {
        return heightMm;
    }

    /**
     * Notes printed below the figure.
     *
     * @return the notes in the order added (unmodifiable); empty for none
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * The same figure with another height.
     *
     * @param mm the chart's height in millimetres, 20 to 210 ({@link #MAX_HEIGHT_MM})
     * @return a new figure; this one is unchanged
     * @throws IllegalArgumentException when {@code mm} is outside that range
     */
    public Figure withHeight(float mm) {
        return new Figure(id, caption, mm, notes, spec);
    }

    /**
     * The same figure with the value labels of grouped bars printed with this many decimals
     * (default: 0 for shares, 1 otherwise). Only horizontal grouped bars print value labels; other
     * figures, vertical grouped bars included, are returned unchanged.
     *
     * @param decimals decimals of the value labels (0..3; of the percent number for shares)
     * @return a new figure for grouped bars, else this figure
     * @throws IllegalArgumentException when {@code decimals} is not 0..3
     */
    public Figure withLabelDecimals(int decimals) {
        if (decimals < 0 || decimals > 3) {
            throw new IllegalArgumentException("decimals must be 0..3: " + decimals);
        }
        if (spec instanceof Grouped g) {
            return new Figure(id, caption, heightMm, notes, new Grouped(g.categories(), g.series(), g.axisLabel(),
                    g.percent(), g.horizontal(), decimals));
        }
        return this;
    }

    /**
     * The same figure with a note below it, after the notes it has.
     *
     * @param note the note's text, such as a source
     * @return a new figure; this one is unchanged
     * @throws NullPointerException when {@code note} is null
     */
    public Figure withNote(String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(Objects.requireNonNull(note, "note"));
        return new Figure(id, caption, heightMm, n, spec);
    }

    /**
     * Horizontal bars of shares (0..1) on a 0–100 % axis, with confidence intervals as error
     * bars and the value printed beside each bar (whole percent); suppressed bars are listed with
     * "–" and no bar. The height follows the number of bars (7.5 mm each, 9.5 mm when a label is
     * longer than 40 characters and wraps), at most 210 mm ({@link #MAX_HEIGHT_MM}).
     *
     * @param id             the figure's id: lower-case letters and digits, groups joined by single dashes
     *                       (such as {@code abb-hz-delikte}); unique among the figures of a report
     * @param caption        the caption printed above the figure, after "Abbildung n:"
     * @param bars           the bars, top to bottom; at least one
     * @param reference      a reference share drawn as a dashed line (such as the whole
     *                       population), or {@code null} for none
     * @param referenceLabel the reference line's label, printed before its value (such as
     *                       "Gesamt"); {@code null} or "" for the value alone
     * @return the figure
     * @throws IllegalArgumentException when there are no bars or the id is not of that form
     */
    public static Figure shareBars(String id, String caption, List<Bar> bars, Double reference,
            String referenceLabel) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("figure " + id + " has no bars");
        }
        // labels longer than about 40 characters wrap onto two lines: give their bars more room
        boolean twoLines = bars.stream().anyMatch(b -> b.label().length() > 40);
        float h = 16 + (twoLines ? 9.5f : 7.5f) * bars.size();
        return new Figure(id, caption, Math.min(MAX_HEIGHT_MM, h), List.of(), new ShareBars(List.copyOf(bars), reference,
                referenceLabel == null ? "" : referenceLabel));
    }

    /**
     * Grouped bars: one group per category, one bar per series, with error bars where a series has
     * intervals, and a legend when there is more than one series. Series with a {@link Role} other
     * than {@link Role#NONE} keep the role's colour. Horizontal bars print their value beside each bar
     * ("–" for a missing value) and are as tall as their number needs (at most 210 mm); vertical
     * bars are 80 mm tall and print no values.
     *
     * @param id             the figure's id: lower-case letters and digits, groups joined by single dashes
     *                       (such as {@code abb-hz-delikte}); unique among the figures of a report
     * @param caption        the caption printed above the figure, after "Abbildung n:"
     * @param categories     the category labels, one group of bars each, in order
     * @param series         the series, one bar in every group each; each has one value per category
     *                       ({@code null} for none) and, optionally, as many interval ends
     * @param valueAxisLabel the label of the value axis, such as "Fälle je 100.000 Einwohner"; ""
     *                       for none
     * @param percent        whether the values are shares (0..1) shown as percent
     * @param horizontal     whether the bars run horizontally (long category labels)
     * @return the figure
     * @throws IllegalArgumentException when there are no categories or no series, a series does not
     *                                  have one value (and interval end) per category, or the id is
     *                                  not of that form
     */
    public static Figure groupedBars(String id, String caption, List<String> categories, List<Series> series,
            String valueAxisLabel, boolean percent, boolean horizontal) {
        checkSeries(id, categories.size(), series);
        float h = horizontal ? 22 + categories.size() * (series.size() * 4.2f + 3.5f) : 80;
        return new Figure(id, caption, Math.min(MAX_HEIGHT_MM, h), List.of(), new Grouped(List.copyOf(categories),
                List.copyOf(series), valueAxisLabel, percent, horizontal, percent ? 0 : 1));
    }

    /**
     * A trend: one line per series over periods (years), such as the Häufigkeitszahl of the
     * municipality, its Kreis and its Land; series with a {@link Role} keep the role's colour. The
     * value axis starts at zero; the series' intervals are not drawn. The figure is 78 mm tall.
     *
     * @param id             the figure's id: lower-case letters and digits, groups joined by single dashes
     *                       (such as {@code abb-hz-delikte}); unique among the figures of a report
     * @param caption        the caption printed above the figure, after "Abbildung n:"
     * @param periods        the period labels along the axis, oldest first, such as "2021"
     * @param series         the lines, each with one value per period ({@code null} leaves a gap)
     * @param valueAxisLabel the label of the value axis, such as "Fälle je 100.000 Einwohner"; ""
     *                       for none
     * @return the figure
     * @throws IllegalArgumentException when there are no periods or no series, a series does not
     *                                  have one value per period, or the id is not of that form
     */
    public static Figure trend(String id, String caption, List<String> periods, List<Series> series,
            String valueAxisLabel) {
        checkSeries(id, periods.size(), series);
        return new Figure(id, caption, 78, List.of(), new Trend(List.copyOf(periods), List.copyOf(series),
                valueAxisLabel, false));
    }

    /**
     * An index trend: one line per series over periods, each series relative to its first period
     * (= 100); the value axis does not start at zero and a line marks 100. The values given are the
     * index values. The figure is 70 mm tall.
     *
     * @param id             the figure's id: lower-case letters and digits, groups joined by single dashes
     *                       (such as {@code abb-hz-delikte}); unique among the figures of a report
     * @param caption        the caption printed above the figure, after "Abbildung n:"
     * @param periods        the period labels along the axis, oldest first, such as "2021"
     * @param series         the lines, each with one index value per period (100 in its first
     *                       period; {@code null} leaves a gap)
     * @param valueAxisLabel the label of the value axis, such as "Index (2019 = 100)"; "" for none
     * @return the figure
     * @throws IllegalArgumentException when there are no periods or no series, a series does not
     *                                  have one value per period, or the id is not of that form
     */
    public static Figure index(String id, String caption, List<String> periods, List<Series> series,
            String valueAxisLabel) {
        checkSeries(id, periods.size(), series);
        return new Figure(id, caption, 70, List.of(), new Trend(List.copyOf(periods), List.copyOf(series),
                valueAxisLabel, true));
    }

    /**
     * Stacked bars of answer distributions (each row's shares add up to 1), coloured on a
     * diverging scale from the first to the last answer category, with shares of 5 % or more
     * printed inside the bars (whole percent). The height follows the number of rows (8.5 mm each),
     * at most 200 mm.
     *
     * @param id       the figure's id: lower-case letters and digits, groups joined by single dashes
     *                 (such as {@code abb-hz-delikte}); unique among the figures of a report
     * @param caption  the caption printed above the figure, after "Abbildung n:"
     * @param rows     one bar per row, top to bottom (such as "Gesamt" and each Ortsteil); at least one
     * @param segments the answer categories in scale order
     * @param shares   per row, one share (0..1) per segment; a {@code null} row is suppressed: it is
     *                 listed as "nicht ausgewiesen", without a bar
     * @return the figure
     * @throws IllegalArgumentException when there are no rows, not one share list per row, a share
     *                                  list without one share per segment, or the id is not of that
     *                                  form
     */
    public static Figure stackedShares(String id, String caption, List<String> rows, List<String> segments,
            List<List<Double>> shares) {
        if (rows.size() != shares.size() || rows.isEmpty()) {
            throw new IllegalArgumentException("figure " + id + ": one share list per row is needed");
        }
        for (List<Double> s : shares) {
            if (s != null && s.size() != segments.size()) {
                throw new IllegalArgumentException("figure " + id + ": one share per segment is needed");
            }
        }
        List<List<Double>> copy = new ArrayList<>();
        shares.forEach(s -> copy.add(s == null ? null : Collections.unmodifiableList(new ArrayList<>(s))));
        float h = 24 + 8.5f * rows.size();
        return new Figure(id, caption, Math.min(200, h), List.of(), new Stacked(List.copyOf(rows),
                List.copyOf(segments), Collections.unmodifiableList(copy)));
    }

    /**
     * A population pyramid: shares of the total per age group, men to the left and women to the
     * right, with optional markers (such as the sample's shares) over the bars. The height follows
     * the number of age groups (7 mm each), at most 200 mm.
     *
     * @param id         the figure's id: lower-case letters and digits, groups joined by single dashes
     *                   (such as {@code abb-hz-delikte}); unique among the figures of a report
     * @param caption    the caption printed above the figure, after "Abbildung n:"
     * @param groups     age groups, youngest first (drawn at the bottom)
     * @param men        men's shares (0..1) of the total, one per group
     * @param women      women's shares (0..1) of the total, one per group
     * @param barLabel   legend label of the bars, printed as "Männer (barLabel)" and "Frauen
     *                   (barLabel)" (such as "Bevölkerung")
     * @param menMarks   markers for men, one share per group, or an empty list for no markers
     * @param womenMarks markers for women, one share per group; give them exactly when
     *                   {@code menMarks} are given (an empty list otherwise)
     * @param markLabel  legend label of the markers (such as "Stichprobe")
     * @return the figure
     * @throws IllegalArgumentException when {@code men}, {@code women} or non-empty markers do not
     *                                  have one value per group, or the id is not of that form
     */
    public static Figure pyramid(String id, String caption, List<String> groups, List<Double> men, List<Double> women,
            String barLabel, List<Double> menMarks, List<Double> womenMarks, String markLabel) {
        int n = groups.size();
        if (men.size() != n || women.size() != n || (!menMarks.isEmpty() && menMarks.size() != n)
                || (!womenMarks.isEmpty() && womenMarks.size() != n)) {
            throw new IllegalArgumentException("figure " + id + ": one value per age group is needed");
        }
        float h = 30 + 7f * n;
        return new Figure(id, caption, Math.min(200, h), List.of(), new Pyramid(List.copyOf(groups),
                List.copyOf(men), List.copyOf(women), barLabel, List.copyOf(menMarks), List.copyOf(womenMarks),
                markLabel));
    }

    /**
     * Any JFreeChart. The report's theme is applied to it before drawing (its fonts become the
     * embedded Liberation Sans, so that text is measured as it is printed).
     *
     * @param id       the figure's id: lower-case letters and digits, groups joined by single dashes
     *                 (such as {@code abb-hz-delikte}); unique among the figures of a report
     * @param caption  the caption printed above the figure, after "Abbildung n:"
     * @param chart    creates the chart (called each time the figure is drawn)
     * @param heightMm its height in millimetres, 20 to 210 ({@link #MAX_HEIGHT_MM})
     * @return the figure
     * @throws NullPointerException     when {@code chart} is null
     * @throws IllegalArgumentException when the height is outside that range or the id is not of
     *                                  that form
     */
    public static Figure custom(String id, String caption, Supplier<JFreeChart> chart, float heightMm) {
        return new Figure(id, caption, heightMm, List.of(), new Custom(Objects.requireNonNull(chart, "chart")));
    }

    private static void checkSeries(String id, int n, List<Series> series) {
        if (series.isEmpty() || n == 0) {
            throw new IllegalArgumentException("figure " + id + " has no data");
        }
        for (Series s : series) {
            if (s.values().size() != n || (!s.low().isEmpty() && (s.low().size() != n || s.high().size() != n))) {
                throw new IllegalArgumentException("figure " + id + ": series " + s.name() + " needs " + n + " values");
            }
        }
    }

    /** Which area a series stands for: areas keep their colour in every chart. */
    public enum Role {
        /** The municipality analysed (blue). */
        MUNICIPALITY,
        /** Its Kreis (orange). */
        KREIS,
        /** Its Land (grey). */
        LAND,
        /** A reference such as the population (light grey). */
        REFERENCE,
        /** No particular role: colours in series order. */
        NONE
    }

    /**
     * One bar of a share chart.
     *
     * @param label      the category label
     * @param value      the share (0..1)
     * @param low        lower end of the interval, a share (= value without interval)
     * @param high       upper end of the interval, a share (= value without interval)
     * @param interval   whether an interval is drawn
     * @param suppressed whether the value is withheld: listed with "–", no bar and no interval drawn
     *                   ({@link #suppressed(String)} sets value, low and high to 0)
     */
    public record Bar(String label, double value, double low, double high, boolean interval, boolean suppressed) {
        /**
         * Validates the record.
         *
         * @param label      the category label
         * @param value      the share (0..1)
         * @param low        lower end of the interval (= value without interval)
         * @param high       upper end of the interval (= value without interval)
         * @param interval   whether an interval is drawn
         * @param suppressed whether the value is withheld
         * @throws NullPointerException     when {@code label} is null
         * @throws IllegalArgumentException unless {@code low <= value <= high} with finite ends
         */
        public Bar {
            Objects.requireNonNull(label, "label");
            if (!(low <= value && value <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException("bar " + label + ": need low <= value <= high, finite");
            }
        }

        /**
         * A bar with a confidence interval.
         *
         * @param label the category label, such as "Altstadt (n = 286)"
         * @param value the share (0..1)
         * @param low   lower end of the interval, a share
         * @param high  upper end of the interval, a share
         * @return the bar
         * @throws IllegalArgumentException unless {@code low <= value <= high} with finite ends
         */
        public static Bar of(String label, double value, double low, double high) {
            return new Bar(label, value, low, high, true, false);
        }

        /**
         * A bar without an interval.
         *
         * @param label the category label
         * @param value the share (0..1); finite
         * @return the bar
         * @throws IllegalArgumentException when {@code value} is not finite
         */
        public static Bar of(String label, double value) {
            return new Bar(label, value, value, value, false, false);
        }

        /**
         * A withheld bar: listed with "–", without a bar.
         *
         * @param label the category label
         * @return the bar
         */
        public static Bar suppressed(String label) {
            return new Bar(label, 0, 0, 0, false, true);
        }
    }

    /**
     * A data series: one value per category or period ({@code null} where there is none or it is
     * withheld), optionally with interval ends.
     *
     * @param name   the legend label
     * @param role   the area it stands for, which decides its colour
     * @param values the values, one per category or period ({@code null} for none); shares (0..1) in
     *               a percent chart
     * @param low    lower interval ends, one per value ({@code null} for none), or an empty list
     * @param high   upper interval ends, one per value ({@code null} for none), or an empty list
     */
    public record Series(String name, Role role, List<Double> values, List<Double> low, List<Double> high) {
        /**
         * Validates and copies (null values allowed).
         *
         * @param name   the legend label
         * @param role   the area it stands for
         * @param values the values, one per category or period ({@code null} for none)
         * @param low    lower interval ends, or an empty list
         * @param high   upper interval ends, or an empty list
         * @throws NullPointerException     when a component is null (null elements are allowed)
         * @throws IllegalArgumentException when {@code low} and {@code high} differ in size
         */
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            values = Collections.unmodifiableList(new ArrayList<>(values));
            low = Collections.unmodifiableList(new ArrayList<>(low));
            high = Collections.unmodifiableList(new ArrayList<>(high));
            if (low.size() != high.size()) {
                throw new IllegalArgumentException("series " + name + ": as many lower as upper ends are needed");
            }
        }

        /**
         * A series without intervals.
         *
         * @param name   the legend label
         * @param role   the area it stands for, which decides its colour
         * @param values the values, one per category or period ({@code null} for none)
         * @return the series
         */
        public static Series of(String name, Role role, List<Double> values) {
            return new Series(name, role, values, List.of(), List.of());
        }
    }

    /** What is drawn. */
    sealed interface Spec permits ShareBars, Grouped, Trend, Stacked, Pyramid, Custom {
    }

    record ShareBars(List<Bar> bars, Double reference, String referenceLabel) implements Spec {
    }

    record Grouped(List<String> categories, List<Series> series, String axisLabel, boolean percent,
            boolean horizontal, int decimals) implements Spec {
    }

    record Trend(List<String> periods, List<Series> series, String axisLabel, boolean index) implements Spec {
    }

    record Stacked(List<String> rows, List<String> segments, List<List<Double>> shares) implements Spec {
    }

    record Pyramid(List<String> groups, List<Double> men, List<Double> women, String barLabel, List<Double> menMarks,
            List<Double> womenMarks, String markLabel) implements Spec {
    }

    record Custom(Supplier<JFreeChart> chart) implements Spec {
    }
}
