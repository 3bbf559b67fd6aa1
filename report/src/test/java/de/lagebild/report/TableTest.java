package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF text and the CSV values of a table come from the same rounded numbers. */
class TableTest {
    static Table sample() {
        return Table.builder("sicherheit-ortsteil", "Sicherheitsgefühl nach Ortsteil")
                .columns(Table.text("ortsteil", "Ortsteil"), Table.percent("anteil_pct", "Anteil in %", 1),
                        Table.percentRange("ki_pct", "95-%-KI in %", 1), Table.integer("n", "Befragte (n)"),
                        Table.pValue("p", "p"))
                .suppressible()
                .emphasisRow("Gesamt", 0.51964, Table.range(0.49484, 0.54435), 1438, 0.0341)
                .row("Altstadt", 0.5485, Table.range(0.4907, 0.6052), 12345, 2e-7)
                .row("Neustadt", Table.suppressed(), Table.suppressed(), Table.suppressed(), null)
                .note("Gewichtet.")
                .build();
    }

    @Test
    void pdfTextIsGerman() {
        Table t = sample();
        assertEquals("52,0", t.pdfText(0, 1));
        assertEquals("49,5\u201354,4", t.pdfText(0, 2));
        assertEquals("12.345", t.pdfText(1, 3));
        assertEquals("0,034", t.pdfText(0, 4));
        assertEquals("<\u00A00,001", t.pdfText(1, 4));
        assertEquals("\u2013", t.pdfText(2, 1), "suppressed");
        assertEquals("", t.pdfText(2, 4), "empty");
        assertTrue(t.hasSuppressed());
    }

    @Test
    void csvHasPlainDecimalsAndMarksSuppression(@TempDir Path dir) throws Exception {
        Table t = sample();
        assertEquals(List.of("ortsteil", "anteil_pct", "ki_pct_low", "ki_pct_high", "n", "p", "suppressed"),
                t.csvHeader());
        assertArrayEquals(new Object[] {"Gesamt", "52.0", "49.5", "54.4", 1438L, "0.034", false}, t.csvRow(0));
        assertArrayEquals(new Object[] {"Neustadt", null, null, null, null, null, true}, t.csvRow(2));
        Path f = dir.resolve("t.csv");
        t.writeCsv(f);
        assertEquals(List.of("ortsteil,anteil_pct,ki_pct_low,ki_pct_high,n,p,suppressed",
                "Gesamt,52.0,49.5,54.4,1438,0.034,false", "Altstadt,54.9,49.1,60.5,12345,<0.001,false",
                "Neustadt,,,,,,true"), Files.readAllLines(f));
        assertEquals("tables/sicherheit-ortsteil.csv", t.csvName());
    }

    @Test
    void aTableWithoutSuppressionHasNoSuppressedColumn() {
        Table t = Table.builder("t", "T").columns(Table.text("a", "A"), Table.decimal("b", "B", 2))
                .row("x", Table.number(1.23456, 3)).row("y", 2.0).build();
        assertEquals(List.of("a", "b"), t.csvHeader());
        assertArrayEquals(new Object[] {"x", "1.235"}, t.csvRow(0), "a cell's own decimals");
        assertEquals("2,00", t.pdfText(1, 1));
        assertFalse(t.hasSuppressed());
    }

    @Test
    void badTablesAreRejectedEarly() {
        assertThrows(IllegalArgumentException.class, () -> Table.builder("Bad Id", "x"));
        Table.Builder b = Table.builder("t", "T").columns(Table.text("a", "A"), Table.integer("n", "N"));
        assertThrows(IllegalArgumentException.class, () -> b.row("x"), "too few cells");
        assertThrows(IllegalArgumentException.class, () -> b.row("x", "12"), "text in a number column");
        assertThrows(IllegalArgumentException.class, () -> b.row(Table.suppressed(), 1), "suppressed text");
        assertThrows(IllegalArgumentException.class, () -> b.row("x", Double.NaN), "NaN");
        assertThrows(IllegalArgumentException.class, () -> Table.builder("t", "T")
                .columns(Table.text("a", "A"), Table.integer("a", "B")), "duplicate keys");
    }
}
