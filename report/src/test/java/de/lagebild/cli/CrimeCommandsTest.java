package de.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lagebild crime} and {@code lagebild check} on the core's test project and the real BKA table. */
class CrimeCommandsTest {
    static final String BKA = "KR-F-01-T01-Kreise-Faelle-HZ_csv_2022.csv";
    @TempDir
    Path dir;
    Path project;
    Path bka;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private void copy(String resource, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }

    @BeforeEach
    void fixtures() throws IOException {
        // the layout of the core's test resources: crime/musterstadt/lagebild.yaml names ../../pks/<BKA table>
        for (String f : List.of("lagebild.yaml", "pks_musterstadt.csv", "population.csv",
                "population_genesis_flat.csv", "owi.csv")) {
            copy("/crime/musterstadt/" + f, dir.resolve("crime/musterstadt/" + f));
        }
        bka = dir.resolve("pks/" + BKA);
        copy("/pks/" + BKA, bka);
        project = dir.resolve("crime/musterstadt/lagebild.yaml");
    }

    @Test
    void crimeWritesTheTables() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("crime", project.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("../../pks/" + BKA + ": 16400 rows read, 16400 used, 0 rejected"), r.out());
        List<String> lines = Files.readAllLines(out.resolve("crime_indicators.csv"), StandardCharsets.UTF_8);
        assertEquals("area,ags,year,key,label,cases,attempts,cleared,aq,hz,suspects,tvbz", lines.get(0));
        assertTrue(lines.contains("Musterstadt,14524999,2022,------,Straftaten insgesamt,1874,112,1093,"
                + "58.32443970117396,9277.227722772277,802,4311.8279569892475"));
        for (String f : List.of("owi_indicators.csv", "crime_trends.csv", "crime_benchmarks.csv",
                "crime_structure.csv", "fields_of_action.csv", "field_indicators.csv", "crime_sources.csv",
                "crime_rejected.csv")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
    }

    @Test
    void crimeStopsOnADamagedRowAndWritesNothing() throws IOException {
        damage();
        Path out = dir.resolve("out");
        Run r = run("crime", project.toString(), "--out", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("../../pks/" + BKA + " line 356, column Aufklaerungsquote: \"61.3\" does not"
                + " match cleared / cases x 100 = 61.2"), r.err());
        assertTrue(r.err().contains("crime.invalid_rows: is error (the default)"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out.resolve("crime_indicators.csv")));
    }

    @Test
    void crimeLeavesOutRejectedRowsWhenToldTo() throws IOException {
        damage();
        Files.writeString(project, Files.readString(project).replace("crime:\n", "crime:\n  invalid_rows: reject\n"));
        Path out = dir.resolve("out");
        Run r = run("crime", project.toString(), "--out", out.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("1 row(s) rejected and left out"), r.err());
        List<String> rejected = Files.readAllLines(out.resolve("crime_rejected.csv"));
        assertEquals(2, rejected.size());
        assertTrue(rejected.get(1).startsWith("../../pks/" + BKA + ",356,Aufklaerungsquote,61.3,\"does not match"),
                rejected.get(1));
    }

    private void damage() throws IOException {
        String text = Files.readString(bka, StandardCharsets.ISO_8859_1);
        Files.writeString(bka, text.replace("14522;Mittelsachsen;LK;10,957;", "14522;Mittelsachsen;LK;10,975;"),
                StandardCharsets.ISO_8859_1);
    }

    @Test
    void checkReportsWhatItRead() {
        Run r = run("check", bka.toString(), "--kind", "pks");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("years: 2022"), r.out());
        assertTrue(r.out().contains("areas: 400 (01001 Flensburg,"), r.out());
        assertTrue(r.out().contains("offence keys: 41 (------, 111000,"), r.out());
        assertTrue(r.out().contains("rows: 16400 read, 16400 used, 0 rejected"), r.out());
        assertTrue(r.out().contains("OK: every row can be used."), r.out());
    }

    @Test
    void checkReportsDamageWithLineAndReason() throws IOException {
        String text = Files.readString(bka, StandardCharsets.ISO_8859_1);
        Files.writeString(bka, text.substring(0, text.length() - 30), StandardCharsets.ISO_8859_1);
        Run r = run("check", bka.toString(), "--kind", "pks");
        assertEquals(2, r.status());
        assertTrue(r.out().contains("rows: 16400 read, 16399 used, 1 rejected"), r.out());
        assertTrue(r.out().contains(" line 16402: has 8 fields, the header 18: a delimiter is missing or the line is cut"
                + " off"), r.out());
        assertTrue(r.out().contains("NOT USABLE AS IS"), r.out());
    }

    @Test
    void checkOtherKinds() {
        Run owi = run("check", dir.resolve("crime/musterstadt/owi.csv").toString(), "--kind", "owi");
        assertEquals(0, owi.status(), owi.err());
        assertTrue(owi.out().contains("categories recognised: \"Wildpinkeln\" as Verunreinigung"), owi.out());
        assertTrue(owi.out().contains("Parken auf Grünflächen (not a standard category)"), owi.out());
        Run pop = run("check", dir.resolve("crime/musterstadt/population_genesis_flat.csv").toString(), "--kind",
                "population");
        assertEquals(0, pop.status(), pop.err());
        assertTrue(pop.out().contains("14524 2021: 309,600, aged 8+: 290,000 (approximated)"), pop.out());
        Run pks = run("check", dir.resolve("crime/musterstadt/pks_musterstadt.csv").toString(), "--kind", "pks");
        assertEquals(2, pks.status());
        assertTrue(pks.err().contains("has no area column"), pks.err());
        Run withArea = run("check", dir.resolve("crime/musterstadt/pks_musterstadt.csv").toString(), "--kind", "pks",
                "--area", "14524999");
        assertEquals(0, withArea.status(), withArea.err());
        assertTrue(withArea.out().contains("years: 2018, 2019, 2020, 2021, 2022"), withArea.out());
    }

    @Test
    void surveyMarginAndUnknownKinds() throws Exception {
        Path survey = dir.resolve("survey.csv");
        java.nio.file.Files.writeString(survey, "id;district;q1\nR1;OT1;1\nR2;OT1;2\nR2;OT2;9\nR4;OT2\n");
        Path codebook = dir.resolve("codebook.yaml");
        java.nio.file.Files.writeString(codebook, "variables:\n  q1: {values: {1: ja, 2: nein, 9: k.A.}, missing: [9]}\n");
        Run s = run("check", survey.toString(), "--kind", "survey", "--codebook", codebook.toString());
        assertEquals(2, s.status(), s.err());
        assertTrue(s.out().contains("rows: 4 read, 2 used, 2 rejected"), s.out());
        assertTrue(s.out().contains("line 4, column id: \"R2\" is a duplicate respondent id (first on line 3)"), s.out());
        assertTrue(s.out().contains("line 5: has 2 fields, but the header has 3"), s.out());
        Path margin = dir.resolve("margin.csv");
        java.nio.file.Files.writeString(margin, "district,N\nOT1,1200\nOT2,800\n");
        Run m = run("check", margin.toString(), "--kind", "margin");
        assertEquals(0, m.status(), m.err());
        assertTrue(m.out().contains("variables: district; count column: N"), m.out());
        assertTrue(m.out().contains("cells: 2, population total: 2000"), m.out());
        Run unknown = run("check", bka.toString(), "--kind", "weather");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("\"weather\" is not a kind of file; the kinds are pks, owi, population,"
                + " survey, margin"), unknown.err());
    }
}
