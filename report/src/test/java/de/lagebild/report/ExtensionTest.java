package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import de.lagebild.project.Area;
import de.lagebild.project.Municipality;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Extensible from the API": an embedding tool leaves out standard chapters, adds its own chapter
 * (with a trend chart, grouped bars and its own JFreeChart) and its own chart in a standard chapter;
 * its findings reach the Kernbefunde page and its method section the Methodik.
 */
class ExtensionTest {
    @TempDir
    static Path dir;

    static TestProjects.Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = TestProjects.Analysis.of(dir.resolve("project"));
    }

    /** A chapter like the one the crime module will add: HZ of municipality, Kreis and Land. */
    static Chapter crimeLike() {
        return new Chapter() {
            @Override
            public String id() {
                return "kriminalitaetslage";
            }

            @Override
            public String title() {
                return "Kriminalitätslage";
            }

            @Override
            public void write(Content c) {
                c.paragraph("Die Häufigkeitszahl (HZ) gibt die bekannt gewordenen Fälle je 100.000 Einwohner an.");
                c.section("Entwicklung der Häufigkeitszahl");
                List<String> years = List.of("2019", "2020", "2021", "2022", "2023", "2024");
                c.figure(Figure.trend("hz-trend", "Häufigkeitszahl 2019–2024", years, List.of(
                        Figure.Series.of("Referenzstadt", Figure.Role.MUNICIPALITY,
                                List.of(6120.0, 5890.0, 5710.0, 6030.0, 6240.0, 6180.0)),
                        Figure.Series.of("Landkreis Mittelsachsen", Figure.Role.KREIS,
                                List.of(5010.0, 4790.0, 4650.0, 4880.0, 5020.0, 4990.0)),
                        Figure.Series.of("Sachsen", Figure.Role.LAND,
                                List.of(6500.0, 6210.0, 6010.0, 6300.0, 6420.0, 6350.0))),
                        "Fälle je 100.000 Einwohner").withNote("Quelle: PKS (erfundene Testwerte)."));
                c.table(Table.builder("hz-2024", "Häufigkeitszahl 2024")
                        .columns(Table.text("gebiet", "Gebiet"), Table.integer("faelle", "Fälle"),
                                Table.decimal("hz", "HZ", 1))
                        .row("Referenzstadt", 1488, 6180.4).row("Landkreis Mittelsachsen", 14930, 4990.2)
                        .row("Sachsen", 259000, 6350.0).build());
                c.figure(Figure.groupedBars("aq", "Aufklärungsquote nach Deliktsbereich",
                        List.of("Gewalt", "Sachbeschädigung", "Drogen"), List.of(
                                Figure.Series.of("Referenzstadt", Figure.Role.MUNICIPALITY, List.of(0.81, 0.24, 0.95)),
                                Figure.Series.of("Sachsen", Figure.Role.LAND, List.of(0.78, 0.27, 0.93))),
                        "Aufklärungsquote", true, false));
                c.figure(Figure.custom("eigene-grafik", "Eine eigene JFreeChart-Grafik", ExtensionTest::ownChart,
                        60));
            }

            @Override
            public List<Finding> findings(ReportContext ctx) {
                return List.of(new Finding("Kriminalitätslage", "Die Häufigkeitszahl liegt 2024 bei 6.180 Fällen je"
                        + " 100.000 Einwohner.", "6.180", "Fälle je 100.000 Einwohner"));
            }

            @Override
            public void methods(Content c) {
                c.section("Polizeiliche Kriminalstatistik");
                c.paragraph("Die PKS ist eine Ausgangsstatistik.");
            }
        };
    }

    static JFreeChart ownChart() {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        ds.addValue(3, "Hinweise", "Januar");
        ds.addValue(5, "Hinweise", "Februar");
        ds.addValue(4, "Hinweise", "März");
        return ChartFactory.createBarChart("Hinweise des Ordnungsamts", null, "Anzahl", ds, PlotOrientation.VERTICAL,
                true, false, false);
    }

    @Test
    void leaveOutAddAndExtend() throws Exception {
        Report r = analysis.standard()
                .omit(Chapters.APPENDIX)
                .addBefore(Chapters.SURVEY, crimeLike())
                .extend(Chapters.SURVEY, c -> c.figure(Figure.shareBars("eigene-anteile", "Eigene Anteile",
                        List.of(Figure.Bar.of("A", 0.3, 0.25, 0.35), Figure.Bar.of("B", 0.6)), null, null)))
                .build();
        assertEquals(List.of("kernbefunde", "kriminalitaetslage", "buergerbefragung", "methodik"), r.chapterIds());
        List<String> h = r.headings();
        assertTrue(h.contains("1 Kriminalitätslage"), h.toString());
        assertTrue(h.contains("2 Bürgerbefragung"), h.toString());
        assertTrue(h.contains("3.1 Polizeiliche Kriminalstatistik"), "the chapter's method section: " + h);
        assertFalse(h.stream().anyMatch(x -> x.startsWith("A ")), "no appendix: " + h);
        assertTrue(r.tables().stream().noneMatch(t -> t.id().startsWith("anhang-")));
        byte[] pdf = r.pdf();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "extension-test.pdf"), pdf);
        try (PdfInspect in = new PdfInspect(pdf)) {
            String text = in.text().replaceAll("\\s+", " ");
            assertTrue(text.contains("Die Häufigkeitszahl liegt 2024 bei 6.180 Fällen"), "finding on Kernbefunde");
            assertTrue(text.contains("6.180"), "key figure tile");
            assertTrue(text.contains("Hinweise des Ordnungsamts"), "own chart's title is text");
            assertTrue(text.contains("Abbildung") && text.contains("Eigene Anteile"), "figure added to a chapter");
            assertEquals(0, in.images());
            for (PdfDictionary f : in.fonts()) {
                assertTrue(PdfInspect.embedded(f), "the own chart's fonts are embedded too: " + f);
            }
            List<String> outline = in.outline();
            assertTrue(outline.contains("1 Kriminalitätslage"), outline.toString());
            assertTrue(outline.contains("  1.1 Entwicklung der Häufigkeitszahl"), outline.toString());
        }
    }

    @Test
    void aReportOfOwnChaptersOnly() {
        ReportContext ctx = new ReportContext("Lagebild Teststadt", "Nur eigene Kapitel",
                new Municipality("Teststadt", "14000000", List.of(new Area("Sachsen", "14"))), LocalDate.of(2026, 1, 15),
                5, "Testprogramm 1.0");
        Report r = Report.builder(ctx).add(Chapters.keyFindings()).add(crimeLike()).add(Chapters.methods()).build();
        byte[] pdf = r.pdf();
        try (PdfInspect in = new PdfInspect(pdf)) {
            assertTrue(in.text(1).contains("15.01.2026"));
            assertTrue(in.text(1).contains("Testprogramm 1.0"));
            assertEquals("D:20260115000000Z", in.reader.getInfo().get("CreationDate"));
        }
        assertEquals(List.of("tables/hz-2024.csv"), r.tables().stream().map(Table::csvName).toList());
    }

    @Test
    void longTablesRepeatTheirHeaderOnEveryPage() {
        Table.Builder t = Table.builder("lang", "Eine lange Tabelle").columns(Table.text("jahr", "Kennziffer"),
                Table.decimal("wert", "Wert je 100.000", 1));
        for (int i = 0; i < 150; i++) {
            t.row("Zeile " + (i + 1), 1000.0 + i * 7.25);
        }
        Table table = t.build();
        Chapter c = new Chapter() {
            @Override
            public String id() {
                return "lang";
            }

            @Override
            public String title() {
                return "Lange Tabelle";
            }

            @Override
            public void write(Content content) {
                content.table(table);
            }
        };
        ReportContext ctx = ReportContext.of(analysis.project());
        byte[] pdf = Report.builder(ctx).add(c).build().pdf();
        try (PdfInspect in = new PdfInspect(pdf)) {
            int pagesWithRows = 0;
            for (int p = 3; p <= in.pages(); p++) {
                String s = in.text(p);
                if (s.contains("Zeile ")) {
                    pagesWithRows++;
                    assertTrue(s.contains("Wert je 100.000"), "header repeated on page " + p);
                }
            }
            assertTrue(pagesWithRows >= 3, "the table runs over several pages: " + pagesWithRows);
            String all = in.text().replaceAll("\\s+", " ");
            assertTrue(all.matches("(?s).*Zeile 150 ?2\\.080,3.*"), "the last row, German digits");
        }
    }

    @Test
    void mistakesAreNamed() {
        ReportBuilder b = analysis.standard();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.omit("anhangx"));
        assertTrue(e.getMessage().contains("anhangx") && e.getMessage().contains("anhang"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.add(Chapters.methods()), "a second Methodik");
        assertThrows(IllegalArgumentException.class, () -> b.addBefore(Chapters.SURVEY, new Chapter() {
            @Override
            public String id() {
                return "Mit Leerzeichen";
            }

            @Override
            public String title() {
                return "x";
            }

            @Override
            public void write(Content c) {
            }
        }));
        ReportBuilder twice = analysis.standard().extend(Chapters.METHODS, c -> c.table(
                Table.builder("befragung-gewichtung", "doppelt").columns(Table.text("a", "A")).build()));
        e = assertThrows(IllegalArgumentException.class, twice::build);
        assertTrue(e.getMessage().contains("befragung-gewichtung"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Report.builder(b.context()).build(), "no chapter");
    }
}
