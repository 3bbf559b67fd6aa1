package de.lagebild.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real BKA table KR-F-01-T01-Kreise-Faelle-HZ_csv_2022.csv, byte for byte as published (see
 * src/test/resources/pks/README.md), imports completely and gives the published facts.
 */
class BkaReferenceFileTest {
    static final String NAME = "KR-F-01-T01-Kreise-Faelle-HZ_csv_2022.csv";
    static PksTable table;

    static Path file() {
        try {
            return Path.of(BkaReferenceFileTest.class.getResource("/pks/" + NAME).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void read() {
        table = PksReader.read(file(), ImportOptions.of(NAME));
    }

    @Test
    void everyRowIsImported() {
        assertEquals(16_400, table.account().read());
        assertEquals(16_400, table.account().used(), () -> table.account().rejected().toString());
        assertEquals(0, table.account().rejected().size());
        assertEquals(16_400, table.records().size());
        assertEquals(400, table.areas().size());
        assertEquals(41, table.keys().size());
        assertEquals(List.of(2022), List.copyOf(table.years()));
    }

    @Test
    void mittelsachsenStraftatenInsgesamt() {
        PksRecord r = table.find("14522", 2022, OffenceKey.TOTAL).orElseThrow();
        assertEquals("Mittelsachsen", r.areaName());
        assertEquals("Straftaten insgesamt", r.label());
        assertEquals(10_957, r.cases().getAsLong());
        assertEquals(601, r.attempts().getAsLong());
        assertEquals(6_717, r.cleared().getAsLong());
        assertEquals(4_986, r.suspects().getAsLong());
        assertEquals(816, r.nonGermanSuspects().getAsLong());
        assertEquals(3_661, r.publishedHz().getAsDouble());
        assertEquals(61.3, r.publishedAq().getAsDouble());
        assertEquals(61.3, CrimeIndicators.aq(r.cleared().getAsLong(), r.cases().getAsLong()).getAsDouble(), 0.05);
    }

    @Test
    void kreisKeysGetTheirLeadingZero() {
        PksRecord flensburg = table.find("01001", 2022, OffenceKey.TOTAL).orElseThrow();
        assertEquals("Flensburg", flensburg.areaName());
        assertEquals(9_677, flensburg.cases().getAsLong());
        assertEquals(3, flensburg.line());
    }

    @Test
    void divisionByZeroCellsReadAsNotDefined() throws Exception {
        // 803 rows without cases; their AQ and attempts share are #DIV/0!, never a number
        long zeroCases = table.records().stream().filter(r -> r.cases().getAsLong() == 0).count();
        assertEquals(803, zeroCases);
        assertTrue(table.records().stream().filter(r -> r.cases().getAsLong() == 0)
                .allMatch(r -> r.publishedAq().isEmpty()));
        // the file holds 2,688 such cells: 803 attempts shares, 803 AQ, 1,082 non-German shares
        String text = Files.readString(file(), java.nio.charset.StandardCharsets.ISO_8859_1);
        int cells = text.split("#DIV/0!", -1).length - 1;
        assertEquals(2_688, cells);
        PksRecord bamberg = table.find("09461", 2022, OffenceKey.parse("211000")).orElseThrow();
        assertEquals(0, bamberg.cases().getAsLong());
        assertEquals(1, bamberg.cleared().getAsLong());
        assertTrue(bamberg.publishedAq().isEmpty());
    }

    @Test
    void wildcardAndSummaryKeysAreKeptAsPublished() {
        assertTrue(table.keys().contains(OffenceKey.parse("****00")));
        assertTrue(table.keys().contains(OffenceKey.parse("435*00")));
        assertTrue(table.keys().contains(OffenceKey.parse("*50*00")));
        for (String k : List.of("890000", "892000", "897000", "899000", "899500")) {
            assertTrue(table.keys().contains(OffenceKey.parse(k)), k);
        }
        assertEquals(OffenceKey.TOTAL, table.keys().get(0));
    }

    @Test
    void formatIsRecognised() {
        assertTrue(table.format().startsWith("BKA table (CSV, ISO-8859-1, delimiter ';')"), table.format());
        assertTrue(table.notes().contains("decimal numbers read in english style"), table.notes().toString());
    }
}
