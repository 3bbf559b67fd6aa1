package de.lagebild.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Builds the JFreeCharts of the chart kit. Every text uses an AWT font created from the same
 * Liberation Sans TTF that the PDF embeds ({@link Fonts#awt}), so AWT measures what the PDF draws.
 * Bars are flat (no gradients, no shadows): the PDF holds only vector paths in plain colours.
 */
final class ChartKit {
    private ChartKit() {
    }

    static final float TICK = 8f;
    static final float LABEL = 8.5f;
    private static final Color CI = new Color(0x33, 0x33, 0x33);

    static JFreeChart chart(Figure f) {
        Figure.Spec s = f.spec;
        if (s instanceof Figure.ShareBars b) {
            return shareBars(b);
        }
        if (s instanceof Figure.Grouped g) {
            return grouped(g);
        }
        if (s instanceof Figure.Trend t) {
            return trend(t);
        }
        if (s instanceof Figure.Stacked st) {
            return stacked(st);
        }
        if (s instanceof Figure.Pyramid p) {
            return pyramid(p);
        }
        JFreeChart c = ((Figure.Custom) s).chart().get();
        theme().apply(c);
        return c;
    }

    /** The report's theme for charts built elsewhere: embedded fonts, flat bars, report colours. */
    static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("Lagebild");
        t.setExtraLargeFont(Fonts.awt(true, 11));
        t.setLargeFont(Fonts.awt(false, LABEL));
        t.setRegularFont(Fonts.awt(false, TICK));
        t.setSmallFont(Fonts.awt(false, 7.5f));
        t.setBarPainter(new StandardBarPainter());
        t.setShadowVisible(false);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setPlotOutlinePaint(Color.WHITE);
        t.setLegendBackgroundPaint(Color.WHITE);
        t.setRangeGridlinePaint(Palette.GRID);
        t.setDomainGridlinePaint(Palette.GRID);
        t.setAxisLabelPaint(Palette.TEXT);
        t.setTickLabelPaint(Palette.TEXT);
        t.setItemLabelPaint(Palette.TEXT);
        t.setLegendItemPaint(Palette.TEXT);
        t.setTitlePaint(Palette.TEXT);
        t.setDrawingSupplier(new DefaultDrawingSupplier(Palette.SERIES, DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE, DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return t;
    }

    // ------------------------------------------------------------------ share bars

    private static JFreeChart shareBars(Figure.ShareBars s) {
        List<Figure.Bar> bars = s.bars();
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        int n = bars.size();
        double[][] lo = new double[1][n];
        double[][] hi = new double[1][n];
        String[][] labels = new String[1][n];
        for (int i = 0; i < n; i++) {
            Figure.Bar b = bars.get(i);
            Key k = new Key(i, b.label());
            ds.addValue(b.suppressed() ? null : (Number) (b.value() * 100), "Anteil", k);
            lo[0][i] = b.interval() && !b.suppressed() ? b.low() * 100 : Double.NaN;
            hi[0][i] = b.interval() && !b.suppressed() ? b.high() * 100 : Double.NaN;
            labels[0][i] = b.suppressed() ? Fmt.DASH : Fmt.percent(b.value(), 0);
        }
        CiBarRenderer r = new CiBarRenderer(lo, hi, labels);
        r.setSeriesPaint(0, Palette.MUNICIPALITY);
        CategoryPlot plot = categoryPlot(ds, r, percentAxis(), PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setCategoryMargin(0.32);
        if (s.reference() != null) {
            ValueMarker m = new ValueMarker(s.reference() * 100, Palette.MUTED, new BasicStroke(0.8f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3f, 2.5f}, 0));
            m.setLabel(s.referenceLabel() + " " + Fmt.percent(s.reference(), 0));
            m.setLabelFont(Fonts.awt(false, 7.5f));
            m.setLabelPaint(Palette.MUTED);
            m.setLabelBackgroundColor(Color.WHITE);
            if (s.reference() > 0.6) {
                // far right: the label goes to the left of the line, so the axis end does not cut it
                m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                m.setLabelOffset(new RectangleInsets(1, 0, 0, 3));
            } else {
                m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                m.setLabelOffset(new RectangleInsets(1, 3, 0, 0));
            }
            plot.addRangeMarker(m, Layer.BACKGROUND);
            plot.getDomainAxis().setLowerMargin(14.0 / (12 + 7.5 * 2.835 * n));
        }
        return chart(plot, false, 34);
    }

    // ------------------------------------------------------------------ grouped bars

    private static JFreeChart grouped(Figure.Grouped g) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        int ns = g.series().size();
        int nc = g.categories().size();
        double[][] lo = new double[ns][nc];
        double[][] hi = new double[ns][nc];
        String[][] labels = new String[ns][nc];
        double f = g.percent() ? 100 : 1;
        for (int si = 0; si < ns; si++) {
            Figure.Series s = g.series().get(si);
            for (int c = 0; c < nc; c++) {
                Double v = s.values().get(c);
                ds.addValue(v == null ? null : (Number) (v * f), new Key(si, s.name()), new Key(c, g.categories().get(c)));
                Double l = s.low().isEmpty() ? null : s.low().get(c);
                Double h = s.high().isEmpty() ? null : s.high().get(c);
                lo[si][c] = l == null || v == null ? Double.NaN : l * f;
                hi[si][c] = h == null || v == null ? Double.NaN : h * f;
                labels[si][c] = !g.horizontal() ? null : v == null ? Fmt.DASH
                        : g.percent() ? Fmt.percent(v, g.decimals()) : Fmt.number(v, g.decimals());
            }
        }
        CiBarRenderer r = new CiBarRenderer(lo, hi, labels);
        paintSeries(r, g.series());
        r.setItemMargin(0.06);
        double max = 0;
        for (Figure.Series s : g.series()) {
            for (int c = 0; c < nc; c++) {
                Double v = s.values().get(c);
                Double h = s.high().isEmpty() ? null : s.high().get(c);
                max = Math.max(max, Math.max(v == null ? 0 : v, h == null ? 0 : h));
            }
        }
        NumberAxis axis = g.percent() ? percentAxis() : numberAxis(g.axisLabel());
        if (!g.percent() && max > 0) {
            double unit = niceUnit(max / 5);
            axis.setRange(0, Math.ceil(max * 1.02 / unit) * unit);
            axis.setTickUnit(new NumberTickUnit(unit, new GermanFormat(-1, "", false)));
        }
        if (g.percent() && max <= 0.6) {
            double top = Math.ceil(max * 100 * 1.12 / 10) * 10;
            axis.setRange(0, top);
            axis.setTickUnit(new NumberTickUnit(top <= 30 ? 5 : 10, new GermanFormat(0, "\u00A0%", false)));
        }
        if (!g.percent() && g.horizontal()) {
            axis.setUpperMargin(0.16); // room for the value printed beyond the longest bar and its interval
        }
        if (g.percent() && !g.axisLabel().isEmpty()) {
            axis.setLabel(g.axisLabel());
            axis.setLabelFont(Fonts.awt(false, LABEL));
        }
        CategoryPlot plot = categoryPlot(ds, r, axis, g.horizontal() ? PlotOrientation.HORIZONTAL
                : PlotOrientation.VERTICAL);
        plot.getDomainAxis().setCategoryMargin(g.horizontal() ? 0.28 : 0.22);
        return chart(plot, g.series().size() > 1, g.horizontal() ? 34 : 8);
    }

    // ------------------------------------------------------------------ trend

    private static JFreeChart trend(Figure.Trend t) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (int si = 0; si < t.series().size(); si++) {
            Figure.Series s = t.series().get(si);
            for (int c = 0; c < t.periods().size(); c++) {
                Double v = s.values().get(c);
                ds.addValue(v, new Key(si, s.name()), new Key(c, t.periods().get(c)));
            }
        }
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        paintSeries(r, t.series());
        for (int si = 0; si < t.series().size(); si++) {
            r.setSeriesStroke(si, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            r.setSeriesShape(si, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        NumberAxis axis = numberAxis(t.axisLabel());
        axis.setAutoRangeIncludesZero(!t.index());
        axis.setUpperMargin(0.12);
        if (t.index()) {
            double lo = 100;
            double hi = 100;
            for (Figure.Series s : t.series()) {
                for (Double v : s.values()) {
                    if (v != null) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            double pad = Math.max(1, (hi - lo) * 0.25);
            axis.setRange(Math.floor(lo - pad), Math.ceil(hi + pad));
        }
        if (!t.index()) {
            double hi = 0;
            for (Figure.Series s : t.series()) {
                for (Double v : s.values()) {
                    if (v != null) {
                        hi = Math.max(hi, v);
                    }
                }
            }
            if (hi > 0) {
                double unit = niceUnit(hi * 1.12 / 6);
                axis.setRange(0, Math.ceil(hi * 1.12 / unit) * unit);
                axis.setTickUnit(new NumberTickUnit(unit, new GermanFormat(-1, "", false)));
            }
        }
        CategoryPlot plot = categoryPlot(ds, r, axis, PlotOrientation.VERTICAL);
        if (t.index()) {
            plot.addRangeMarker(new ValueMarker(100, Palette.RULE, new BasicStroke(0.8f)), Layer.BACKGROUND);
        }
        plot.getDomainAxis().setLowerMargin(0.03);
        plot.getDomainAxis().setUpperMargin(0.03);
        plot.getDomainAxis().setCategoryMargin(0.1);
        return chart(plot, true, 8);
    }

    // ------------------------------------------------------------------ stacked shares

    private static JFreeChart stacked(Figure.Stacked st) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        int nseg = st.segments().size();
        for (int si = 0; si < nseg; si++) {
            for (int r = 0; r < st.rows().size(); r++) {
                List<Double> row = st.shares().get(r);
                Key key = new Key(r, st.rows().get(r) + (row == null ? " " + Fmt.DASH + " nicht ausgewiesen" : ""));
                ds.addValue(row == null ? null : (Number) (row.get(si) * 100), new Key(si, st.segments().get(si)), key);
            }
        }
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(true);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setDefaultOutlineStroke(new BasicStroke(0.6f));
        Color[] colours = Palette.diverging(nseg);
        for (int si = 0; si < nseg; si++) {
            r.setSeriesPaint(si, colours[si]);
            r.setSeriesOutlinePaint(si, Color.WHITE);
            r.setSeriesItemLabelPaint(si, Palette.light(colours[si]) ? Palette.TEXT : Color.WHITE);
        }
        r.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                Number v = dataset.getValue(row, column);
                return v == null || v.doubleValue() < 5 ? null : Fmt.number(v.doubleValue(), 0);
            }
        });
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(Fonts.awt(false, 7.5f));
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        NumberAxis axis = percentAxis();
        CategoryPlot plot = categoryPlot(ds, r, axis, PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setCategoryMargin(0.3);
        return chart(plot, true, 10);
    }

    // ------------------------------------------------------------------ population pyramid

    private static JFreeChart pyramid(Figure.Pyramid p) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset marks = new DefaultCategoryDataset();
        int n = p.groups().size();
        double max = 0;
        for (int k = n - 1; k >= 0; k--) { // oldest at the top
            Key g = new Key(n - 1 - k, p.groups().get(k));
            double m = p.men().get(k) * 100;
            double w = p.women().get(k) * 100;
            bars.addValue(-m, new Key(0, "Männer (" + p.barLabel() + ")"), g);
            bars.addValue(w, new Key(1, "Frauen (" + p.barLabel() + ")"), g);
            max = Math.max(max, Math.max(m, w));
            if (!p.menMarks().isEmpty()) {
                double mm = p.menMarks().get(k) * 100;
                double wm = p.womenMarks().get(k) * 100;
                marks.addValue(-mm, new Key(0, p.markLabel()), g);
                marks.addValue(wm, new Key(1, p.markLabel() + " "), g);
                max = Math.max(max, Math.max(mm, wm));
            }
        }
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, Palette.MEN);
        r.setSeriesPaint(1, Palette.WOMEN);
        NumberAxis axis = new NumberAxis();
        double lim = Math.ceil(max / 2) * 2 + 1;
        axis.setRange(-lim, lim);
        double unit = lim > 12 ? 4 : 2;
        axis.setTickUnit(new NumberTickUnit(unit, new GermanFormat(0, "\u00A0%", true)));
        styleValueAxis(axis);
        CategoryPlot plot = categoryPlot(bars, r, axis, PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setCategoryMargin(0.18);
        if (marks.getRowCount() > 0) {
            LineAndShapeRenderer mr = new LineAndShapeRenderer(false, true);
            Rectangle2D tick = new Rectangle2D.Double(-1.2, -6, 2.4, 12);
            for (int s = 0; s < 2; s++) {
                mr.setSeriesPaint(s, Palette.TEXT);
                mr.setSeriesShape(s, tick);
            }
            mr.setSeriesVisibleInLegend(1, false);
            plot.setDataset(1, marks);
            plot.setRenderer(1, mr);
            plot.mapDatasetToRangeAxis(1, 0);
        }
        ValueMarker zero = new ValueMarker(0, Palette.TEXT, new BasicStroke(0.6f));
        plot.addRangeMarker(zero, Layer.FOREGROUND);
        return chart(plot, true, 8);
    }

    // ------------------------------------------------------------------ shared parts

    private static void paintSeries(org.jfree.chart.renderer.category.AbstractCategoryItemRenderer r,
            List<Figure.Series> series) {
        int free = 0;
        for (int si = 0; si < series.size(); si++) {
            Figure.Role role = series.get(si).role();
            Paint p = switch (role) {
                case MUNICIPALITY -> Palette.MUNICIPALITY;
                case KREIS -> Palette.KREIS;
                case LAND -> Palette.LAND;
                case REFERENCE -> Palette.REFERENCE;
                case NONE -> Palette.SERIES[free++ % Palette.SERIES.length];
            };
            r.setSeriesPaint(si, p);
        }
    }

    /**
     * Where the value label of a horizontal bar starts, so that it is never cut off by the plot's
     * right edge (JFreeChart clips drawing to the data area): 4 points right of the bar's end or its
     * upper whisker ({@code end}) if it fits before {@code right}; else inside the bar, 4 points
     * before the bar's end or its lower whisker, whichever is further left; if the bar is too short
     * for that too, flush with the right edge.
     */
    static double labelX(double end, double barEnd, double whiskerLow, double base, double right, double width) {
        if (end + 4 + width <= right) {
            return end + 4;
        }
        double inside = Math.min(barEnd, whiskerLow) - 4 - width;
        if (inside >= base + 2) {
            return inside;
        }
        return right - width;
    }

    /** The tick unit of 1, 2, 2.5 or 5 times a power of ten nearest above a raw step. */
    static double niceUnit(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= m * p * 1.0000001) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static NumberAxis percentAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setRange(0, 100);
        axis.setTickUnit(new NumberTickUnit(20, new GermanFormat(0, "\u00A0%", false)));
        styleValueAxis(axis);
        return axis;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label.isEmpty() ? null : label);
        axis.setNumberFormatOverride(new GermanFormat(-1, "", false));
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        styleValueAxis(axis);
        axis.setLabelFont(Fonts.awt(false, LABEL));
        axis.setLabelPaint(Palette.TEXT);
        return axis;
    }

    private static void styleValueAxis(NumberAxis axis) {
        axis.setTickLabelFont(Fonts.awt(false, TICK));
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setTickLabelInsets(new RectangleInsets(3, 2, 2, 2));
    }

    private static CategoryPlot categoryPlot(DefaultCategoryDataset ds,
            org.jfree.chart.renderer.category.CategoryItemRenderer r, ValueAxis axis, PlotOrientation o) {
        CategoryAxis dom = new CategoryAxis();
        dom.setTickLabelFont(Fonts.awt(false, LABEL));
        dom.setTickLabelPaint(Palette.TEXT);
        dom.setAxisLineVisible(o == PlotOrientation.VERTICAL);
        dom.setAxisLinePaint(Palette.RULE);
        dom.setTickMarksVisible(false);
        if (o == PlotOrientation.HORIZONTAL) {
            dom.setMaximumCategoryLabelWidthRatio(0.42f);
        }
        dom.setMaximumCategoryLabelLines(2);
        dom.setLowerMargin(0.02);
        dom.setUpperMargin(0.02);
        CategoryPlot plot = new CategoryPlot(ds, dom, axis, r);
        plot.setOrientation(o);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeAxisLocation(o == PlotOrientation.HORIZONTAL ? AxisLocation.BOTTOM_OR_LEFT
                : AxisLocation.BOTTOM_OR_LEFT);
        plot.setInsets(new RectangleInsets(4, 0, 2, 0));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    private static JFreeChart chart(CategoryPlot plot, boolean legend, double rightPad) {
        JFreeChart chart = new JFreeChart(null, Fonts.awt(true, 11), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(0, 0, 0, rightPad));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(Fonts.awt(false, TICK));
            l.setItemPaint(Palette.TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setHorizontalAlignment(HorizontalAlignment.LEFT);
            l.setMargin(new RectangleInsets(6, 0, 0, 0));
            l.setItemLabelPadding(new RectangleInsets(2, 3, 2, 10));
        }
        return chart;
    }

    /** A category or series key that prints as its label but stays unique by its index. */
    record Key(int index, String label) implements Comparable<Key> {
        @Override
        public String toString() {
            return label;
        }

        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }
    }

    /** German tick labels: {@code 1.000}, {@code 2,5}, {@code 40 %}; optionally without sign (pyramids). */
    @SuppressWarnings("serial")
    static final class GermanFormat extends NumberFormat {
        private final int decimals;
        private final String suffix;
        private final boolean abs;

        /** @param decimals fixed decimals, or -1 for as many as the value needs (up to 2) */
        GermanFormat(int decimals, String suffix, boolean abs) {
            this.decimals = decimals;
            this.suffix = suffix;
            this.abs = abs;
        }

        @Override
        public StringBuffer format(double v, StringBuffer sb, FieldPosition pos) {
            double x = abs ? Math.abs(v) : v;
            int d = decimals;
            if (d < 0) {
                d = Math.abs(x - Math.rint(x)) < 1e-9 ? 0 : Math.abs(x * 10 - Math.rint(x * 10)) < 1e-9 ? 1 : 2;
            }
            return sb.append(Fmt.number(x, d)).append(suffix);
        }

        @Override
        public StringBuffer format(long v, StringBuffer sb, FieldPosition pos) {
            return format((double) v, sb, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("tick labels are never parsed");
        }
    }

    /**
     * Bars with interval whiskers and value labels drawn beside them (second pass, so no bar
     * covers a whisker).
     */
    @SuppressWarnings("serial")
    static final class CiBarRenderer extends BarRenderer {
        private final double[][] low;
        private final double[][] high;
        private final String[][] labels;

        CiBarRenderer(double[][] low, double[][] high, String[][] labels) {
            this.low = low;
            this.high = high;
            this.labels = labels;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
            setMaximumBarWidth(0.5);
        }

        @Override
        public int getPassCount() {
            return 2;
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            if (pass == 0) {
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
                return;
            }
            int visibleRow = state.getVisibleSeriesIndex(row);
            if (visibleRow < 0) {
                return;
            }
            PlotOrientation o = plot.getOrientation();
            boolean horizontal = o == PlotOrientation.HORIZONTAL;
            double w0 = calculateBarW0(plot, o, dataArea, domainAxis, state, visibleRow, column);
            double mid = w0 + state.getBarWidth() / 2;
            RectangleEdge edge = plot.getRangeAxisEdge();
            Number v = dataset.getValue(row, column);
            double base = rangeAxis.valueToJava2D(0, dataArea, edge);
            double end = v == null ? base : rangeAxis.valueToJava2D(v.doubleValue(), dataArea, edge);
            double lo = low[row][column];
            double hi = high[row][column];
            if (v != null && Double.isFinite(lo) && Double.isFinite(hi)) {
                double a = rangeAxis.valueToJava2D(lo, dataArea, edge);
                double b = rangeAxis.valueToJava2D(hi, dataArea, edge);
                double cap = Math.min(4, state.getBarWidth() * 0.3);
                // the part of the whisker inside the bar is white, the part outside dark
                double bar = v.doubleValue() >= 0 ? end : base;
                g2.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                if (horizontal) {
                    g2.setPaint(Color.WHITE);
                    g2.draw(new java.awt.geom.Line2D.Double(a, mid, Math.min(bar, b), mid));
                    g2.setPaint(a < bar ? Color.WHITE : CI);
                    g2.draw(new java.awt.geom.Line2D.Double(a, mid - cap, a, mid + cap));
                    g2.setPaint(CI);
                    if (b > bar) {
                        g2.draw(new java.awt.geom.Line2D.Double(Math.max(a, bar), mid, b, mid));
                    }
                    g2.draw(new java.awt.geom.Line2D.Double(b, mid - cap, b, mid + cap));
                    end = Math.max(end, b);
                } else {
                    // y grows downwards: a (low) is below the bar top
                    g2.setPaint(Color.WHITE);
                    g2.draw(new java.awt.geom.Line2D.Double(mid, a, mid, Math.max(bar, b)));
                    g2.setPaint(a > bar ? Color.WHITE : CI);
                    g2.draw(new java.awt.geom.Line2D.Double(mid - cap, a, mid + cap, a));
                    g2.setPaint(CI);
                    if (b < bar) {
                        g2.draw(new java.awt.geom.Line2D.Double(mid, Math.min(a, bar), mid, b));
                    }
                    g2.draw(new java.awt.geom.Line2D.Double(mid - cap, b, mid + cap, b));
                    end = Math.min(end, b);
                }
            }
            String label = labels[row][column];
            if (label != null) {
                Font font = Fonts.awt(false, 7.5f);
                g2.setFont(font);
                g2.setPaint(Palette.TEXT);
                FontMetrics fm = g2.getFontMetrics(font);
                if (horizontal) {
                    float w = fm.stringWidth(label);
                    float y = (float) (mid + fm.getAscent() * 0.5 - 1);
                    double barEnd = v == null ? base : rangeAxis.valueToJava2D(v.doubleValue(), dataArea, edge);
                    double whiskerLow = Double.isFinite(lo) && v != null ? rangeAxis.valueToJava2D(lo, dataArea, edge)
                            : barEnd;
                    double x = labelX(end, barEnd, whiskerLow, base, dataArea.getMaxX() - 1, w);
                    if (x + w <= barEnd + 0.5 && x >= base) {
                        // inside the bar: white on a dark bar
                        Paint p = getItemPaint(row, column);
                        g2.setPaint(p instanceof Color col && Palette.light(col) ? Palette.TEXT : Color.WHITE);
                    }
                    g2.drawString(label, (float) x, y);
                } else {
                    g2.drawString(label, (float) (mid - fm.stringWidth(label) / 2.0), (float) (end - 4));
                }
            }
        }
    }
}
