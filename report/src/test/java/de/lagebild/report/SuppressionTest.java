package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.project.IndicatorSpec;
import de.lagebild.survey.Estimate;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With min_cell 300, most groups of the survey-a data (about 280 respondents per Ortsteil) rest on
 * too few respondents: no value of such a group may appear in any table, chart or sentence.
 */
class SuppressionTest {
    static final int MIN = 300;

    @TempDir
    static Path dir;
    static TestProjects.Analysis a;
    static Report report;
    static String text;

    @BeforeAll
    static void render() {
        a = TestProjects.Analysis.of(dir);
        ReportContext base = ReportContext.of(a.project());
        ReportContext ctx = new ReportContext(base.title(), base.subtitle(), base.municipality(), base.created(), MIN,
                base.generator());
        report = Report.builder(ctx).add(Chapters.keyFindings()).add(Chapters.survey(a.run(), a.results()))
                .add(Chapters.methods()).add(Chapters.appendix()).build();
        try (PdfInspect in = new PdfInspect(report.pdf())) {
            text = in.text().replaceAll("\\s+", " ");
        }
    }

    static Table table(String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyRowOfEveryTableRestingOnFewRespondentsIsWithheld() {
        // the per-Ortsteil table: only Bahnhofsviertel (314) and Gesamt have n >= 300
        Table t = table("befragung-safe-night-district");
        int nCol = t.csvHeader().indexOf("n");
        int supCol = t.csvHeader().indexOf("suppressed");
        for (int r = 0; r < t.rowCount(); r++) {
            Object[] row = t.csvRow(r);
            boolean suppressed = (Boolean) row[supCol];
            if (suppressed) {
                assertTrue(Arrays.stream(row, 1, supCol).allMatch(x -> x == null), Arrays.toString(row));
            } else {
                assertTrue(((Long) row[nCol]) >= MIN, Arrays.toString(row));
            }
        }
        assertEquals(List.of("Gesamt", "Bahnhofsviertel"), java.util.stream.IntStream.range(0, t.rowCount())
                .mapToObj(t::csvRow).filter(r -> !(Boolean) r[supCol]).map(r -> (String) r[0]).toList());
        // in every table of estimates, any "n" that is printed is at least min_cell
        for (Table x : report.tables()) {
            int n = x.csvHeader().indexOf("n");
            if (n < 0 || !x.id().startsWith("anhang-") && !x.id().startsWith("befragung-safe")) {
                continue;
            }
            for (int r = 0; r < x.rowCount(); r++) {
                Object v = x.csvRow(r)[n];
                assertTrue(v == null || ((Long) v) >= MIN, x.id() + " row " + r + ": n = " + v);
            }
        }
    }

    @Test
    void withheldGroupsDoNotAppearInChartsOrSentences() {
        IndicatorSpec safe = a.run().spec().indicators().get(0);
        for (Estimate e : a.results().by(safe.name(), "district")) {
            String label = a.run().weighted().data().codebook().valueLabel("district", e.domain());
            String withN = label + " (n = " + Fmt.integer(e.n()) + ")";
            if (e.n() < MIN) {
                assertFalse(text.contains(withN), "chart label of a withheld group: " + withN);
            } else {
                assertTrue(text.contains(withN), "chart label of a shown group: " + withN);
            }
        }
        assertFalse(text.contains("(Nordstadt)"), "no key finding names a withheld Ortsteil");
        assertTrue(text.contains("Weniger als 300 Befragte: nicht ausgewiesen."));
        assertTrue(text.contains("nicht ausgewiesen"), "stacked bars of withheld rows are marked");
        assertFalse(text.contains("Nordstadt 39,1"), "Nordstadt's share (39,1 %) is not in its table row");
        assertTrue(text.contains("Nordstadt – – –"), "Nordstadt's row is marked withheld");
    }
}
