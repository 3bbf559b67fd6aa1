package de.lagebild.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.survey.Estimate;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cohort files: both variants, their checks, and the row filter that reads one municipality's rows
 * of a shared table (metamorphic: survey-a's rows mixed with another municipality's rows give
 * survey-a's weights and estimates exactly).
 */
class CohortReaderTest {
    @TempDir
    Path dir;

    private static final String SURVEY_PART = """
              file: survey.csv
              id: id
              missing: [8, 9]
              recode:
                sex_cal: {from: sex, map: {m: m, w: w, d: w}}
              design: {strata: district, weights: dw, fpc: N_h}
              weighting:
                method: raking
                margins:
                  - {variables: [sex_cal, agegrp], file: margin_sex_age.csv, columns: {sex_cal: sex}, count: N}
                  - {variables: [district], file: margin_district.csv, count: N}
              indicators:
                - {name: safe_night, type: proportion, variable: q_safe_night, valid: [1, 2, 3, 4], success: [1, 2]}
                - {name: worry_assault, type: mean, variable: worry_assault, valid: [1, 2, 3, 4, 5]}
              domains: [district, agegrp]
            """;

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/reference/survey-a/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** survey-a as a project folder. */
    private Path project(Path folder, String name, String ags) throws IOException {
        Files.createDirectories(folder);
        for (String f : List.of("survey.csv", "margin_sex_age.csv", "margin_district.csv")) {
            Files.writeString(folder.resolve(f), resource(f));
        }
        Path p = folder.resolve("lagebild.yaml");
        Files.writeString(p, "municipality: {name: " + name + ", ags: \"" + ags + "\"}\nsurvey:\n"
                + SURVEY_PART
                + "report: {created: 2025-06-30}\n");
        return p;
    }

    /**
     * survey-a twice in one table: every line of municipality A followed by a line of B (B's ids
     * prefixed), with a first column gemeinde; the margins likewise.
     */
    private void sharedTables(Path folder) throws IOException {
        Files.createDirectories(folder);
        mix(folder, "survey.csv", true);
        mix(folder, "margin_sex_age.csv", false);
        mix(folder, "margin_district.csv", false);
    }

    private void mix(Path folder, String name, boolean ids) throws IOException {
        List<String> lines = resource(name).lines().toList();
        List<String> out = new ArrayList<>();
        out.add("gemeinde," + lines.get(0));
        for (String l : lines.subList(1, lines.size())) {
            out.add("A," + l);
            out.add("B," + (ids ? "B" + l : l));
        }
        Files.write(folder.resolve(name), out, StandardCharsets.UTF_8);
    }

    @Test
    void cohortOfProjectFiles() throws IOException {
        project(dir.resolve("nord"), "Nordstadt", "14524001");
        project(dir.resolve("sued"), "Südstadt", "14524002");
        Path c = dir.resolve("cohort.yaml");
        Files.writeString(c, """
                cohort:
                  name: Testbund
                  created: 2025-06-30
                  compare: {indicator: safe_night, year: 2024, seed: 7}
                municipalities:
                  - nord/lagebild.yaml
                  - {project: sued, id: s}
                """);
        Cohort cohort = Cohort.load(c);
        assertEquals("Testbund", cohort.name());
        assertEquals("Sicherheitsanalysen im Vergleich: Testbund", cohort.title());
        assertEquals(List.of("nord", "s"), cohort.members().stream().map(Cohort.Member::id).toList());
        assertEquals("Südstadt", cohort.members().get(1).load().municipality().name());
        assertEquals(2024, cohort.comparison().year().getAsInt());
        assertEquals("safe_night", cohort.comparison().indicator().orElseThrow());
        assertEquals("", cohort.members().get(0).settings());
    }

    @Test
    void cohortFileProblemsAreAllReportedWithKeyAndLine() throws IOException {
        project(dir.resolve("nord"), "Nordstadt", "14524001");
        Path c = dir.resolve("cohort.yaml");
        Files.writeString(c, """
                cohort:
                  name: Testbund
                  compare: {indikator: safe_night, crime_key: "12"}
                municipalities:
                  - nord/lagebild.yaml
                  - nord
                  - fehlt/lagebild.yaml
                extra: 1
                """);
        InputException e = assertThrows(InputException.class, () -> Cohort.load(c));
        List<String> msgs = e.problems().stream().map(Problem::toString).toList();
        assertTrue(msgs.stream().anyMatch(m -> m.contains("cohort.compare.indikator") && m.contains("line 3")
                && m.contains("did you mean indicator")), msgs.toString());
        assertTrue(msgs.stream().anyMatch(m -> m.contains("crime_key")), msgs.toString());
        assertTrue(msgs.stream().anyMatch(m -> m.contains("fehlt/lagebild.yaml does not exist") && m.contains("line 7")),
                msgs.toString());
        assertTrue(msgs.stream().anyMatch(m -> m.contains("folder nord") && m.contains("line 6")), msgs.toString());
        assertTrue(msgs.stream().anyMatch(m -> m.contains("extra") && m.contains("not a known key")), msgs.toString());
    }

    @Test
    void aBrokenProjectFileConcernsItsMunicipalityOnly() throws IOException {
        Path p = project(dir.resolve("nord"), "Nordstadt", "14524001");
        Files.writeString(p, Files.readString(p).replace("domains:", "domian:"));
        Path c = dir.resolve("cohort.yaml");
        Files.writeString(c, "cohort: {name: T}\nmunicipalities: [nord/lagebild.yaml]\n");
        Cohort cohort = Cohort.load(c); // the cohort file is fine
        InputException e = assertThrows(InputException.class, () -> cohort.members().get(0).load());
        assertTrue(e.problems().get(0).toString().contains("domian"), e.problems().toString());
    }

    @Test
    void sharedTablesGiveEachMunicipalityItsOwnRowsExactly() throws IOException {
        Path alone = project(dir.resolve("alone"), "Nordstadt", "14524001");
        sharedTables(dir.resolve("shared"));
        Path c = dir.resolve("shared/cohort.yaml");
        Files.writeString(c, "cohort: {name: Testbund, created: 2025-06-30}\nshared:\n  column: gemeinde\n  survey:\n"
                + SURVEY_PART.lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n")
                + "  report: {title: \"Analyse {name}\", created: 2025-06-30}\n"
                + "municipalities:\n"
                + "  - {name: Nordstadt, ags: \"14524001\", code: A}\n"
                + "  - {name: Südstadt, ags: \"14524002\", code: B, benchmarks: [{name: Sachsen, ags: \"14\"}]}\n");
        Cohort cohort = Cohort.load(c);
        assertEquals(List.of("nordstadt", "suedstadt"), cohort.members().stream().map(Cohort.Member::id).toList());
        Project a = cohort.members().get(0).load();
        Project b = cohort.members().get(1).load();
        assertEquals("Analyse Nordstadt", a.report().title());
        assertEquals(new RowFilter("gemeinde", "A"), a.survey().orElseThrow().rows().orElseThrow());
        assertEquals(new RowFilter("gemeinde", "A"), a.survey().orElseThrow().weighting().margins().get(1).rows()
                .orElseThrow());
        assertEquals(1, b.municipality().benchmarks().size());
        SurveyRun ra = SurveyRun.of(a);
        SurveyRun rb = SurveyRun.of(b);
        SurveyRun r0 = SurveyRun.of(Project.load(alone));
        assertArrayEquals(r0.weighted().weights(), ra.weighted().weights(), 1e-9);
        assertArrayEquals(r0.weighted().weights(), rb.weighted().weights(), 1e-9);
        Estimate e0 = SurveyEstimation.run(r0).overall("safe_night").orElseThrow();
        Estimate ea = SurveyEstimation.run(ra).overall("safe_night").orElseThrow();
        assertEquals(e0.estimate(), ea.estimate(), 1e-12);
        assertEquals(e0.se().getAsDouble(), ea.se().getAsDouble(), 1e-12);
        assertEquals(r0.read().account().read(), ra.read().account().read()); // the other rows are not counted
        // metamorphic: pooling two independent surveys with identical data keeps the estimate and divides
        // the variance by two (each survey's influence values are halved, and there are two of them)
        IndicatorSpec ind = a.survey().get().indicators().get(0);
        Estimate pooled = SurveyEstimation.pooled(List.of(ra.weighted(), rb.weighted()), ind);
        assertEquals(e0.estimate(), pooled.estimate(), 1e-12);
        assertEquals(e0.se().getAsDouble() / Math.sqrt(2), pooled.se().getAsDouble(), 1e-12);
        assertEquals(2 * e0.n(), pooled.n());
        assertTrue(!cohort.members().get(0).settings().equals(cohort.members().get(1).settings()));
    }

    @Test
    void filteredRowsKeepTheirLineNumbersInMessages() throws IOException {
        sharedTables(dir.resolve("shared"));
        Path s = dir.resolve("shared/survey.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(s));
        lines.set(4, lines.get(4).replace(",19.2943143812709,", ",-1,")); // line 5: a row of municipality B
        Files.write(s, lines);
        Path c = dir.resolve("shared/cohort.yaml");
        Files.writeString(c, "cohort: {name: T}\nshared:\n  column: gemeinde\n  survey:\n"
                + SURVEY_PART.lines().map(l -> "  " + l).reduce("", (x, y) -> x + y + "\n")
                + "municipalities:\n  - {name: Nordstadt, ags: \"14524001\", code: A}\n"
                + "  - {name: Südstadt, ags: \"14524002\", code: B}\n  - {name: Weststadt, ags: \"14524003\","
                + " code: C}\n");
        Cohort cohort = Cohort.load(c);
        SurveyRun.of(cohort.members().get(0).load()); // A does not see B's bad row
        InputException e = assertThrows(InputException.class, () -> SurveyRun.of(cohort.members().get(1).load()));
        assertTrue(e.problems().get(0).toString().contains("survey.csv line 5"), e.problems().toString());
        InputException none = assertThrows(InputException.class, () -> SurveyRun.of(cohort.members().get(2).load()));
        assertTrue(none.problems().stream().anyMatch(p -> p.toString().contains("no rows where gemeinde = \"C\"")),
                none.problems().toString());
    }

    @Test
    void aProjectFileCanReadOneMunicipalitysRows() throws IOException {
        sharedTables(dir.resolve("shared"));
        Path p = dir.resolve("shared/b.yaml");
        String survey = SURVEY_PART.replace("  file: survey.csv\n", "  file: survey.csv\n  rows: {column: gemeinde,"
                + " equals: B}\n").replace("count: N}", "count: N, rows: {column: gemeinde, equals: B}}");
        Files.writeString(p, "municipality: {name: Südstadt, ags: \"14524002\"}\nsurvey:\n" + survey);
        Project project = Project.load(p);
        assertEquals("B", project.survey().orElseThrow().rows().orElseThrow().value());
        assertEquals(Files.readAllLines(dir.resolve("shared/survey.csv")).size() / 2,
                SurveyRun.of(project).read().account().read());
    }
}
