package de.lagebild.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random damage to real and fixture files (a character deleted, a delimiter inserted, a
 * digit turned into a letter, the file cut off, a line doubled): every importer either reads the
 * file, accounting for every row (read = used + rejected, each rejection with a line), or says why
 * it cannot with an {@link InputException}. Never another exception.
 */
class ImporterFuzzTest {
    static final int CASES = Integer.getInteger("lagebild.fuzz.cases", 60);
    @TempDir
    Path dir;

    static String resource(String name) {
        try {
            return Files.readString(Path.of(ImporterFuzzTest.class.getResource(name).toURI()),
                    StandardCharsets.ISO_8859_1);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String damage(String text, Random rnd) {
        StringBuilder sb = new StringBuilder(text);
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n && sb.length() > 2; k++) {
            int at = rnd.nextInt(sb.length());
            switch (rnd.nextInt(6)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, ';');
                case 2 -> {
                    if (Character.isDigit(sb.charAt(at))) {
                        sb.setCharAt(at, 'O');
                    } else {
                        sb.setCharAt(at, '7');
                    }
                }
                case 3 -> sb.setLength(at);
                case 4 -> {
                    int start = sb.lastIndexOf("\n", at) + 1;
                    int end = sb.indexOf("\n", at);
                    if (end > start) {
                        sb.insert(start, sb.substring(start, end + 1));
                    }
                }
                default -> sb.insert(at, '"');
            }
        }
        return sb.toString();
    }

    private void fuzz(String name, String text, long seed, Function<Path, List<RowAccount>> read) throws IOException {
        Random rnd = new Random(seed);
        int readOk = 0;
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            String damaged = damage(text, rnd);
            Path f = dir.resolve(name);
            Files.writeString(f, damaged, StandardCharsets.ISO_8859_1);
            try {
                for (RowAccount a : read.apply(f)) {
                    assertEquals(a.read(), a.used() + a.rejected().size());
                    for (Problem p : a.rejected()) {
                        assertTrue(p.line() > 0, p.toString());
                    }
                }
                readOk++;
            } catch (InputException e) {
                assertTrue(!e.problems().isEmpty());
                refused++;
            } catch (RuntimeException e) {
                Files.writeString(dir.resolve("failing-" + name), damaged, StandardCharsets.ISO_8859_1);
                fail("case " + i + " of seed " + seed + " (" + name + "): " + e, e);
            }
        }
        assertEquals(CASES, readOk + refused);
        System.out.printf("crime fuzz %s: %d damaged inputs tried: %d read, %d clear errors, 0 other%n", name, CASES,
                readOk, refused);
    }

    @Test
    void pksTables() throws IOException {
        String bka = String.join("\n", resource("/pks/" + BkaReferenceFileTest.NAME).lines().limit(300).toList()) + "\n";
        fuzz("bka_2022.csv", bka, 20240101L, f -> List.of(PksReader.read(f, ImportOptions.of("bka_2022.csv")).account()));
        String export = resource("/crime/musterstadt/pks_musterstadt.csv");
        fuzz("pks_musterstadt.csv", export, 7L, f -> List.of(PksReader.read(f,
                ImportOptions.of("pks_musterstadt.csv").withArea("14524999")).account()));
    }

    /** The whole analysis on damaged copies of the test project's own files, rejected rows left out. */
    @Test
    void analysis() throws IOException {
        Random rnd = new Random(23L);
        String yaml = resource("/crime/musterstadt/lagebild.yaml").replace("crime:\n", "crime:\n  invalid_rows: reject\n")
                .replace("    - ../../pks/KR-F-01-T01-Kreise-Faelle-HZ_csv_2022.csv\n", "");
        Files.writeString(dir.resolve("lagebild.yaml"), yaml, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < CASES / 2; i++) {
            for (String f : List.of("pks_musterstadt.csv", "population.csv", "population_genesis_flat.csv", "owi.csv")) {
                String text = resource("/crime/musterstadt/" + f);
                Files.writeString(dir.resolve(f), rnd.nextInt(3) == 0 ? damage(text, rnd) : text,
                        StandardCharsets.ISO_8859_1);
            }
            try {
                CrimeResult r = CrimeAnalysis.run(de.lagebild.project.Project.load(dir.resolve("lagebild.yaml")));
                for (RowAccount a : r.accounts()) {
                    assertEquals(a.read(), a.used() + a.rejected().size());
                }
            } catch (InputException e) {
                assertTrue(!e.problems().isEmpty());
            } catch (RuntimeException e) {
                fail("analysis case " + i + ": " + e, e);
            }
        }
    }

    @Test
    void populationAndOwi() throws IOException {
        fuzz("population.csv", resource("/crime/musterstadt/population.csv"), 11L,
                f -> PopulationReader.read(f, ImportOptions.of("population.csv")).accounts());
        fuzz("flat.csv", resource("/crime/musterstadt/population_genesis_flat.csv"), 13L,
                f -> PopulationReader.read(f, ImportOptions.of("flat.csv")).accounts());
        fuzz("owi.csv", resource("/crime/musterstadt/owi.csv"), 17L,
                f -> List.of(OwiReader.read(f, ImportOptions.of("owi.csv")).account()));
    }
}
