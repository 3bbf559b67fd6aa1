package de.lagebild.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.batch.BatchRun;
import de.lagebild.report.CohortReport;
import de.lagebild.report.Manifest;
import de.lagebild.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lagebild batch} on a copy of the Städtebund (samples/staedtebund): five reports and the
 * comparison with one command; a second run keeps every unchanged municipality; a changed input
 * redoes only its municipality; a broken project fails alone (exit 1, summary); the shared-table
 * variant gives the same comparison as the project files.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BatchCommandTest {
    static final List<String> TOWNS = List.of("musterberg", "mustertal", "musterau", "musterfeld", "musterbrueck");

    @TempDir
    static Path dir;
    static Path cohort;
    static Path out;

    record Run(int status, String out, String err) {
    }

    static Run batch(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "batch";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = Main.run(all, new PrintWriter(o), new PrintWriter(e));
        return new Run(status, o.toString(), e.toString());
    }

    @BeforeAll
    static void copySamples() throws IOException {
        Path src = Path.of("..", "samples", "staedtebund").toAbsolutePath().normalize();
        Path dst = dir.resolve("staedtebund");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        cohort = dst.resolve("cohort.yaml");
        out = dir.resolve("out");
    }

    @Test
    @Order(1)
    void oneCommandGivesFiveReportsAndTheComparison() throws IOException {
        Run r = batch(cohort.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(Main.OK, r.status(), r.err());
        assertEquals("", r.out(), "stdout stays clean");
        for (String t : TOWNS) {
            assertTrue(Files.isRegularFile(out.resolve(t).resolve(Report.PDF_NAME)), t);
            assertTrue(Files.isRegularFile(out.resolve(t).resolve(Manifest.NAME)), t);
            assertTrue(Files.isRegularFile(out.resolve(t).resolve(BatchRun.STATE)), t);
            assertTrue(r.err().contains("batch: [") && r.err().contains(": done in"), r.err());
        }
        Path cmp = out.resolve(BatchRun.COMPARISON);
        assertTrue(Files.size(cmp.resolve(CohortReport.PDF_NAME)) > 10_000);
        List<String> rows = Files.readAllLines(cmp.resolve("tables/kohorte-gegenueberstellung.csv"));
        assertEquals(7, rows.size(), rows.toString()); // header, five towns, the cohort
        assertTrue(rows.get(6).startsWith("Kohorte insgesamt,"), rows.get(6));
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("Musterbrück,")), rows.toString());
        assertTrue(r.err().contains("5 analysed, 0 unchanged, 0 failed"), r.err());
    }

    @Test
    @Order(2)
    void aSecondRunKeepsEveryUnchangedMunicipality() throws IOException {
        byte[] before = Files.readAllBytes(out.resolve("musterau").resolve(Report.PDF_NAME));
        long modified = Files.getLastModifiedTime(out.resolve("musterau").resolve(Report.PDF_NAME)).toMillis();
        String cmpBefore = Files.readString(out.resolve(BatchRun.COMPARISON)
                .resolve("tables/kohorte-gegenueberstellung.csv"));
        Run r = batch(cohort.toString(), "--out", out.toString());
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.err().contains("0 analysed, 5 unchanged, 0 failed"), r.err());
        assertEquals(modified, Files.getLastModifiedTime(out.resolve("musterau").resolve(Report.PDF_NAME)).toMillis());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("musterau").resolve(Report.PDF_NAME))));
        // the comparison of kept municipalities is made from the same figures
        assertEquals(cmpBefore, Files.readString(out.resolve(BatchRun.COMPARISON)
                .resolve("tables/kohorte-gegenueberstellung.csv")));
    }

    @Test
    @Order(3)
    void aChangedInputRedoesOnlyItsMunicipality() throws IOException {
        Path margin = cohort.getParent().resolve("mustertal/margin_district.csv");
        Files.writeString(margin, Files.readString(margin, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        Run r = batch(cohort.toString(), "--out", out.toString());
        assertEquals(Main.OK, r.status(), r.err());
        assertTrue(r.err().contains("1 analysed, 4 unchanged, 0 failed"), r.err());
        assertTrue(r.err().contains("Mustertal: done"), r.err());
    }

    @Test
    @Order(4)
    void aBrokenMunicipalityFailsAloneAndTheRunSaysSo() throws IOException {
        Path p = cohort.getParent().resolve("musterau/lagebild.yaml");
        String original = Files.readString(p, StandardCharsets.UTF_8);
        Files.writeString(p, original.replace("  domains: [district, agegrp, sex]", "  domians: [district]"),
                StandardCharsets.UTF_8);
        try {
            Run r = batch(cohort.toString(), "--out", out.toString(), "--force");
            assertEquals(Main.BATCH_FAILURES, r.status(), r.err());
            assertEquals("", r.out());
            // its project file cannot be read, so messages name it by its path
            assertTrue(r.err().contains("batch: musterau/lagebild.yaml (musterau/) failed:"), r.err());
            assertTrue(r.err().contains("survey.domians"), r.err());
            assertTrue(r.err().contains("4 analysed, 0 unchanged, 1 failed"), r.err());
            assertTrue(r.err().contains("  failed: musterau/lagebild.yaml (musterau/): 1 problem"), r.err());
            List<String> status = Files.readAllLines(out.resolve(BatchRun.COMPARISON)
                    .resolve("tables/kohorte-gemeinden.csv"));
            assertTrue(status.stream().anyMatch(l -> l.contains("musterau/,fehlgeschlagen")), status.toString());
            assertFalse(Files.readString(out.resolve(BatchRun.COMPARISON).resolve("tables/kohorte-hz.csv"))
                    .contains("Musterau"));
        } finally {
            Files.writeString(p, original, StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(5)
    void theSharedTableVariantGivesTheSameComparison() throws IOException {
        Path shared = cohort.getParent().resolve("gemeinsam/cohort.yaml");
        Path out2 = dir.resolve("out-gemeinsam");
        Run r = batch(shared.toString(), "--out", out2.toString(), "--threads", "2");
        assertEquals(Main.OK, r.status(), r.err());
        Run again = batch(cohort.toString(), "--out", out.toString());
        assertEquals(Main.OK, again.status(), again.err());
        for (String table : List.of("kohorte-gegenueberstellung", "kohorte-hz", "kohorte-sicherheitsgefuehl")) {
            assertEquals(Files.readString(out.resolve(BatchRun.COMPARISON).resolve("tables/" + table + ".csv")),
                    Files.readString(out2.resolve(BatchRun.COMPARISON).resolve("tables/" + table + ".csv")), table);
        }
    }

    @Test
    @Order(6)
    void aBadCohortFileIsBadInput() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "cohort: {name: X}\nmunicipalities: [fehlt.yaml]\n");
        Run r = batch(bad.toString(), "--out", dir.resolve("x").toString());
        assertEquals(Main.BAD_INPUT, r.status(), r.err());
        assertTrue(r.err().contains("fehlt.yaml does not exist"), r.err());
    }
}
