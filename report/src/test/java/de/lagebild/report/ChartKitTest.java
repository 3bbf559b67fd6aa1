package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Value labels are never cut off at the chart's edge; axes get readable tick units. */
class ChartKitTest {

    /** Whatever the bar, whisker and label width, a label lies within the plot, right of the axis base. */
    @Test
    void valueLabelsStayInsideThePlot() {
        SplittableRandom rnd = new SplittableRandom(7);
        double base = 100;
        double right = 450;
        for (int i = 0; i < 10_000; i++) {
            double barEnd = base + rnd.nextDouble() * (right - base);
            double whiskerLow = Math.max(base, barEnd - rnd.nextDouble() * 60);
            double end = Math.min(right, barEnd + rnd.nextDouble() * 60);
            double width = 8 + rnd.nextDouble() * 20;
            double x = ChartKit.labelX(end, barEnd, whiskerLow, base, right, width);
            assertTrue(x + width <= right + 1e-9, "label ends beyond the plot: " + (x + width));
            assertTrue(x >= base - 1e-9 || width > right - base, "label starts left of the axis: " + x);
            boolean outside = x >= end;
            boolean inside = x + width <= Math.min(barEnd, whiskerLow) - 3.99;
            boolean flush = Math.abs(x + width - right) < 1e-9;
            assertTrue(outside || inside || flush, "label overlaps the whisker: " + x);
        }
        // the defect of the first report: 90 % with its whisker at 96 % of a 0-100 axis
        double x = ChartKit.labelX(440, 415, 400, 100, 450, 18);
        assertTrue(x + 18 <= 400 - 3.99, "inside the bar, before the lower whisker: " + x);
    }

    @Test
    void tickUnitsAreRound() {
        assertEquals(0.5, ChartKit.niceUnit(0.42), 1e-12);
        assertEquals(1000, ChartKit.niceUnit(930), 1e-9);
        assertEquals(250, ChartKit.niceUnit(210), 1e-9);
        assertEquals(2, ChartKit.niceUnit(1.3), 1e-12);
        assertEquals(1, ChartKit.niceUnit(0), 1e-12);
    }

    /** Charts with values at the axis end draw without error (into an image, as into the PDF). */
    @Test
    void barsAtTheAxisEndDraw() {
        Figure shares = Figure.shareBars("a", "A", List.of(Figure.Bar.of("Gesamt", 0.99, 0.97, 1.0),
                Figure.Bar.of("Gruppe mit langem Namen, der umbricht", 0.91, 0.85, 0.96), Figure.Bar.suppressed("x")),
                0.95, "Gesamt");
        Figure grouped = Figure.groupedBars("b", "B", List.of("Straßenkriminalität", "Raub"),
                List.of(Figure.Series.of("Stadt", Figure.Role.MUNICIPALITY, java.util.Arrays.asList(1265.0, null)),
                        Figure.Series.of("Kreis", Figure.Role.KREIS, List.of(889.0, 41.0))), "HZ", false, true)
                .withLabelDecimals(0);
        for (Figure f : List.of(shares, grouped)) {
            JFreeChart c = ChartKit.chart(f);
            BufferedImage img = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            c.draw(g, new Rectangle2D.Double(0, 0, 480, 300));
            g.dispose();
        }
    }
}
