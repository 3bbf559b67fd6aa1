package de.lagebild.internal;

import de.lagebild.io.Problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quoting, the formula-injection guard and number formatting of machine-readable CSV. */
class CsvWriterTest {

    private static String cell(Object value) {
        StringBuilder sb = new StringBuilder();
        CsvWriter.appendCell(sb, value);
        return sb.toString();
    }

    private static String write(List<String> header, Object[]... rows) {
        StringWriter sw = new StringWriter();
        try (CsvWriter w = new CsvWriter(sw, header)) {
            for (Object[] r : rows) {
                w.row(r);
            }
        }
        return sw.toString();
    }

    @Test
    void quotesOnlyWhereNeeded() {
        assertEquals("plain", cell("plain"));
        assertEquals("\"a,b\"", cell("a,b"));
        assertEquals("\"a;b\"", cell("a;b"));
        assertEquals("\"er sagte \"\"ja\"\"\"", cell("er sagte \"ja\""));
        assertEquals("\"zwei\nZeilen\"", cell("zwei\nZeilen"));
        assertEquals("\"a\r\nb\"", cell("a\r\nb"));
        assertEquals("\" lead\"", cell(" lead"));
        assertEquals("\"trail \"", cell("trail "));
        assertEquals("Größe €", cell("Größe €"));
        assertEquals("", cell(""));
        assertEquals("", cell(null));
    }

    @Test
    void rowsHeaderAndCellTypes() {
        String out = write(List.of("name", "x", "n", "ok", "leer"),
                new Object[] {"Zwickau, Stadt", 1.5, 42, true, null},
                new Object[] {"b", Double.NaN, 7L, false, Double.POSITIVE_INFINITY});
        assertEquals("name,x,n,ok,leer\n\"Zwickau, Stadt\",1.5,42,true,\nb,,7,false,\n", out);
        assertThrows(IllegalArgumentException.class, () -> write(List.of("a", "b"), new Object[] {"x"}));
    }

    @Test
    void formulasGetAQuote() {
        for (String evil : new String[] {"=cmd|' /C calc'!A0", "=1+1", "+1+1", "-2+3", "@SUM(A1:A9)", "=HYPERLINK(\"x\")",
            "\tab", "\r=1", "+49 341 1234", "-A1", "--1+2", "=", "+", "@"}) {
            String c = cell(evil);
            String expect = "'" + evil;
            boolean quoted = c.startsWith("\"");
            String inner = quoted ? c.substring(1, c.length() - 1).replace("\"\"", "\"") : c;
            assertEquals(expect, inner, "text " + Problem.quote(evil) + " must be defused");
        }
    }

    @Test
    void pksKeysNumbersAndDashesStayAsTheyAre() {
        for (String safe : new String[] {"------", "435*00", "****00", "*50*00", "892000", "-", "-5", "-1.5", "+3",
            "-1,5", "Straftaten insgesamt", "Körperverletzung", ""}) {
            assertEquals(safe, CsvWriter.defuse(safe), "text " + Problem.quote(safe) + " must stay as it is");
        }
        assertEquals("------", cell("------"));
        assertEquals("-2.5", cell(-2.5));
        assertEquals("-1000000", cell(-1e6));
        assertEquals("-3", cell(-3));
        assertEquals("-0.000125", cell(-1.25e-4));
    }

    @Test
    void doublesRoundTripThroughFormat() {
        SplittableRandom rnd = new SplittableRandom(20240101);
        for (int i = 0; i < 60_000; i++) {
            double x = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong()); // any bit pattern
                case 1 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(-12, 18)) * (rnd.nextBoolean() ? 1 : -1);
                case 2 -> Math.rint(rnd.nextDouble() * 1e6) / 1000; // "short" decimals
                default -> rnd.nextLong() / 7.0;
            };
            if (!Double.isFinite(x)) {
                assertEquals("", Numbers.format(x));
                continue;
            }
            String s = Numbers.format(x);
            double back = Numbers.parsePlain(s);
            assertEquals(x, back, 0.0, "format(" + x + ") = " + s);
            assertEquals(-1, s.indexOf(','), s);
            assertEquals(-1, s.indexOf('E'), s);
        }
        assertEquals("0.0001", Numbers.format(1e-4));
        assertEquals("1.0e-5", Numbers.format(1e-5));
        assertEquals("123456789.123", Numbers.format(123456789.123));
        assertEquals("0.0002", Numbers.format(2e-4));
        assertEquals("999999999999999", Numbers.format(999999999999999.0));
        assertEquals("1.0e15", Numbers.format(1e15));
        assertEquals("3", Numbers.format(3.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("", Numbers.format(Double.NEGATIVE_INFINITY));
        assertEquals("0.5", Numbers.fixed(0.5, 1));
        assertEquals("1234.57", Numbers.fixed(1234.5678, 2));
        assertEquals("", Numbers.fixed(Double.NaN, 2));
    }

    @Test
    void fileIsUtf8WithoutBomAndLf(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("out.csv");
        try (CsvWriter w = CsvWriter.open(p, List.of("ort", "wert"))) {
            w.row("Görlitz", 0.1);
        }
        byte[] bytes = Files.readAllBytes(p);
        assertEquals('o', bytes[0]);
        assertEquals("ort,wert\nGörlitz,0.1\n", new String(bytes, StandardCharsets.UTF_8));
    }
}
