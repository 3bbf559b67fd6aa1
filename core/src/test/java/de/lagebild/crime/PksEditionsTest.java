package de.lagebild.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The other PKS editions: BKA time series, XLSX with a multi-row header, municipal exports, extra columns. */
class PksEditionsTest {
    @TempDir
    Path dir;

    private Path write(String name, Charset cs, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", cs);
        return f;
    }

    /**
     * A BKA time-series table (layout of ZR-F-01-T01-Faelle_csv.csv: column-number line, the header
     * with the BKA's "Schluesse", keys without leading zeros, two HZ columns, "-" where a value is
     * not available, no count of cleared cases). Figures illustrative, shares consistent.
     */
    @Test
    void bkaTimeSeries() throws IOException {
        Path f = write("ZR-F-01-T01-Faelle_csv.csv", Encodings2.WINDOWS_1252,
                "1;2;3;4;5;6;7;8;9;10;11;12;13;14",
                "Schluesse;Straftat;Jahr;erfasste Faelle;HZ vor Zensus bis 2013;HZ nach Zensus ab2013;"
                        + "Versuche - Anzahl;Versuche - Anteil in %;mit Schusswaffe gedroht;mit Schusswaffe geschossen;"
                        + "Aufklaerungsquote in %;Tatverdaechtige insgesamt;Nichtdeutsche Tatverdaechtige - Anzahl;"
                        + "Nichtdeutsche Tatverdaechtige - Anteil in %",
                "------;Straftaten insgesamt;2012;5,997,040;7,327.3;-;386,000;6.4;5,900;4,800;54.4;2,094,118;"
                        + "522,270;24.9",
                "------;Straftaten insgesamt;2021;5,047,860;-;6,070;339,000;6.7;3,969;4,282;58.7;1,892,003;"
                        + "667,000;35.3",
                "0;Straftaten gegen das Leben;2021;2,470;-;3;1,361;55.1;64;123;93.2;3,020;1,043;34.5",
                "10000;Mord § 211 StGB;2021;691;-;1;463;67.0;27;58;95.1;870;312;35.9",
                "897000;Cybercrime;2012;-;-;-;-;-;-;-;-;-;-;-");
        InputException noArea = assertThrows(InputException.class,
                () -> PksReader.read(f, ImportOptions.of("ZR-F-01-T01-Faelle_csv.csv")));
        assertTrue(noArea.getMessage().contains("has no area column"), noArea.getMessage());

        PksTable t = PksReader.read(f, ImportOptions.of("ZR-F-01-T01-Faelle_csv.csv").withArea("DG"));
        assertEquals(5, t.account().read());
        assertEquals(5, t.account().used(), () -> t.account().rejected().toString());
        assertTrue(t.format().startsWith("BKA time-series table"), t.format());
        PksRecord total2021 = t.find("DG", 2021, OffenceKey.TOTAL).orElseThrow();
        assertEquals(5_047_860, total2021.cases().getAsLong());
        assertEquals(6_070, total2021.publishedHz().getAsDouble()); // the HZ after the Zensus, the filled one
        assertEquals(58.7, total2021.publishedAq().getAsDouble());
        assertTrue(total2021.cleared().isEmpty());
        assertEquals(7_327.3, t.find("DG", 2012, OffenceKey.TOTAL).orElseThrow().publishedHz().getAsDouble());
        assertEquals(691, t.find("DG", 2021, OffenceKey.parse("010000")).orElseThrow().cases().getAsLong());
        assertEquals(2_470, t.find("DG", 2021, OffenceKey.parse("000000")).orElseThrow().cases().getAsLong());
        // a key not yet in the catalogue: every value "-", read as not available, not as damage
        PksRecord cyber = t.find("DG", 2012, OffenceKey.parse("897000")).orElseThrow();
        assertTrue(cyber.cases().isEmpty());
        assertTrue(cyber.publishedHz().isEmpty());
        // in CrimeIndicators the published AQ stands in for the missing count of cleared cases
    }

    /**
     * An XLSX edition: title rows, a header over two rows with merged cells, a row of column
     * numbers, numeric cells with full precision, text "#DIV/0!" in a row without cases.
     */
    @Test
    void xlsxWithMultiRowHeader() throws IOException {
        Path f = dir.resolve("KR-F-01-T01-Kreise-Faelle-HZ_xlsx_2022.xlsx");
        double popA = 299_290.5;
        double popB = 310_000;
        try (OutputStream os = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(os, "Lagebild test", "1.0");
            Worksheet ws = wb.newWorksheet("T01");
            ws.value(0, 0, "Polizeiliche Kriminalstatistik 2022");
            ws.value(1, 0, "Grundtabelle - Kreise - Fälle mit Häufigkeitszahl");
            String[] top = {"Schlüssel", "Straftat", "Gemeinde-schlüssel", "Stadt-/Landkreis", "Kreisart",
                "erfasste Fälle", null, "davon Versuche", null, "Aufklärung", null, "Tatverdächtige insgesamt"};
            String[] sub = {null, null, null, null, null, "Anzahl", "HZ", "Anzahl", "Anteil in %", "Anzahl Fälle",
                "AQ in %", null};
            for (int c = 0; c < top.length; c++) {
                if (top[c] != null) {
                    ws.value(3, c, top[c]);
                }
                if (sub[c] != null) {
                    ws.value(4, c, sub[c]);
                }
                ws.value(5, c, c + 1);
            }
            ws.range(3, 5, 3, 6).merge();
            ws.range(3, 7, 3, 8).merge();
            ws.range(3, 9, 3, 10).merge();
            Object[][] data = {
                {"------", "Straftaten insgesamt", 14522, "Mittelsachsen", "LK", 10957, null, 601, null, 6717, null, 4986},
                {"674000", "Sachbeschädigung §§ 303-305a StGB", 14522, "Mittelsachsen", "LK", 1875, null, 18, null, 503,
                    null, 481},
                {"211000", "Raub auf Geldinstitute", 14522, "Mittelsachsen", "LK", 0, null, 0, "#DIV/0!", 0, "#DIV/0!",
                    0},
                {"------", "Straftaten insgesamt", 14524, "Zwickau", "LK", 13545, null, 854, null, 8173, null, 5816},
            };
            for (int r = 0; r < data.length; r++) {
                Object[] row = data[r];
                double pop = ((Integer) row[2]) == 14522 ? popA : popB;
                int cases = (Integer) row[5];
                row[6] = cases * 100_000.0 / pop;
                if (cases > 0) {
                    row[8] = ((Integer) row[7]) * 100.0 / cases;
                    row[10] = ((Integer) row[9]) * 100.0 / cases;
                }
                for (int c = 0; c < row.length; c++) {
                    if (row[c] instanceof String s) {
                        ws.value(6 + r, c, s);
                    } else if (row[c] instanceof Number n) {
                        ws.value(6 + r, c, n);
                    }
                }
            }
            ws.value(11, 0, "Quelle: Bundeskriminalamt, PKS 2022");
            wb.finish();
        }
        PksTable t = PksReader.read(f, ImportOptions.of(f.getFileName().toString()));
        assertEquals(4, t.account().read(), t.notes().toString());
        assertEquals(4, t.account().used(), () -> t.account().rejected().toString());
        PksRecord m = t.find("14522", 2022, OffenceKey.TOTAL).orElseThrow();
        assertEquals(10_957, m.cases().getAsLong());
        assertEquals(6_717, m.cleared().getAsLong());
        assertEquals(10_957 * 100_000.0 / popA, m.publishedHz().getAsDouble(), 1e-9);
        assertEquals(6_717 * 100.0 / 10_957, m.publishedAq().getAsDouble(), 1e-12);
        assertTrue(t.find("14522", 2022, OffenceKey.parse("211000")).orElseThrow().publishedAq().isEmpty());
        assertTrue(t.format().contains("XLSX, sheet T01"), t.format());
        assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("1 footnote line")), t.notes().toString());

        InputException noSheet = assertThrows(InputException.class,
                () -> PksReader.read(f, ImportOptions.of("k.xlsx").withSheet("T02")));
        assertTrue(noSheet.getMessage().contains("has no sheet \"T02\"; its sheets are T01"), noSheet.getMessage());
    }

    /** The municipal export of the test project, recognised without a column mapping. */
    @Test
    void municipalExportWithGermanHeadersAndNumbers() throws Exception {
        Path f = Path.of(getClass().getResource("/crime/musterstadt/pks_musterstadt.csv").toURI());
        PksTable t = PksReader.read(f, ImportOptions.of("pks_musterstadt.csv").withArea("14524999"));
        assertEquals(50, t.account().used(), () -> t.account().rejected().toString());
        assertEquals(List.of(2018, 2019, 2020, 2021, 2022), List.copyOf(t.years()));
        PksRecord r = t.find("14524999", 2022, OffenceKey.TOTAL).orElseThrow();
        assertEquals(1_874, r.cases().getAsLong()); // "1.874": German thousands separator
        assertEquals(1_093, r.cleared().getAsLong());
        assertEquals(802, r.suspects().getAsLong());
        assertEquals("Gewaltkriminalität", t.find("14524999", 2022, OffenceKey.parse("892000")).orElseThrow().label());
        assertTrue(t.notes().contains("decimal numbers read in german style"), t.notes().toString());
    }

    /** An export with its own column names, mapped in the project; years in files; an AQ column in German style. */
    @Test
    void columnMappingAndYearFromTheFileName() throws IOException {
        Path f = write("pd_export_2021.csv", StandardCharsets.UTF_8,
                "Delikt-Nr;Bezeichnung des Delikts;Fallzahl;davon Versuch;geklärt;Quote geklärt;Verdächtige",
                "------;Straftaten insgesamt;1.820;109;1.071;58,8;795",
                "892000;Gewaltkriminalität;61;8;52;85,2;77");
        Map<String, String> columns = Map.of("key", "Delikt-Nr", "label", "Bezeichnung des Delikts", "cases",
                "Fallzahl", "attempts", "davon Versuch", "cleared", "geklärt", "aq", "Quote geklärt", "suspects",
                "Verdächtige");
        PksTable t = PksReader.read(f, ImportOptions.of("pd_export_2021.csv").withColumns(columns)
                .withArea("14524999"));
        assertEquals(2, t.account().used(), () -> t.account().rejected().toString());
        PksRecord r = t.find("14524999", 2021, OffenceKey.TOTAL).orElseThrow();
        assertEquals(58.8, r.publishedAq().getAsDouble());
        assertEquals(1_071, r.cleared().getAsLong());

        InputException wrong = assertThrows(InputException.class, () -> PksReader.read(f,
                ImportOptions.of("pd_export_2021.csv").withColumns(Map.of("key", "Delikt-Nr", "cases", "Fälle"))
                        .withArea("14524999")));
        assertTrue(wrong.getMessage().contains("has no column \"Fälle\" (mapped to cases in columns:); its columns are"
                + " Delikt-Nr, Bezeichnung des Delikts, Fallzahl"), wrong.getMessage());
    }

    @Test
    void areasByTheNamesTheProjectUses() throws IOException {
        Path f = write("pks_vergleich_2022.csv", StandardCharsets.UTF_8,
                "Gemeinde;Schlüssel;erfasste Fälle",
                "Musterstadt;------;1874",
                "Landkreis Zwickau;------;13545",
                "Atlantis;------;1");
        ImportOptions o = ImportOptions.of("pks_vergleich_2022.csv").withColumns(Map.of("area", "Gemeinde"))
                .withAreaNames(Map.of("Musterstadt", "14524999", "Landkreis Zwickau", "14524"));
        PksTable t = PksReader.read(f, o);
        assertEquals(1_874, t.find("14524999", 2022, OffenceKey.TOTAL).orElseThrow().cases().getAsLong());
        assertEquals(13_545, t.find("14524", 2022, OffenceKey.TOTAL).orElseThrow().cases().getAsLong());
        assertEquals("pks_vergleich_2022.csv line 4, column Gemeinde: \"Atlantis\" is not an area key (AGS, Kreis or"
                + " Land key, DG) nor the name of an area of the project", t.account().rejected().get(0).toString());
    }

    @Test
    void extraColumnsAppendedByUsersDoNoHarm() throws IOException {
        List<String> lines = Files.readAllLines(BkaReferenceFileTest.file(), StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ";19;20");
        out.add(lines.get(1) + ";Bemerkung;Quote neu berechnet");
        for (String l : lines.subList(2, 400)) {
            out.add(l + ";geprüft;");
        }
        Path f = dir.resolve("KR-F-01-T01_erweitert_2022.csv");
        Files.write(f, out, StandardCharsets.ISO_8859_1);
        PksTable t = PksReader.read(f, ImportOptions.of("KR-F-01-T01_erweitert_2022.csv"));
        assertEquals(398, t.account().read());
        assertEquals(398, t.account().used(), () -> t.account().rejected().toString());
        assertEquals(10_957, t.find("14522", 2022, OffenceKey.TOTAL).orElseThrow().cases().getAsLong());
    }

    @Test
    void aKeyReformattedBySpreadsheetIsRejectedWithAdvice() throws IOException {
        Path f = write("pks_2022.csv", StandardCharsets.UTF_8,
                "Schlüssel;Straftat;erfasste Fälle",
                "------;Straftaten insgesamt;1874",
                "8.92E+05;Gewaltkriminalität;64");
        PksTable t = PksReader.read(f, ImportOptions.of("pks_2022.csv").withArea("14524999"));
        assertEquals(1, t.account().rejected().size());
        Problem p = t.account().rejected().get(0);
        assertEquals(3, p.line());
        assertTrue(p.message().contains("export the key column as text"), p.toString());
    }

    @Test
    void aFileWithoutYearNeedsOne() throws IOException {
        Path f = write("pks_musterstadt.csv", StandardCharsets.UTF_8, "Schlüssel;erfasste Fälle", "------;1874");
        InputException e = assertThrows(InputException.class,
                () -> PksReader.read(f, ImportOptions.of("pks_musterstadt.csv").withArea("14524999")));
        assertTrue(e.getMessage().contains("has no year column and its file name holds no single year"),
                e.getMessage());
        PksTable t = PksReader.read(f, ImportOptions.of("pks_musterstadt.csv").withArea("14524999").withYear(2023));
        assertEquals(2023, t.records().get(0).year());
    }

    @Test
    void germanStyleDecimalsInAnEnglishFileAreReported() throws IOException {
        Path f = write("mixed_2022.csv", StandardCharsets.UTF_8,
                "Schlüssel;erfasste Fälle;aufgeklärte Fälle;AQ",
                "------;1874;1093;58.3",
                "892000;64;53;82.8",
                "674000;296;61;20,6");
        PksTable t = PksReader.read(f, ImportOptions.of("mixed_2022.csv").withArea("14524999")
                .withNumbers(NumberStyle.ENGLISH));
        assertEquals(1, t.account().rejected().size());
        assertEquals("mixed_2022.csv line 4, column AQ: \"20,6\" is written in German number style, but this file"
                + " uses English style (61.3)", t.account().rejected().get(0).toString());
    }

    /** windows-1252 for fixtures. */
    static final class Encodings2 {
        static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    }
}
