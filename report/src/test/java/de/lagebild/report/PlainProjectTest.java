package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.project.Project;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects without codebook or labels, and a mean as the headline indicator: the report still
 * renders, with variable names as labels and groups in natural order.
 */
class PlainProjectTest {
    @TempDir
    Path dir;

    @Test
    void aProjectWithoutCodebookOrLabels() {
        Project p = TestProjects.surveyA(dir, "plain.yaml");
        SurveyRun run = SurveyRun.of(p);
        SurveyResults results = SurveyEstimation.run(run);
        Report r = Chapters.standard(p, run, results).build();
        assertEquals("Sicherheitsanalyse Referenzstadt", r.context().title(), "the default title");
        try (PdfInspect in = new PdfInspect(r.pdf())) {
            String text = in.text().replaceAll("\\s+", " ");
            assertEquals(0, in.images());
            assertTrue(text.contains("„safe_night“: 52 % der Befragten (95-%-KI: 49–54 %)."), "bare name, neutral wording");
            assertTrue(text.contains("16-24 (n = 82)"), "age groups in natural order, first");
            int young = text.indexOf("16-24 (n = 82)");
            int old = text.indexOf("75+ (n = 252)");
            assertTrue(young >= 0 && old > young, "16-24 before 75+");
            assertTrue(text.contains("hochgerechnet rund 9.600 Personen"), "the total in words");
        }
    }

    @Test
    void aMeanAsTheHeadline() {
        Project p = TestProjects.surveyA(dir);
        SurveyRun run = SurveyRun.of(p);
        SurveyResults results = SurveyEstimation.run(run);
        Report r = Report.builder(ReportContext.of(p)).add(Chapters.keyFindings())
                .add(Chapters.survey(run, results, "worry_assault")).add(Chapters.methods()).build();
        assertTrue(r.headings().contains("1.2 Sorge, tätlich angegriffen zu werden"), r.headings().toString());
        try (PdfInspect in = new PdfInspect(r.pdf())) {
            String text = in.text().replaceAll("\\s+", " ");
            assertTrue(text.contains("Der Mittelwert von „Sorge, tätlich angegriffen zu werden“ beträgt 2,7"), "sentence");
            assertEquals(0, in.images());
        }
    }
}
