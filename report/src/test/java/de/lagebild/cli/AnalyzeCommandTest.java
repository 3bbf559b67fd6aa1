package de.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lagebild.report.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lagebild analyze} on the survey-a test project. */
class AnalyzeCommandTest {
    @TempDir
    static Path dir;
    static Path project;
    static Path out;
    static int status;
    static String err;

    @BeforeAll
    static void analyze() throws IOException {
        project = dir.resolve("projekt");
        for (String r : List.of("/reference/survey-a/survey.csv", "/reference/survey-a/margin_sex_age.csv",
                "/reference/survey-a/margin_district.csv", "/survey-a/lagebild.yaml", "/survey-a/codebook.yaml")) {
            try (InputStream in = AnalyzeCommandTest.class.getResourceAsStream(r)) {
                Files.createDirectories(project);
                Files.copy(in, project.resolve(r.substring(r.lastIndexOf('/') + 1)), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        out = dir.resolve("out");
        StringWriter e = new StringWriter();
        status = Main.run(new String[] {"analyze", project.resolve("lagebild.yaml").toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(e));
        err = e.toString();
    }

    @Test
    void writesThePdfTheTablesAndTheManifest() {
        assertEquals(Main.OK, status, err);
        assertTrue(Files.isRegularFile(out.resolve("Sicherheitsanalyse.pdf")));
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
        assertTrue(Files.isRegularFile(out.resolve("tables/befragung-safe-night-district.csv")));
        assertTrue(err.contains("survey.csv: 1500 rows read, 1500 used, 0 rejected"), err);
        assertFalse(Files.exists(out.resolve("rejected_rows.csv")), "no respondent-level file in a report folder");
    }

    @Test
    void theManifestNamesInputsSettingsAccountsAndOutputs() throws IOException {
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(de.lagebild.Lagebild.version(), m.get("lagebild_version").asText());
        List<String> roles = new ArrayList<>();
        for (JsonNode in : m.get("inputs")) {
            roles.add(in.get("role").asText());
            Path f = project.resolve(in.get("file").asText());
            assertEquals(Manifest.sha256(f), in.get("sha256").asText(), in.toString());
            assertFalse(in.get("file").asText().startsWith("/"), "paths relative to the project");
        }
        assertEquals(List.of("project", "survey", "codebook", "margin", "margin"), roles);
        JsonNode s = m.get("settings");
        assertEquals(10, s.get("report").get("min_cell").asInt());
        assertEquals("2025-06-30", s.get("report").get("created").asText());
        assertEquals("raking", s.get("survey").get("weighting").get("method").asText());
        assertEquals(12, s.get("survey").get("indicators").size());
        assertEquals("q_safe_night", s.get("survey").get("indicators").get(0).get("variable").asText());
        assertEquals(3, m.get("row_accounting").size());
        assertEquals(1500, m.get("row_accounting").get(0).get("used").asInt());
        List<String> outputs = new ArrayList<>();
        for (JsonNode o : m.get("outputs")) {
            outputs.add(o.get("file").asText());
            assertEquals(Manifest.sha256(out.resolve(o.get("file").asText())), o.get("sha256").asText());
        }
        assertEquals("Sicherheitsanalyse.pdf", outputs.get(0));
        try (Stream<Path> t = Files.list(out.resolve("tables"))) {
            assertEquals(t.count(), outputs.size() - 1L, "every table listed");
        }
        String text = Files.readString(out.resolve("manifest.json"));
        assertFalse(text.contains(dir.toString()), "no absolute path");
        assertFalse(text.contains("\r"), "LF line ends");
    }

    @Test
    void aSecondRunWritesTheSameFiles() throws IOException {
        Path again = dir.resolve("again");
        int s = Main.run(new String[] {"analyze", project.resolve("lagebild.yaml").toString(), "--out", again.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(Main.OK, s);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path g = again.resolve(out.relativize(f).toString());
                assertTrue(Files.exists(g), g.toString());
                assertEquals(-1L, Files.mismatch(f, g), "differs: " + out.relativize(f));
            }
        }
    }

    @Test
    void aProjectWithoutSurveyIsBadInput() throws IOException {
        Path p = dir.resolve("leer");
        Files.createDirectories(p);
        Files.writeString(p.resolve("lagebild.yaml"), "municipality: {name: Leerstadt, ags: \"14000001\"}\n"
                + "report: {created: 2025-06-30}\n");
        StringWriter e = new StringWriter();
        int s = Main.run(new String[] {"analyze", p.resolve("lagebild.yaml").toString(), "--out",
            dir.resolve("leer-out").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(e));
        assertEquals(Main.BAD_INPUT, s, e.toString());
        assertTrue(e.toString().contains("survey"), e.toString());
        assertFalse(e.toString().contains("Exception"), "no stack trace: " + e);
        assertFalse(Files.exists(dir.resolve("leer-out").resolve("Sicherheitsanalyse.pdf")));
    }

    /** A project with only official statistics: the report has the crime chapters and no survey. */
    @Test
    void aProjectWithOnlyACrimePartIsAnalysed() throws IOException {
        Path sample = Path.of("").toAbsolutePath().getParent().resolve("samples/musterstadt");
        Path p = dir.resolve("nur-amtlich");
        for (String f : List.of("owi.csv", "population.csv", "population/12411-02-03-4_14524_14.csv",
                "pks/pks_musterstadt.csv")) {
            Files.createDirectories(p.resolve(f).getParent());
            Files.copy(sample.resolve(f), p.resolve(f));
        }
        try (Stream<Path> bka = Files.list(sample.resolve("pks"))) {
            for (Path b : bka.filter(x -> x.getFileName().toString().startsWith("bka_")).toList()) {
                Files.copy(b, p.resolve("pks").resolve(b.getFileName().toString()));
            }
        }
        String yaml = Files.readString(sample.resolve("lagebild.yaml"));
        yaml = yaml.substring(0, yaml.indexOf("survey:")) + yaml.substring(yaml.indexOf("crime:"));
        yaml = yaml.replaceAll("(?m)^  headline:.*\n", "");
        Files.writeString(p.resolve("lagebild.yaml"), yaml);
        Path target = dir.resolve("nur-amtlich-out");
        StringWriter e = new StringWriter();
        int s = Main.run(new String[] {"analyze", p.resolve("lagebild.yaml").toString(), "--out", target.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(e));
        assertEquals(Main.OK, s, e.toString());
        assertFalse(e.toString().contains("not in the report"), e.toString());
        assertTrue(e.toString().contains("pks/pks_musterstadt.csv: 90 rows read, 90 used, 0 rejected"), e.toString());
        assertTrue(Files.isRegularFile(target.resolve("tables/kriminalitaet-insgesamt.csv")));
        assertTrue(Files.isRegularFile(target.resolve("tables/handlungsfelder-uebersicht.csv")));
        try (Stream<Path> t = Files.list(target.resolve("tables"))) {
            assertTrue(t.noneMatch(x -> x.getFileName().toString().startsWith("befragung-")), "no survey table");
        }
        JsonNode m = new ObjectMapper().readTree(target.resolve("manifest.json").toFile());
        assertEquals("crime", m.get("parts").get(0).asText());
        assertEquals(1, m.get("parts").size());
        assertEquals(10, m.get("inputs").size(), "project, 6 PKS, OWI, 2 population files");
        assertEquals(9, m.get("row_accounting").size());
        String csv = Files.readString(target.resolve("tables/handlungsfelder-uebersicht.csv"));
        assertTrue(csv.contains("keine Daten"), "no survey: no subjective figures\n" + csv);
    }
}
