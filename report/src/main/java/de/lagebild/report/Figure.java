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

    /** The figure's id (unique in a report). */
    public String id() {
        return id;
    }

    /** The caption printed above the figure. */
    public String caption() {
        return caption;
    }

    /** The height on the page, in millimetres (the width is the text width). */
    public float heightMm() {
        return heightMm;
    }

    /** Notes printed below the figure. */
    public List<String> notes() {
        return notes;
    }

    /** The same figure with another height. */
    public Figure withHeight(float mm) {
        return new Figure(id, caption, mm, notes, spec);
    }

    /**
     * The same figure with value labels of grouped bars printed with this many decimals (default: 0
     * for shares, 1 otherwise); other figures are returned unchanged.
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

    /** The same figure with a note below it. */
    public Figure withNote(String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(Objects.requireNonNull(note, "note"));
        return new Figure(id, caption, heightMm, n, spec);
    }

    /**
     * Horizontal bars of shares (0..1) on a 0–100 % axis, with confidence intervals as error
     * bars and the value printed beside each bar; suppressed bars are listed with "–".
     *
     * @param reference      a reference share drawn as a dashed line (such as the whole
     *                       population), or {@code null}
     * @param referenceLabel the reference line's label
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
     * intervals.
     *
     * @param percent    whether the values are shares (0..1) shown as percent
     * @param horizontal whether the bars run horizontally (long category labels)
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
     * municipality, its Kreis and its Land; series with a {@link Role} keep the role's colour.
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
     * index values.
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
     * printed inside the bars.
     *
     * @param rows     one bar per row (such as "Gesamt" and each Ortsteil)
     * @param segments the answer categories in scale order
     * @param shares   per row, one share per segment; a {@code null} row is suppressed
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
     * right, with optional markers (such as the sample's shares) over the bars.
     *
     * @param groups    age groups, youngest first (drawn at the bottom)
     * @param men       men's shares of the total per group
     * @param women     women's shares of the total per group
     * @param barLabel  legend label of the bars (such as "Bevölkerung")
     * @param menMarks  markers for men, or an empty list
     * @param womenMarks markers for women, or an empty list
     * @param markLabel legend label of the markers (such as "Stichprobe")
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
     * @param chart    creates the chart (called each time the figure is drawn)
     * @param heightMm its height in millimetres
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
     * @param low        lower end of the interval (= value without interval)
     * @param high       upper end of the interval
     * @param interval   whether an interval is drawn
     * @param suppressed whether the value is withheld (then value, low and high are 0)
     */
    public record Bar(String label, double value, double low, double high, boolean interval, boolean suppressed) {
        /** Validates the record. */
        public Bar {
            Objects.requireNonNull(label, "label");
            if (!(low <= value && value <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException("bar " + label + ": need low <= value <= high, finite");
            }
        }

        /** A bar with a confidence interval. */
        public static Bar of(String label, double value, double low, double high) {
            return new Bar(label, value, low, high, true, false);
        }

        /** A bar without an interval. */
        public static Bar of(String label, double value) {
            return new Bar(label, value, value, value, false, false);
        }

        /** A withheld bar. */
        public static Bar suppressed(String label) {
            return new Bar(label, 0, 0, 0, false, true);
        }
    }

    /**
     * A data series: one value per category or period ({@code null} where there is none or it is
     * withheld), optionally with interval ends.
     *
     * @param name   the legend label
     * @param role   the area it stands for
     * @param values the values
     * @param low    lower interval ends, or an empty list
     * @param high   upper interval ends, or an empty list
     */
    public record Series(String name, Role role, List<Double> values, List<Double> low, List<Double> high) {
        /** Validates and copies (null values allowed). */
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

        /** A series without intervals. */
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
