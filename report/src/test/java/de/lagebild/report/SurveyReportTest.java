package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import de.lagebild.io.OutputDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard survey report of the survey-a reference data (min_cell 10, so the 6 respondents of
 * sex "d" are suppressed): document structure, fonts, no raster images, identical bytes, German
 * number formats, suppression, and the figures of the PDF equal to those of the CSV tables.
 */
class SurveyReportTest {
    @TempDir
    static Path dir;

    static TestProjects.Analysis analysis;
    static Report report;
    static Report again;
    static byte[] pdf;
    static String text;
    /** The report written by {@link Report#write}: the PDF and the CSV tables. */
    static Path out;

    @BeforeAll
    static void render() {
        analysis = TestProjects.Analysis.of(dir.resolve("project"));
        report = analysis.standard().build();
        pdf = report.pdf();
        try (PdfInspect in = new PdfInspect(pdf)) {
            text = in.text();
        }
        out = dir.resolve("out");
        try (OutputDir od = OutputDir.open(out)) {
            report.write(od);
            od.commit();
        }
    }

    @Test
    void theWrittenPdfIsTheRenderedOne() throws IOException {
        assertArrayEquals(pdf, Files.readAllBytes(out.resolve(Report.PDF_NAME)));
        for (Table t : report.tables()) {
            assertTrue(Files.isRegularFile(out.resolve(t.csvName())), t.csvName());
        }
    }

    @Test
    void sameInputsGiveTheSameBytes() {
        assertArrayEquals(pdf, report.pdf(), "a second rendering of the same report");
        assertArrayEquals(pdf, again().pdf(), "a report built again from the same input files");
    }

    @Test
    void metadataIsFixedByTheReportDate() {
        try (PdfInspect in = new PdfInspect(pdf)) {
            Map<String, String> info = in.reader.getInfo();
            assertEquals("Sicherheitsanalyse Referenzstadt 2025", info.get("Title"));
            assertEquals("Lagebild", info.get("Author"));
            assertEquals("D:20250630000000Z", info.get("CreationDate"));
            assertEquals("D:20250630000000Z", info.get("ModDate"));
            assertTrue(info.get("Subject").contains("Referenzstadt"), info.get("Subject"));
            assertTrue(info.get("Keywords").contains("Sicherheitsgefühl"), info.get("Keywords"));
            assertTrue(info.get("Producer").startsWith("Lagebild "), info.get("Producer"));
        }
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/ID \\[<([0-9A-F]{32})><([0-9A-F]{32})>\\]").matcher(s);
        assertTrue(m.find(), "the trailer has a file identifier");
        assertEquals(m.group(1), m.group(2));
        assertEquals(m.group(1), hex(md5(withZeroId(pdf, m.start(1), m.start(2)))),
                "the identifier is the MD5 of the file written with a zero identifier");
    }

    @Test
    void outlineHasEveryChapterAndSection() {
        try (PdfInspect in = new PdfInspect(pdf)) {
            List<String> outline = in.outline();
            assertEquals(List.of("Inhalt", "Kernbefunde", "1 Bürgerbefragung", "2 Methodik", "A Tabellenanhang"),
                    outline.stream().filter(l -> !l.startsWith(" ")).toList(), String.join("\n", outline));
            assertTrue(outline.contains("  1.1 Stichprobe und Gewichtung"), String.join("\n", outline));
            assertTrue(outline.contains("  1.2 Sicherheitsgefühl"), String.join("\n", outline));
            assertTrue(outline.contains("    1.2.1 Fühlen sich nachts in ihrer Wohngegend sicher nach Ortsteil"),
                    String.join("\n", outline));
            assertTrue(outline.contains("  2.2 Gewichtung"), String.join("\n", outline));
            assertTrue(outline.contains("  A.1 Alle Schätzwerte der Bürgerbefragung"), String.join("\n", outline));
        }
        assertEquals(report.headings().stream().filter(h -> h.matches("\\d+ .*|[A-Z] .*|Kernbefunde")).toList(),
                List.of("Kernbefunde", "1 Bürgerbefragung", "2 Methodik", "A Tabellenanhang"));
    }

    @Test
    void tableOfContentsAndFootersCarryPageNumbers() {
        try (PdfInspect in = new PdfInspect(pdf)) {
            int n = in.pages();
            assertTrue(n >= 15 && n <= 30, "pages: " + n);
            String toc = in.text(2).replace('\u00A0', ' ');
            assertTrue(toc.contains("Inhalt"), toc);
            assertTrue(toc.matches("(?s).*Bürgerbefragung\\s*\\.*\\s*4.*"), toc);
            assertTrue(in.text(3).contains("Seite 3 von " + n), in.text(3));
            assertTrue(in.text(n).contains("Seite " + n + " von " + n));
            assertFalse(in.text(1).contains("Seite 1"), "no footer on the title page");
            String title = in.text(1);
            assertTrue(title.contains("30.06.2025"), title);
            assertTrue(title.contains("Lagebild " + de.lagebild.Lagebild.version()), title);
            assertTrue(title.contains("Referenzstadt"), title);
        }
    }

    @Test
    void noHeadingEndsAPage() {
        List<String> headings = report.headings().stream().filter(h -> h.matches("\\d+\\.\\d+.*|[A-Z]\\.\\d+.*"))
                .map(h -> h.replaceAll("\\s+", " ")).toList();
        try (PdfInspect in = new PdfInspect(pdf)) {
            for (int p = 3; p <= in.pages(); p++) {
                List<String> lines = List.of(in.text(p).split("\n"));
                // the running header and footer are drawn last; the body ends before them
                int end = lines.size();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).trim().startsWith("Sicherheitsanalyse Referenzstadt 2025")) {
                        end = i;
                    }
                }
                String last = "";
                for (int i = end - 1; i >= 0 && last.isEmpty(); i--) {
                    last = lines.get(i).replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
                }
                for (String h : headings) {
                    assertFalse(last.length() > 8 && h.endsWith(last), "page " + p + " ends with the heading " + h);
                }
            }
        }
    }

    @Test
    void everyFontIsEmbeddedLiberationSans() {
        try (PdfInspect in = new PdfInspect(pdf)) {
            List<PdfDictionary> fonts = in.fonts();
            assertFalse(fonts.isEmpty());
            for (PdfDictionary f : fonts) {
                String name = f.get(PdfName.BASEFONT).toString();
                assertTrue(PdfInspect.embedded(f), "not embedded: " + name);
                assertTrue(name.matches("/LBS(REG|BLD|ITA)\\+LiberationSans(-Bold|-Italic)?"), name);
            }
        }
    }

    @Test
    void chartsAreVectorsNotImages() {
        try (PdfInspect in = new PdfInspect(pdf)) {
            assertEquals(0, in.images(), "raster images");
            assertTrue(in.forms() >= 6, "vector chart forms: " + in.forms());
        }
        // chart text is real text in the embedded font: axis ticks and bar labels are extractable
        assertTrue(text.contains("100 %"), "axis tick label");
        assertTrue(text.contains("Altstadt (n = 286)"), "category label with n");
    }

    @Test
    void numbersAreWrittenTheGermanWay() {
        assertTrue(text.contains("1.500"), "thousands separator");
        assertTrue(text.contains("52,0"), "decimal comma");
        assertTrue(text.contains("49,5–54,4"), "interval with en dash");
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("52 % der Befragten fühlen sich nachts in ihrer Wohngegend sicher (95-%-KI: 49–54 %)"),
                "key finding sentence");
        assertTrue(text.contains("Stand 30.06.2025"), "date");
        assertFalse(text.matches("(?s).*\\b52\\.0\\b.*"), "no English decimal point in the PDF");
    }

    @Test
    void smallGroupsAreSuppressedInThePdfAndTheCsv() throws IOException {
        assertTrue(text.contains("Weniger als 10 Befragte: nicht ausgewiesen."), "suppression footnote");
        assertTrue(Pattern.compile("divers\\s+–\\s+–\\s+–").matcher(text).find(), "suppressed row marked with –");
        List<String> csv = Files.readAllLines(out.resolve("tables/befragung-safe-night-sex.csv"));
        assertEquals("gruppe,anteil_pct,ki_pct_low,ki_pct_high,n,suppressed", csv.get(0));
        assertEquals("divers,,,,,true", csv.get(csv.size() - 1));
        assertEquals("Gesamt,52.0,49.5,54.4,1438,false", csv.get(1));
    }

    @Test
    void noRespondentIdsInAnyOutput() throws IOException {
        assertFalse(text.contains("R00001"), "a respondent id in the PDF");
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                String s = Files.readString(f);
                assertFalse(s.matches("(?s).*R0\\d{4}.*"), "respondent id in " + f);
            }
        }
    }

    /** Every number of every CSV table appears, in German form, in the PDF text. */
    @Test
    void theFiguresOfThePdfAreThoseOfTheCsvTables() {
        String flat = text.replaceAll("\\s+", " ");
        int checked = 0;
        for (Table t : report.tables()) {
            List<String> header = t.csvHeader();
            for (int r = 0; r < t.rowCount(); r++) {
                Object[] row = t.csvRow(r);
                for (int c = 0; c < row.length; c++) {
                    Object v = row[c];
                    if (!(v instanceof String s) || !s.matches("-?\\d+\\.\\d+")) {
                        continue;
                    }
                    String german = Fmt.german(new java.math.BigDecimal(s));
                    assertTrue(flat.contains(german), "table " + t.id() + ", column " + header.get(c) + ": " + s
                            + " is printed as " + german);
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "numbers checked: " + checked);
        // and one by hand: the Ortsteil table's row for Altstadt
        assertTrue(flat.contains("Altstadt 54,9 49,1–60,5 286"), "Altstadt row");
    }

    @Test
    void tableNamesAreDeterministicAndUnique() {
        List<String> names = report.tables().stream().map(Table::csvName).toList();
        assertEquals(names.size(), names.stream().distinct().count());
        assertTrue(names.contains("tables/befragung-safe-night-district.csv"), names.toString());
        assertTrue(names.contains("tables/anhang-safe-night.csv"), names.toString());
        assertEquals(names, again().tables().stream().map(Table::csvName).toList());
    }

    /** The same report built again from copies of the same input files. */
    static synchronized Report again() {
        if (again == null) {
            again = TestProjects.Analysis.of(dir.resolve("again")).standard().build();
        }
        return again;
    }

    private static byte[] withZeroId(byte[] pdf, int a, int b) {
        byte[] out = pdf.clone();
        for (int i = 0; i < 32; i++) {
            out[a + i] = '0';
            out[b + i] = '0';
        }
        return out;
    }

    private static byte[] md5(byte[] b) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format(java.util.Locale.ROOT, "%02X", x));
        }
        return sb.toString();
    }
}
