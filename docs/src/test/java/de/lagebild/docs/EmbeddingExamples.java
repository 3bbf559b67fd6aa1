package de.lagebild.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.project.Project;
import de.lagebild.report.Analysis;
import de.lagebild.report.Chapter;
import de.lagebild.report.Chapters;
import de.lagebild.report.Content;
import de.lagebild.report.Report;
import de.lagebild.survey.Estimate;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import de.lagebild.survey.SurveyTables;
import de.lagebild.survey.WeightingDiagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The code of docs/embedding.md and README.md, compiled and run against the sample municipality.
 * Each region between {@code // snippet:} and {@code // end snippet} appears verbatim in the docs
 * ({@link SnippetsTest} checks that).
 */
class EmbeddingExamples {
    static final Path SAMPLE = Path.of("../samples/musterstadt/lagebild.yaml");

    @TempDir
    Path tmp;

    @Test
    void readme() {
        Path projectFile = SAMPLE;
        // snippet: readme
        Project project = Project.load(projectFile);
        SurveyRun run = SurveyRun.of(project);               // read, check, weight
        SurveyResults results = SurveyEstimation.run(run);   // estimate
        results.overall("safe_night").ifPresent(e -> System.out.println(e.estimate() + " ± " + e.se().getAsDouble()));
        // end snippet
        assertTrue(results.overall("safe_night").isPresent());
    }

    @Test
    void surveyStepByStep() {
        Path projectFile = SAMPLE;
        // snippet: survey
        Project project = Project.load(projectFile);
        SurveyRun run = SurveyRun.of(project);

        WeightingDiagnostics d = run.weighted().diagnostics();
        System.out.printf("%s: %d iterations, Kish %.3f, effective n %.0f%n",
                d.method(), d.iterations(), d.kish(), d.effectiveN());

        SurveyResults results = SurveyEstimation.run(run);
        for (Estimate e : results.by("safe_night", "district")) {
            System.out.printf("%-20s %5.1f %% [%5.1f, %5.1f] n=%d%n", e.domain(), 100 * e.estimate(),
                    100 * e.ci().orElseThrow().low(), 100 * e.ci().orElseThrow().high(), e.n());
        }
        // end snippet
        assertEquals(5, results.by("safe_night", "district").size());
    }

    @Test
    void tablesaw() {
        SurveyRun run = SurveyRun.of(Project.load(SAMPLE));
        // snippet: tablesaw
        SurveyResults results = SurveyEstimation.run(run);
        Table estimates = SurveyTables.estimates(results);           // one row per estimate
        Table byDistrict = estimates.where(estimates.stringColumn("indicator").isEqualTo("safe_night")
                .and(estimates.stringColumn("domain_var").isEqualTo("district")));
        System.out.println(byDistrict.selectColumns("domain", "estimate", "ci_low", "ci_high", "n").print());
        // end snippet
        assertEquals(5, byDistrict.rowCount());
    }

    @Test
    void tableInput() throws Exception {
        Project project = Project.load(SAMPLE);
        Table responses = Table.read().csv(SAMPLE.resolveSibling("survey.csv").toString());
        // snippet: table-input
        // responses: a Tablesaw Table with one row per respondent, e.g. from a database
        SurveyRun run = SurveyRun.of(project.survey().orElseThrow(), "my-tool", responses);
        SurveyResults results = SurveyEstimation.run(run);
        // end snippet
        assertEquals(SurveyEstimation.run(SurveyRun.of(project)).estimates().size(), results.estimates().size());
    }

    @Test
    void customReport() throws Exception {
        Path projectFile = SAMPLE;
        Path folder = tmp.resolve("custom");
        // snippet: custom-report
        Analysis analysis = Analysis.run(Project.load(projectFile));
        Chapter prevention = new Chapter() {
            @Override
            public String id() {
                return "praevention";
            }

            @Override
            public String title() {
                return "Präventionsangebote";
            }

            @Override
            public void write(Content c) {
                c.paragraph("Der Präventionsrat fördert seit 2023 die Schulwegbegleitung und das Nachtcafé.");
                c.table(de.lagebild.report.Table.builder("praevention-angebote", "Angebote 2024")
                        .columns(de.lagebild.report.Table.text("angebot", "Angebot"),
                                de.lagebild.report.Table.integer("teilnehmende", "Teilnehmende"))
                        .row("Schulwegbegleitung", 214)
                        .row("Nachtcafé", 1385)
                        .build());
            }
        };
        Report report = analysis.reportBuilder()
                .omit(Chapters.APPENDIX)                        // no appendix
                .addBefore(Chapters.METHODS, prevention)        // an own chapter before the Methodik
                .build();
        analysis.write(folder, report);
        // end snippet
        assertTrue(report.chapterIds().contains("praevention"));
        assertTrue(!report.chapterIds().contains(Chapters.APPENDIX));
        assertTrue(Files.exists(folder.resolve("tables/praevention-angebote.csv")));
    }

    @Test
    void errors() throws Exception {
        Path bad = tmp.resolve("lagebild.yaml");
        Files.writeString(bad, "municipality: {name: X, ags: \"14000000\"}\nsurvey: {file: nowhere.csv, id: id}\n");
        List<String> messages = new java.util.ArrayList<>();
        Path projectFile = bad;
        // snippet: errors
        try {
            Project project = Project.load(projectFile);
            SurveyRun.of(project);
        } catch (InputException e) {
            for (Problem p : e.problems()) {         // every problem, each with file, line, column or key
                System.err.println(p);
                messages.add(p.toString());
            }
        }
        // end snippet
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).contains("survey.file"), messages.toString());
    }

    @Test
    void wholeAnalysis() {
        Path projectFile = SAMPLE;
        Path folder = tmp.resolve("musterstadt");
        // snippet: analysis
        Analysis analysis = Analysis.run(Project.load(projectFile));
        List<String> files = analysis.write(folder);   // Sicherheitsanalyse.pdf, tables/*.csv, manifest.json
        // end snippet
        assertTrue(files.contains("Sicherheitsanalyse.pdf"));
        assertTrue(Files.exists(folder.resolve("manifest.json")));
    }
}
