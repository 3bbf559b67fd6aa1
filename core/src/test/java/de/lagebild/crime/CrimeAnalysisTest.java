package de.lagebild.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.crime.CrimeResult.BenchmarkRatio;
import de.lagebild.crime.CrimeResult.Indicator;
import de.lagebild.crime.CrimeResult.OwiIndicator;
import de.lagebild.crime.CrimeResult.Trend;
import de.lagebild.io.OutputDir;
import de.lagebild.project.Project;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indicators of the test project crime/musterstadt against hand-computed values and values
 * computed with R (resource crime/musterstadt_reference.R holds the R calls and their output).
 *
 * <p>The project: Musterstadt (14524999, fictitious) with its own PKS export 2018-2022 and two
 * Ortsteile of 5,000 men and 5,000 women each (age groups 0-7: 400, 8-17: 500, 18-64: 3,000,
 * 65+: 1,100; in Nord the men aged 18-64 grow by 50 a year from 3,000 on 31.12.2017), so the
 * population on 31.12.Y is 20,000 + 50 (Y - 2017) and the population aged 8+ is that minus 1,600.
 * Landkreis Zwickau (14524) and Sachsen (14, summed from its 13 Kreise) come from the real BKA
 * table 2022; their populations on 31.12.2021 (309,600 and 4,043,002) from a GENESIS flat file.
 */
class CrimeAnalysisTest {
    static CrimeResult result;

    static Path project() {
        try {
            return Path.of(CrimeAnalysisTest.class.getResource("/crime/musterstadt/lagebild.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void run() {
        result = CrimeAnalysis.run(Project.load(project()));
    }

    static Indicator indicator(String ags, int year, String key) {
        return result.indicators().stream()
                .filter(i -> i.ags().equals(ags) && i.year() == year && i.key().code().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + ags + " " + year + " " + key));
    }

    @Test
    void hzAqAndTvbzByHand() {
        Indicator i = indicator("14524999", 2022, "------");
        assertEquals("Musterstadt", i.area());
        assertEquals(1874, i.cases().getAsLong());
        // HZ 2022 uses the population of 31.12.2021: 20,200
        assertEquals(1874 * 100_000.0 / 20_200, i.hz().getAsDouble(), 1e-9);
        assertEquals(9277.2277227722772, i.hz().getAsDouble(), 1e-9);
        assertEquals(1093 * 100.0 / 1874, i.aq().getAsDouble(), 1e-12);
        // TVBZ: 802 suspects per 100,000 residents aged 8+ (20,200 - 1,600 = 18,600)
        assertEquals(802 * 100_000.0 / 18_600, i.tvbz().getAsDouble(), 1e-9);
        Indicator y2018 = indicator("14524999", 2018, "------");
        assertEquals(8500, y2018.hz().getAsDouble(), 1e-9); // 1,700 cases, 20,000 residents on 31.12.2017
    }

    @Test
    void labelsComeFromTheFileOrTheStandardList() {
        assertEquals("Gewaltkriminalität", indicator("14524999", 2022, "892000").label());
        assertEquals("Straftaten insgesamt", indicator("14", 2022, "------").label());
    }

    @Test
    void theKreisAsPublished() {
        Indicator z = indicator("14524", 2022, "------");
        assertEquals("Landkreis Zwickau", z.area());
        assertEquals(13_545, z.cases().getAsLong());
        assertEquals(13_545 * 100_000.0 / 309_600, z.hz().getAsDouble(), 1e-9);
        assertEquals(4375, Math.round(z.hz().getAsDouble())); // the BKA's published HZ
        assertEquals(8_173 * 100.0 / 13_545, z.aq().getAsDouble(), 1e-12);
        // aged 8+: 284,800 aged 10+ and half of the 10,400 aged 6-10 (proportional split): 290,000
        assertEquals(5_816 * 100_000.0 / 290_000, z.tvbz().getAsDouble(), 1e-9);
        assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("Landkreis Zwickau 2022: population aged 8"
                + " and over approximated")));
        // no Zwickau rows for 2018-2021: Musterstadt alone is never taken for its Kreis
        assertTrue(result.indicators().stream().noneMatch(x -> x.ags().equals("14524") && x.year() < 2022));
    }

    @Test
    void theLandIsSummedFromItsKreise() {
        Indicator s = indicator("14", 2022, "------");
        assertEquals(266_609, s.cases().getAsLong()); // the sum of the 13 Saxon Kreise in the BKA table
        assertEquals(155_775, s.cleared().getAsLong());
        assertTrue(s.suspects().isEmpty(), "suspects are not additive");
        assertTrue(s.tvbz().isEmpty());
        assertEquals(266_609 * 100_000.0 / 4_043_002, s.hz().getAsDouble(), 1e-9);
        assertEquals("sum of 13 parts", s.method());
    }

    @Test
    void trendsMatchR() {
        Trend five = trend(2018, 2022);
        // R: poisson.test(c(1874, 1700), c(20200, 20000))
        assertEquals(1.0914385556202679, five.comparison().ratio().getAsDouble(), 1e-12);
        assertEquals(1.0215425757120251, five.comparison().ciLow().getAsDouble(), 1e-9);
        assertEquals(1.1661793747736562, five.comparison().ciHigh().getAsDouble(), 1e-9);
        assertEquals(0.0090646355092276545, five.comparison().pValue().getAsDouble(), 1e-12);
        assertEquals(9.14385556202679, five.comparison().changePercent().getAsDouble(), 1e-10);
        assertEquals(1700, five.casesFrom());
        assertEquals(1874, five.casesTo());
        assertEquals("rate", five.basis());
        Trend last = trend(2021, 2022);
        // R: poisson.test(c(1874, 1820), c(20200, 20150))
        assertEquals(1.0271216407355022, last.comparison().ratio().getAsDouble(), 1e-12);
        assertEquals(0.96244610939969899, last.comparison().ciLow().getAsDouble(), 1e-9);
        assertEquals(1.0961603084462781, last.comparison().ciHigh().getAsDouble(), 1e-9);
        assertEquals(0.42014672083179339, last.comparison().pValue().getAsDouble(), 1e-9);
    }

    private static Trend trend(int from, int to) {
        return result.trends().stream().filter(t -> t.ags().equals("14524999") && t.key().isTotal()
                && t.fromYear() == from && t.toYear() == to).findFirst().orElseThrow();
    }

    @Test
    void benchmarkRatiosMatchR() {
        BenchmarkRatio kreis = ratio("14524");
        assertEquals("nested", kreis.method());
        // ratio to the whole Kreis; test and interval against the rest of the Kreis:
        // R: poisson.test(c(1874, 13545 - 1874), c(20200, 309600 - 20200)), interval carried over
        assertEquals(2.1205091937765204, kreis.ratio().getAsDouble(), 1e-12);
        assertEquals(kreis.hz().getAsDouble() / kreis.benchmarkHz().getAsDouble(), kreis.ratio().getAsDouble(), 1e-12);
        assertEquals(2.0320225184142009, kreis.ciLow().getAsDouble(), 1e-9);
        assertEquals(2.2113843091987477, kreis.ciHigh().getAsDouble(), 1e-9);
        assertEquals(2.4646622825262673e-201, kreis.pValue().getAsDouble(), 1e-6 * 2.46e-201);
        BenchmarkRatio land = ratio("14");
        assertEquals(1.4068486149238684, land.ratio().getAsDouble(), 1e-12);
        assertEquals(1.3440761483664099, land.ciLow().getAsDouble(), 1e-9);
        assertEquals(1.4717800959504539, land.ciHigh().getAsDouble(), 1e-9);
        assertEquals(1.0909141531819902e-44, land.pValue().getAsDouble(), 1e-6 * 1.09e-44);
    }

    private static BenchmarkRatio ratio(String bench) {
        return result.benchmarks().stream().filter(b -> b.benchmarkAgs().equals(bench) && b.year() == 2022
                && b.key().isTotal()).findFirst().orElseThrow();
    }

    @Test
    void offenceStructure() {
        CrimeResult.Share s = result.structure().stream().filter(x -> x.ags().equals("14524999") && x.year() == 2022
                && x.key().code().equals("674000")).findFirst().orElseThrow();
        assertEquals(296 * 100.0 / 1874, s.share().getAsDouble(), 1e-12);
        assertTrue(result.structure().stream().noneMatch(x -> x.key().isTotal()));
    }

    @Test
    void ordnungswidrigkeitenPerThousand() {
        // Nord 2022: Hundekot 12 + Leinenpflicht 5 = 17 Tiere; Nord on 31.12.2021: 10,200 residents
        OwiIndicator nord = owi("Nord", 2022, "Tiere");
        assertEquals(17, nord.cases());
        assertEquals(10_200, nord.population().getAsDouble());
        assertEquals(17 * 1000.0 / 10_200, nord.perThousand().getAsDouble(), 1e-12);
        // the whole municipality: Nord and Süd, 12 + 5 + 9 = 26, 20,200 residents
        OwiIndicator all = owi("", 2022, "Tiere");
        assertEquals(26, all.cases());
        assertEquals(26 * 1000.0 / 20_200, all.perThousand().getAsDouble(), 1e-12);
        assertEquals(3, owi("Süd", 2022, "Sonstiges").cases()); // "Parken auf Grünflächen" mapped in the project
    }

    private static OwiIndicator owi(String district, int year, String category) {
        return result.owi().stream().filter(o -> o.district().equals(district) && o.year() == year
                && o.category().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void fieldsOfAction() {
        assertEquals(List.of("graffiti_vandalism", "violence", "nightlife"),
                result.fields().stream().map(FieldOfAction::name).toList());
        assertTrue(result.fieldValues().stream().anyMatch(v -> v.field().equals("graffiti_vandalism")
                && v.source().equals("owi") && v.item().equals("Plakatieren/Bemalen") && v.year() == 2022
                && v.cases() == 16));
        assertTrue(result.fieldValues().stream().anyMatch(v -> v.field().equals("nightlife") && v.source().equals("pks")
                && v.item().equals("224000") && v.ags().equals("14524") && v.cases() == 932));
    }

    @Test
    void everyInputIsAccountedFor() {
        assertEquals(5, result.sources().size());
        for (CrimeResult.SourceSummary s : result.sources()) {
            assertEquals(s.read(), s.used() + s.rejected());
            assertEquals(0, s.rejected());
        }
        assertTrue(result.rejected().isEmpty());
        assertEquals(5, result.accounts().size());
        assertEquals(16_400, result.accounts().get(1).read());
        assertEquals("pks", result.accounts().get(1).kind());
    }

    @Test
    void writesTheSpecifiedTables(@TempDir Path dir) throws IOException {
        try (OutputDir out = OutputDir.open(dir)) {
            CrimeTables.write(result, out);
            out.commit();
        }
        List<String> lines = Files.readAllLines(dir.resolve("crime_indicators.csv"), StandardCharsets.UTF_8);
        assertEquals("area,ags,year,key,label,cases,attempts,cleared,aq,hz,suspects,tvbz", lines.get(0));
        assertTrue(lines.contains("Musterstadt,14524999,2022,------,Straftaten insgesamt,1874,112,1093,"
                + "58.32443970117396,9277.227722772277,802,4311.8279569892475"), lines.toString());
        // Sachsen, summed from its Kreise: no suspects, no TVBZ (empty cells)
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Sachsen,14,2022,------,Straftaten insgesamt,266609,")
                && l.endsWith(",,")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Sachsen,14,2022,****00,")));
        assertEquals("area,ags,district,year,category,cases,population,per_1000",
                Files.readAllLines(dir.resolve("owi_indicators.csv")).get(0));
        for (String f : List.of("crime_trends.csv", "crime_benchmarks.csv", "crime_structure.csv",
                "fields_of_action.csv", "field_indicators.csv", "crime_sources.csv", "crime_rejected.csv")) {
            assertTrue(Files.exists(dir.resolve(f)), f);
        }
        assertFalse(Files.readString(dir.resolve("crime_indicators.csv")).contains("NaN"));
    }
}
