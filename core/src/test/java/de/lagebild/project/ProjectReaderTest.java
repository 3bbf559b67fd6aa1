package de.lagebild.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.project.SurveySpec.VarianceMethod;
import de.lagebild.project.WeightingSpec.Method;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project file is checked when it is read: every problem named with its key path and line,
 * all problems of a file at once.
 */
class ProjectReaderTest {
    @TempDir
    Path dir;

    /** A valid project; tests replace parts of it. Line numbers are referred to in assertions. */
    static final String VALID = """
            municipality:
              name: Musterstadt
              ags: "14523999"
              benchmarks:
                - {name: "Landkreis Zwickau", ags: "14524"}
                - {name: Sachsen, ags: "14"}
            survey:
              file: survey.csv
              codebook: codebook.yaml
              id: id
              missing: [8, 9]
              recode:
                sex_cal: {from: sex, map: {m: m, w: w, d: w}}
              design:
                strata: district
                weights: dw
                fpc: N_h
              weighting:
                method: raking
                margins:
                  - {variables: [sex_cal], file: margin_sex.csv, columns: {sex_cal: sex}, count: N}
                  - {variables: [district], file: margin_district.csv, count: N}
                bounds: [0.5, 2.0]
                trim: {upper: 2.5, relative_to: mean, strict: true}
                max_iterations: 200
                tolerance: 1.0e-10
              variance: bootstrap
              replicates: 50
              seed: 7
              indicators:
                - {name: safe_night, label: "Sicher nachts", type: proportion, variable: q, valid: [1, 2, 3, 4], success: [1, 2], ci: beta}
                - {name: worry, type: mean, variable: q, valid: [1, 2, 3, 4]}
              domains: [district]
              crosstabs:
                - {row: safe_night, column: sex_cal}
            report:
              title: "Sicherheitsanalyse Musterstadt 2025"
              min_cell: 5
              created: 2025-06-30
            """;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("survey.csv"), "id,district,sex,dw,N_h,q\n1,a,m,10,100,1\n");
        Files.writeString(dir.resolve("margin_sex.csv"), "sex,N\nm,50\nw,50\n");
        Files.writeString(dir.resolve("margin_district.csv"), "district,N\na,100\n");
        Files.writeString(dir.resolve("codebook.yaml"), "variables:\n  q: {values: {1: a, 2: b, 3: c, 4: d}}\n");
    }

    private Path write(String yaml) throws IOException {
        Path p = dir.resolve("lagebild.yaml");
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        return p;
    }

    private static String replace(String yaml, String from, String to) {
        if (!yaml.contains(from)) {
            fail("the test's project has no " + from);
        }
        return yaml.replace(from, to);
    }

    private InputException problems(String yaml) throws IOException {
        Path p = write(yaml);
        return assertThrows(InputException.class, () -> Project.load(p));
    }

    /** The one problem with the given key, failing when there is none or several. */
    private static Problem withKey(InputException e, String key) {
        List<Problem> ps = e.problems().stream().filter(p -> key.equals(p.key())).toList();
        assertEquals(1, ps.size(), "problems with key " + key + " in:\n" + e.getMessage());
        return ps.get(0);
    }

    private String name() {
        return dir.resolve("lagebild.yaml").toString();
    }

    @Test
    void headlineNamesASurveyIndicatorOrDefaultsToTheNightTimeSafetyItem() throws IOException {
        Project named = Project.load(write(replace(VALID, "  min_cell: 5", "  min_cell: 5\n  headline: worry")));
        assertEquals(Optional.of("worry"), named.report().headline());
        assertEquals(Optional.of("worry"), named.report().headlineOf(named.survey().orElseThrow().indicators()));
        Project plain = Project.load(write(VALID));
        assertEquals(Optional.empty(), plain.report().headline());
        List<IndicatorSpec> inds = plain.survey().orElseThrow().indicators();
        // "Sicher nachts": the label speaks of safety at night
        assertEquals(Optional.of("safe_night"), plain.report().headlineOf(List.of(inds.get(1), inds.get(0))));
        assertEquals(Optional.of("worry"), plain.report().headlineOf(List.of(inds.get(1))), "else the first");
        Problem p = withKey(problems(replace(VALID, "  min_cell: 5", "  min_cell: 5\n  headline: safe_nite")),
                "report.headline");
        assertTrue(p.message().contains("safe_night, worry"), p.message());
    }

    @Test
    void validProjectIsRead() throws IOException {
        Project p = Project.load(write(VALID));
        assertEquals("Musterstadt", p.municipality().name());
        assertEquals("14523999", p.municipality().ags());
        assertEquals(2, p.municipality().benchmarks().size());
        SurveySpec s = p.survey().orElseThrow();
        assertEquals(dir.resolve("survey.csv"), s.file());
        assertEquals("survey.csv", s.fileName());
        assertEquals(Optional.of(dir.resolve("codebook.yaml")), s.codebook());
        assertEquals(List.of("8", "9"), s.missing());
        WeightingSpec w = s.weighting();
        assertEquals(Method.RAKING, w.method());
        assertEquals(0.5, w.lowerBound());
        assertEquals(2.0, w.upperBound());
        assertEquals(200, w.maxIterations());
        assertEquals(1e-10, w.tolerance());
        assertEquals("sex", w.margins().get(0).columnFor("sex_cal"));
        assertEquals(new WeightingSpec.TrimSpec(Double.NEGATIVE_INFINITY, 2.5, true, true), w.trim().orElseThrow());
        assertEquals(VarianceMethod.BOOTSTRAP, s.variance().method());
        assertEquals(50, s.variance().replicates());
        assertEquals(7, s.variance().seed());
        assertEquals(IndicatorSpec.CiMethod.BETA, s.indicators().get(0).ci());
        assertEquals(IndicatorSpec.CiMethod.WALD, s.indicators().get(1).ci());
        assertEquals(java.time.LocalDate.of(2025, 6, 30), p.report().created());
    }

    @Test
    void jsonIsYamlToo() throws IOException {
        String json = """
                {"municipality": {"name": "Musterstadt", "ags": "14523999"},
                 "survey": {"file": "survey.csv", "id": "id"}}
                """;
        Project p = Project.load(write(json));
        assertEquals(Method.NONE, p.survey().orElseThrow().weighting().method());
    }

    @Test
    void unknownKeyIsNamedWithLineAndSuggestion() throws IOException {
        InputException e = problems(replace(VALID, "    max_iterations: 200", "    max_iteration: 200"));
        Problem p = withKey(e, "survey.weighting.max_iteration");
        assertEquals(25, p.line());
        assertTrue(p.toString().startsWith(name() + " line 25, survey.weighting.max_iteration: is not a known key"
                + " (did you mean max_iterations?); known keys here: bounds, margins"), p.toString());
        // at the top level and in list items too
        InputException top = problems(VALID + "reprot: {}\n");
        assertTrue(withKey(top, "reprot").message().contains("(did you mean report?)"), top.getMessage());
        InputException item = problems(replace(VALID, "type: mean, variable: q,", "typ: mean, variable: q,"));
        Problem ip = withKey(item, "survey.indicators[2].typ");
        assertEquals(32, ip.line());
        assertTrue(ip.message().contains("did you mean type?"), ip.toString());
        // a key far from every known one gets no suggestion
        InputException far = problems(replace(VALID, "  min_cell: 5", "  completely_different: 5"));
        assertTrue(!withKey(far, "report.completely_different").message().contains("did you mean"), far.getMessage());
    }

    @Test
    void severalProblemsAreReportedAtOnce() throws IOException {
        String yaml = replace(VALID, "  ags: \"14523999\"", "  ags: \"1452\"");
        yaml = replace(yaml, "  variance: bootstrap", "  variance: jackknife");
        yaml = replace(yaml, "    max_iterations: 200", "    max_iterations: 0");
        yaml = replace(yaml, "  min_cell: 5", "  min_cel: 5");
        InputException e = problems(yaml);
        withKey(e, "municipality.ags");
        withKey(e, "survey.variance");
        withKey(e, "survey.weighting.max_iterations");
        withKey(e, "report.min_cel");
        assertEquals(4, e.problems().size(), e.getMessage());
        assertEquals(4, e.getMessage().split("\n").length, "one line per problem:\n" + e.getMessage());
    }

    @Test
    void missingRequiredKeys() throws IOException {
        String yaml = replace(VALID, "  name: Musterstadt\n", "");
        yaml = replace(yaml, "  file: survey.csv\n", "");
        yaml = replace(yaml, "  id: id\n", "");
        InputException e = problems(yaml);
        assertEquals(name() + " line 2, municipality.name: is required in municipality",
                withKey(e, "municipality.name").toString());
        assertTrue(withKey(e, "survey.file").message().startsWith("is required"), e.getMessage());
        assertTrue(withKey(e, "survey.id").message().startsWith("is required"), e.getMessage());
        assertEquals(3, e.problems().size(), e.getMessage());
        // an empty value is not a value
        InputException empty = problems(replace(VALID, "  id: id\n", "  id: \"\"\n"));
        assertTrue(withKey(empty, "survey.id").message().contains("must not be empty"), empty.getMessage());
        InputException noMun = problems(VALID.substring(VALID.indexOf("survey:")));
        assertTrue(withKey(noMun, "municipality").message().startsWith("is required"), noMun.getMessage());
    }

    @Test
    void agsIsValidated() throws IOException {
        for (String bad : new String[] {"1452399", "145239990", "1452399x", "14 523 999"}) {
            InputException e = problems(replace(VALID, "ags: \"14523999\"", "ags: \"" + bad + "\""));
            Problem p = withKey(e, "municipality.ags");
            assertEquals(3, p.line());
            assertTrue(p.message().contains("8-digit Amtlicher Gemeindeschlüssel") && p.message().contains(bad),
                    p.toString());
        }
        // the 12-digit ARS is accepted
        Project.load(write(replace(VALID, "ags: \"14523999\"", "ags: \"145235555999\"")));
        InputException bench = problems(replace(VALID, "ags: \"14524\"", "ags: \"1452\""));
        assertTrue(withKey(bench, "municipality.benchmarks[1].ags").message().contains("\"1452\""),
                bench.getMessage());
    }

    @Test
    void logitWithoutBoundsIsReportedWhenTheProjectIsRead() throws IOException {
        String yaml = replace(VALID, "    method: raking", "    method: logit");
        yaml = replace(yaml, "    bounds: [0.5, 2.0]\n", "");
        InputException e = problems(yaml);
        Problem p = withKey(e, "survey.weighting.bounds");
        assertTrue(p.message().contains("logit calibration requires bounds"), p.toString());
        assertTrue(p.line() == 18 || p.line() == 19, "the line of the weighting mapping, where bounds is missing: " + p);
        // infinite bounds are no bounds
        InputException inf = problems(replace(replace(VALID, "    method: raking", "    method: logit"),
                "bounds: [0.5, 2.0]", "bounds: [0.5, .inf]"));
        assertTrue(withKey(inf, "survey.weighting.bounds").message().contains("logit calibration requires bounds"),
                inf.getMessage());
    }

    @Test
    void boundsMustEncloseOne() throws IOException {
        for (String b : new String[] {"[1.0, 2.0]", "[0.5, 1]", "[1.5, 2.0]", "[2.0, 0.5]"}) {
            InputException e = problems(replace(VALID, "bounds: [0.5, 2.0]", "bounds: " + b));
            Problem p = withKey(e, "survey.weighting.bounds");
            assertTrue(p.message().contains("must enclose 1"), p.toString());
            assertEquals(23, p.line());
        }
        InputException three = problems(replace(VALID, "bounds: [0.5, 2.0]", "bounds: [0.5, 1.5, 2.0]"));
        assertTrue(withKey(three, "survey.weighting.bounds").message().contains("two numbers"), three.getMessage());
        InputException text = problems(replace(VALID, "bounds: [0.5, 2.0]", "bounds: [0.5, zwei]"));
        assertTrue(text.getMessage().contains("\"zwei\" is not a number"), text.getMessage());
        InputException ps = problems(replace(VALID, "    method: raking", "    method: poststratify"));
        assertTrue(ps.getMessage().contains("apply to raking, linear and logit calibration only"), ps.getMessage());
    }

    @Test
    void poststratifyNeedsExactlyOneMargin() throws IOException {
        String yaml = replace(VALID, "    method: raking", "    method: poststratify");
        yaml = replace(yaml, "    bounds: [0.5, 2.0]\n", "");
        InputException e = problems(yaml);
        Problem p = withKey(e, "survey.weighting.margins");
        assertTrue(p.message().contains("poststratify needs exactly one margin"), p.toString());
        assertEquals(20, p.line());
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void trimNeedsRelativeTo() throws IOException {
        InputException e = problems(replace(VALID, "trim: {upper: 2.5, relative_to: mean, strict: true}",
                "trim: {upper: 2.5, strict: true}"));
        Problem p = withKey(e, "survey.weighting.trim.relative_to");
        assertTrue(p.message().startsWith("is required: mean") && p.message().contains("absolute"), p.toString());
        assertEquals(24, p.line());
        InputException lohi = problems(replace(VALID, "trim: {upper: 2.5,", "trim: {upper: 2.5, lower: 3,"));
        assertTrue(withKey(lohi, "survey.weighting.trim.lower").message().contains("must be below upper"),
                lohi.getMessage());
    }

    @Test
    void nonexistentFilesAreNamedWithTheirKey() throws IOException {
        String yaml = replace(VALID, "file: survey.csv", "file: umfrage.csv");
        yaml = replace(yaml, "file: margin_district.csv", "file: margins/district.csv");
        yaml = replace(yaml, "codebook: codebook.yaml", "codebook: kb.yaml");
        InputException e = problems(yaml);
        Problem s = withKey(e, "survey.file");
        assertEquals(8, s.line());
        assertTrue(s.message().startsWith("the file umfrage.csv does not exist"), s.toString());
        Problem m = withKey(e, "survey.weighting.margins[2].file");
        assertEquals(22, m.line());
        assertTrue(m.message().startsWith("the file margins/district.csv does not exist"), m.toString());
        Problem c = withKey(e, "survey.codebook");
        assertTrue(c.message().startsWith("the file kb.yaml does not exist"), c.toString());
        assertEquals(3, e.problems().size(), e.getMessage());
        Files.createDirectory(dir.resolve("ordner"));
        InputException f = problems(replace(VALID, "file: survey.csv", "file: ordner"));
        assertTrue(withKey(f, "survey.file").message().contains("ordner is a folder, not a file"), f.getMessage());
    }

    @Test
    void yamlSyntaxErrorNamesItsLine() throws IOException {
        InputException e = problems(replace(VALID, "  id: id\n", "  id: [id\n"));
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertTrue(p.message().startsWith("is not valid YAML"), p.toString());
        assertEquals(11, p.line(), "the line where the list [id breaks off: " + p);
        assertTrue(p.message().contains("starts on line 10"), p.toString());
        assertTrue(!e.getMessage().contains("\n"), "one line per problem: " + e.getMessage());
        InputException tab = problems("municipality:\n\tname: x\n");
        assertEquals(2, tab.problems().get(0).line(), tab.getMessage());
        assertTrue(tab.getMessage().contains("TAB"), tab.getMessage());
        InputException quote = problems("municipality:\n  name: \"Muster\n  ags: x\n");
        assertTrue(quote.getMessage().contains("starts on line 2"), quote.getMessage());
        InputException empty = problems("");
        assertEquals(name() + ": is empty", empty.getMessage());
    }

    @Test
    void duplicateYamlKeyIsReported() throws IOException {
        InputException e = problems(replace(VALID, "  id: id\n", "  id: id\n  id: nr\n"));
        Problem p = withKey(e, "survey.id");
        assertEquals(11, p.line());
        assertTrue(p.message().contains("is given twice (first on line 10)"), p.toString());
    }

    @Test
    void replicatesAreAcceptedWithEveryVarianceMethod() throws IOException {
        // the contract's own example (shared/spec/project-file.md) gives replicates and seed beside
        // variance: linearization: they apply to the bootstrap only and are accepted elsewhere
        Path f = write(replace(VALID, "  variance: bootstrap", "  variance: jkn"));
        assertEquals(VarianceMethod.JKN, Project.load(f).survey().orElseThrow().variance().method());
    }

    @Test
    void crosstabRowMustDifferFromColumn() throws IOException {
        InputException e = problems(replace(VALID, "{row: safe_night, column: sex_cal}", "{row: sex_cal, column: sex_cal}"));
        Problem p = withKey(e, "survey.crosstabs[1].column");
        assertTrue(p.message().contains("must differ from row"), p.toString());
        assertEquals(35, p.line());
    }

    @Test
    void proportionNeedsSuccess() throws IOException {
        InputException e = problems(replace(VALID, " success: [1, 2],", ""));
        Problem p = withKey(e, "survey.indicators[1].success");
        assertTrue(p.message().contains("is required for a proportion"), p.toString());
        InputException meanSuccess = problems(replace(VALID, "valid: [1, 2, 3, 4]}", "valid: [1, 2, 3, 4], success: [1]}"));
        assertTrue(withKey(meanSuccess, "survey.indicators[2].success").message().contains("proportions only"),
                meanSuccess.getMessage());
        InputException ci = problems(replace(VALID, "valid: [1, 2, 3, 4]}", "valid: [1, 2, 3, 4], ci: logit}"));
        assertTrue(withKey(ci, "survey.indicators[2].ci").message().contains("intervals are for proportions"),
                ci.getMessage());
    }

    @Test
    void unknownVarianceMethodListsTheAllowedWords() throws IOException {
        InputException e = problems(replace(VALID, "  variance: bootstrap", "  variance: jackknife"));
        Problem p = withKey(e, "survey.variance");
        assertEquals(27, p.line());
        // the message lists every word, always in the same order (a message must not change between runs)
        assertEquals("must be one of bootstrap, jk1, jkn, linearization, not \"jackknife\"", p.message());
        InputException m = problems(replace(VALID, "    method: raking", "    method: ipf"));
        assertEquals("must be one of linear, logit, none, poststratify, raking, not \"ipf\"",
                withKey(m, "survey.weighting.method").message());
        // words are case-insensitive
        Project.load(write(replace(VALID, "  variance: bootstrap", "  variance: Bootstrap")));
    }

    @Test
    void otherChecksOfTheSurveyPart() throws IOException {
        InputException dom = problems(replace(VALID, "domains: [district]", "domains: [district, district]"));
        assertTrue(withKey(dom, "survey.domains").message().contains("lists district twice"), dom.getMessage());
        InputException ind = problems(replace(VALID, "{name: worry,", "{name: safe_night,"));
        assertTrue(withKey(ind, "survey.indicators[2].name").message().contains("names two indicators"),
                ind.getMessage());
        InputException col = problems(replace(VALID, "columns: {sex_cal: sex}", "columns: {sex: sex}"));
        assertTrue(withKey(col, "survey.weighting.margins[1].columns").message().contains("maps sex"),
                col.getMessage());
        InputException none = problems(replace(replace(VALID, "    method: raking", "    method: none"),
                "    bounds: [0.5, 2.0]\n", ""));
        assertTrue(withKey(none, "survey.weighting.margins").message().contains("not used with method none"),
                none.getMessage());
        InputException noMargins = problems(replace(VALID, """
                    margins:
                      - {variables: [sex_cal], file: margin_sex.csv, columns: {sex_cal: sex}, count: N}
                      - {variables: [district], file: margin_district.csv, count: N}
                """, ""));
        assertTrue(withKey(noMargins, "survey.weighting.margins").message().contains("are required for raking"),
                noMargins.getMessage());
        InputException recode = problems(replace(VALID, "{from: sex, map: {m: m, w: w, d: w}}",
                "{from: sex, breaks: [16, 30, 25], labels: [a, b]}"));
        assertTrue(withKey(recode, "survey.recode.sex_cal.labels").message().contains("one label per break"),
                recode.getMessage());
        assertTrue(withKey(recode, "survey.recode.sex_cal.breaks").message().contains("strictly ascending"),
                recode.getMessage());
        InputException created = problems(replace(VALID, "created: 2025-06-30", "created: 30.06.2025"));
        assertTrue(withKey(created, "report.created").message().contains("YYYY-MM-DD"), created.getMessage());
        InputException nothing = problems("municipality: {name: X, ags: \"14523999\"}\n");
        assertTrue(nothing.getMessage().contains("a project needs a survey: part, a crime: part, or both"),
                nothing.getMessage());
    }

    @Test
    void seedsAndWholeNumbersAreTakenExactly() throws IOException {
        // a seed beyond 2^53 must not be rounded through a double: same seed, same numbers
        Project p = Project.load(write(replace(VALID, "  seed: 7", "  seed: 9007199254740993")));
        assertEquals(9007199254740993L, p.survey().orElseThrow().variance().seed());
        Project q = Project.load(write(replace(VALID, "  seed: 7", "  seed: -20240101")));
        assertEquals(-20240101L, q.survey().orElseThrow().variance().seed());
        InputException big = problems(replace(VALID, "  seed: 7", "  seed: 99999999999999999999"));
        assertTrue(withKey(big, "survey.seed").message().startsWith("must be between"), big.getMessage());
        InputException frac = problems(replace(VALID, "  replicates: 50", "  replicates: 50.5"));
        assertEquals("must be a whole number, not 50.5", withKey(frac, "survey.replicates").message());
        Project e = Project.load(write(replace(VALID, "  replicates: 50", "  replicates: 1e3")));
        assertEquals(1000, e.survey().orElseThrow().variance().replicates());
    }
}
