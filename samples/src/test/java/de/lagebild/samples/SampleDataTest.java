package de.lagebild.samples;

import static de.lagebild.samples.SampleFiles.count;
import static de.lagebild.samples.SampleFiles.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Sanity checks of the committed sample data: sums, sizes, structure, PKS identities, provenance. */
class SampleDataTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Path MS = SampleFiles.musterstadt();
    private static final List<String> DISTRICTS = List.of("Altstadt", "Bahnhofsviertel", "Nordsiedlung", "Gartenstadt",
            "Eichenau");

    private static List<Map<String, String>> population(Path project) {
        return rows(project.resolve("population.csv"), StandardCharsets.UTF_8, ';', 0);
    }

    /** Residents by year, or by Ortsteil for one year. */
    private static Map<String, Long> sum(List<Map<String, String>> pop, String by, String year, int minAge) {
        Map<String, Long> out = new TreeMap<>();
        for (Map<String, String> r : pop) {
            int from = Integer.parseInt(r.get("altersgruppe").replaceAll("[-+].*", ""));
            if ((year == null || r.get("jahr").equals(year)) && from >= minAge) {
                out.merge(r.get(by), Long.parseLong(r.get("einwohner")), Long::sum);
            }
        }
        return out;
    }

    @Test
    void populationAddsUp() {
        List<Map<String, String>> pop = population(MS);
        assertEquals(6 * 5 * 2 * 9, pop.size(), "years 2019-2024 x 5 Ortsteile x 2 sexes x 9 age groups");
        Map<String, Long> byYear = sum(pop, "jahr", null, 0);
        assertEquals(Set.of("2019", "2020", "2021", "2022", "2023", "2024"), byYear.keySet());
        byYear.forEach((y, n) -> assertTrue(n > 15_500 && n < 16_800, y + ": " + n + " residents"));
        assertEquals(DISTRICTS, List.copyOf(new java.util.LinkedHashSet<>(pop.stream().map(r -> r.get("ortsteil"))
                .toList())));
        // margins and N_h are the residents aged 16+ on 31.12.2024
        Map<String, Long> adults = sum(pop, "ortsteil", "2024", 16);
        Map<String, Long> margin = new TreeMap<>();
        rows(MS.resolve("margin_district.csv"), StandardCharsets.UTF_8, ',', 0)
                .forEach(r -> margin.put(r.get("district"), Long.parseLong(r.get("N"))));
        assertEquals(adults, margin);
        long sexAge = rows(MS.resolve("margin_sex_age.csv"), StandardCharsets.UTF_8, ',', 0).stream()
                .mapToLong(r -> Long.parseLong(r.get("N"))).sum();
        assertEquals(adults.values().stream().mapToLong(Long::longValue).sum(), sexAge);
        for (Map<String, String> r : survey()) {
            assertEquals((long) adults.get(r.get("district")), Long.parseLong(r.get("N_h")), "N_h of " + r.get("id"));
        }
    }

    @Test
    void ageStructureDiffersByOrtsteilAsDescribed() {
        List<Map<String, String>> pop = population(MS);
        Map<String, Long> all = sum(pop, "ortsteil", "2024", 0);
        Map<String, Long> old = sum(pop, "ortsteil", "2024", 65);
        Map<String, Long> adult = sum(pop, "ortsteil", "2024", 16);
        double share65 = old.values().stream().mapToLong(Long::longValue).sum()
                / (double) all.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(share65 > 0.25 && share65 < 0.36, "share aged 65+ " + share65);
        Map<String, Double> oldShare = new TreeMap<>();
        Map<String, Double> childShare = new TreeMap<>();
        for (String d : DISTRICTS) {
            oldShare.put(d, old.get(d) / (double) all.get(d));
            childShare.put(d, 1 - adult.get(d) / (double) all.get(d));
        }
        assertTrue(oldShare.get("Nordsiedlung") > oldShare.get("Bahnhofsviertel") + 0.1, "Plattenbau is old: "
                + oldShare);
        assertEquals("Gartenstadt", argmax(childShare), "the suburb has the most children: " + childShare);
    }

    private static List<Map<String, String>> survey() {
        return rows(MS.resolve("survey.csv"), StandardCharsets.UTF_8, ',', 0);
    }

    @Test
    void surveySampleIsAsDesigned() {
        List<Map<String, String>> s = survey();
        assertTrue(s.size() >= 950 && s.size() <= 1100, s.size() + " respondents");
        Map<String, Integer> n = new TreeMap<>();
        Map<String, Double> fraction = new TreeMap<>();
        int diverse = 0;
        Set<String> ids = new HashSet<>();
        for (Map<String, String> r : s) {
            assertTrue(ids.add(r.get("id")), "unique id " + r.get("id"));
            int age = Integer.parseInt(r.get("age"));
            String g = r.get("agegrp");
            int from = Integer.parseInt(g.replaceAll("[-+].*", ""));
            int to = g.endsWith("+") ? 120 : Integer.parseInt(g.substring(g.indexOf('-') + 1));
            assertTrue(age >= 16 && age >= from && age <= to, r.get("id") + ": age " + age + " in " + g);
            assertTrue(Set.of("m", "w", "d").contains(r.get("sex")));
            diverse += r.get("sex").equals("d") ? 1 : 0;
            n.merge(r.get("district"), 1, Integer::sum);
        }
        assertTrue(diverse >= 1 && diverse <= 10, diverse + " respondents with sex d");
        for (Map<String, String> r : s) {
            String d = r.get("district");
            double expected = Double.parseDouble(r.get("N_h")) / n.get(d);
            assertEquals(expected, Double.parseDouble(r.get("dw")), 1e-9, "dw = N_h / n_h for " + r.get("id"));
            fraction.put(d, n.get(d) / Double.parseDouble(r.get("N_h")));
        }
        assertTrue(n.values().stream().allMatch(k -> k >= 100), "every Ortsteil has 100+ respondents: " + n);
        assertTrue(fraction.get("Eichenau") > 1.5 * fraction.get("Nordsiedlung"), "small Ortsteile oversampled: "
                + fraction);
    }

    @Test
    void surveyHasExactlyTheCodebookColumnsAndNoFreeText() throws IOException {
        String header = Files.readAllLines(MS.resolve("survey.csv")).get(0);
        List<String> codebook = Files.readAllLines(MS.resolve("codebook.yaml")).stream()
                .filter(l -> l.matches("  [a-zA-Z_0-9]+:")).map(l -> l.trim().replace(":", "")).toList();
        List<String> columns = List.of(header.split(","));
        assertEquals(columns, codebook.subList(0, columns.size()));
        assertEquals(List.of("kf_affektiv", "kf_kognitiv", "kf_konativ"), codebook.subList(columns.size(),
                codebook.size()));
        String text = Files.readString(MS.resolve("codebook.yaml"));
        assertTrue(!text.contains("type: text"), "no free-text variable");
        for (Map<String, String> r : survey()) {
            assertEquals(r.get("victim_12m").equals("0"), r.get("reported").equals("7"),
                    "reported is 7 exactly for non-victims: " + r.get("id"));
        }
    }

    /** The municipal PKS export of Musterstadt: year to key to {cases, attempts, cleared, AQ x 10, HZ, suspects}. */
    private static Map<Integer, Map<String, long[]>> pks(Path file) {
        Map<Integer, Map<String, long[]>> out = new TreeMap<>();
        for (Map<String, String> r : rows(file, WINDOWS_1252, ';', 0)) {
            long aq = r.get("Aufklärungsquote").isEmpty() ? -1 : count(r.get("Aufklärungsquote"));
            out.computeIfAbsent(Integer.parseInt(r.get("Jahr")), y -> new LinkedHashMap<>()).put(r.get("Schlüssel"),
                    new long[] {count(r.get("erfasste Fälle")), count(r.get("Versuche")),
                        count(r.get("aufgeklärte Fälle")), aq, count(r.get("Häufigkeitszahl")),
                        count(r.get("Tatverdächtige"))});
        }
        return out;
    }

    @Test
    void crimeLevelsArePlausibleAndThePksIdentitiesHold() {
        Map<Integer, Map<String, long[]>> pks = pks(MS.resolve("pks/pks_musterstadt.csv"));
        assertEquals(Set.of(2020, 2021, 2022, 2023, 2024), pks.keySet());
        Map<String, Long> residents = sum(population(MS), "jahr", null, 0);
        double hzSum = 0;
        for (int y : pks.keySet()) {
            Map<String, long[]> k = pks.get(y);
            assertEquals(Offences.EXPORT_ORDER, List.copyOf(k.keySet()));
            long[] total = k.get("------");
            long pop = residents.get(Integer.toString(y - 1));
            for (Map.Entry<String, long[]> e : k.entrySet()) {
                long[] c = e.getValue();
                assertEquals(Fmt.hz(c[0], pop), c[4], y + " " + e.getKey() + ": HZ with the residents of 31.12."
                        + (y - 1));
                assertTrue(c[1] <= c[0] && c[2] <= c[0], y + " " + e.getKey() + ": attempts, cleared <= cases");
            }
            double hz = total[0] * 100_000.0 / pop;
            double aq = 100.0 * total[2] / total[0];
            hzSum += hz;
            assertTrue(hz > 4_500 && hz < 7_000, y + ": HZ " + hz);
            assertTrue(aq > 55 && aq < 65, y + ": AQ " + aq);
            for (int j = 0; j < 3; j++) {
                assertEquals(k.get("3***00")[j] + k.get("4***00")[j], k.get("****00")[j], y + " ****00 column " + j);
            }
            assertTrue(k.get("892000")[0] >= k.get("210000")[0] + k.get("222000")[0], y + " Gewaltkriminalität");
            for (String[] partOf : new String[][] {{"326*00", "3***00"}, {"435*00", "4***00"}, {"***300", "****00"},
                {"*50*00", "****00"}, {"899500", "674000"}, {"899000", "------"}, {"897000", "------"}}) {
                assertTrue(k.get(partOf[0])[0] <= k.get(partOf[1])[0], y + " " + partOf[0] + " within " + partOf[1]);
            }
        }
        double meanHz = hzSum / pks.size();
        assertTrue(meanHz > 5_000 && meanHz < 6_500, "mean HZ 2020-2024 " + meanHz);
    }

    @Test
    void municipalityIsPartOfItsKreis() {
        for (Town t : allTowns()) {
            Path dir = projectDir(t);
            Map<Integer, Map<String, long[]>> own = pks(dir.resolve("pks/pks_" + t.folder() + ".csv"));
            for (int y : own.keySet()) {
                Map<String, Long> kreis = new TreeMap<>();
                for (Map<String, String> r : rows(dir.resolve("pks/bka_kreise_sachsen_" + y + ".csv"),
                        StandardCharsets.ISO_8859_1, ';', 1)) {
                    if (r.get("Gemeindeschluessel").equals(t.kreis().ags())) {
                        kreis.put(r.get("Schluessel"), count(r.get("Anzahl erfasste Faelle")));
                    }
                }
                own.get(y).forEach((key, c) -> assertTrue(c[0] <= kreis.get(key), t.name() + " " + y + " " + key
                        + ": " + c[0] + " cases, more than its Kreis's " + kreis.get(key)));
            }
        }
    }

    @Test
    void the2022BenchmarkRowsAreTheBkasOwn() throws IOException {
        Path bka = SampleFiles.moduleDir().resolveSibling("core/src/test/resources/pks/"
                + "KR-F-01-T01-Kreise-Faelle-HZ_csv_2022.csv");
        Set<String> real = new HashSet<>(Files.readAllLines(bka, StandardCharsets.ISO_8859_1));
        List<String> ours = Files.readAllLines(MS.resolve("pks/bka_kreise_sachsen_2022.csv"), StandardCharsets.ISO_8859_1);
        assertEquals(2 + 13 * 18 + 1, ours.size(), "header, 13 Kreise x 18 keys, source line");
        for (String line : ours.subList(0, ours.size() - 1)) {
            assertTrue(real.contains(line), "not a line of the BKA table: " + line);
        }
        assertTrue(ours.get(ours.size() - 1).startsWith("Quelle: Bundeskriminalamt"));
        for (int y : List.of(2020, 2021, 2023, 2024)) {
            List<String> syn = Files.readAllLines(MS.resolve("pks/bka_kreise_sachsen_" + y + ".csv"),
                    StandardCharsets.ISO_8859_1);
            assertTrue(syn.get(syn.size() - 1).startsWith("Synthetische Beispieldaten"), y + " says it is synthetic");
        }
    }

    @Test
    void alcoholBanStartsIn2022AndOwiIsComplete() {
        List<Map<String, String>> owi = rows(MS.resolve("owi.csv"), StandardCharsets.UTF_8, ';', 0);
        assertEquals(5 * 5 * Owi.CATEGORIES.size(), owi.size(), "years x Ortsteile x categories");
        long before = owi.stream().filter(r -> r.get("Kategorie").equals("Alkohol")
                && Integer.parseInt(r.get("Jahr")) < Owi.ALCOHOL_BAN).mapToLong(r -> Long.parseLong(r.get("Anzahl")))
                .sum();
        long after = owi.stream().filter(r -> r.get("Kategorie").equals("Alkohol") && r.get("Ortsteil")
                .equals("Bahnhofsviertel") && Integer.parseInt(r.get("Jahr")) >= Owi.ALCOHOL_BAN)
                .mapToLong(r -> Long.parseLong(r.get("Anzahl"))).sum();
        assertEquals(0, before);
        assertTrue(after > 10, after + " alcohol cases since the ban");
    }

    @Test
    void theStaedtebundIsFiveCompleteProjectsOfDifferentSizeAndCrime() throws IOException {
        List<Town> cohort = Town.staedtebund();
        assertEquals(5, cohort.size());
        List<String> msFiles = SampleFiles.list(MS).stream().filter(f -> !f.equals("README.md"))
                .map(f -> f.replace("musterstadt", "TOWN").replace("_14524_", "_KREIS_")).toList();
        Set<String> ags = new TreeSet<>();
        TreeSet<Double> hz = new TreeSet<>();
        byte[] benchmark2023 = Files.readAllBytes(MS.resolve("pks/bka_kreise_sachsen_2023.csv"));
        for (Town t : cohort) {
            Path dir = projectDir(t);
            List<String> files = SampleFiles.list(dir).stream().map(f -> f.replace(t.folder(), "TOWN")
                    .replace("_" + t.kreis().ags() + "_", "_KREIS_")).toList();
            assertEquals(msFiles, files, t.name() + " has every file Musterstadt has");
            assertTrue(ags.add(t.ags()));
            long residents = sum(population(dir), "jahr", "2024", 0).get("2024");
            assertTrue(residents >= 8_000 && residents <= 40_000, t.name() + ": " + residents);
            assertArrayEquals(benchmark2023, Files.readAllBytes(dir.resolve("pks/bka_kreise_sachsen_2023.csv")),
                    "one synthetic world: the same Kreis tables in every project");
            long pop2023 = sum(population(dir), "jahr", "2023", 0).get("2023");
            hz.add(pks(dir.resolve("pks/pks_" + t.folder() + ".csv")).get(2024).get("------")[0] * 1e5 / pop2023);
        }
        assertTrue(hz.last() > 2 * hz.first(), "crime levels differ: HZ 2024 " + hz);
    }

    @Test
    void samplesStaySmall() throws IOException {
        long bytes = 0;
        for (Path dir : List.of(MS, SampleFiles.staedtebund())) {
            for (String f : SampleFiles.list(dir)) {
                bytes += Files.size(dir.resolve(f));
            }
        }
        assertTrue(bytes < 5_000_000, "samples take " + bytes + " bytes");
    }

    private static List<Town> allTowns() {
        List<Town> all = new java.util.ArrayList<>();
        all.add(Town.musterstadt());
        all.addAll(Town.staedtebund());
        return all;
    }

    private static Path projectDir(Town t) {
        return t.folder().equals("musterstadt") ? MS : SampleFiles.staedtebund().resolve(t.folder());
    }

    private static String argmax(Map<String, Double> m) {
        return m.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
