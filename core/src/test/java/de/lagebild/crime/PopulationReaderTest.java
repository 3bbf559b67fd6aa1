package de.lagebild.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.io.InputException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Population files: the plain long CSV, the GENESIS flat file (both layouts) and the GENESIS table
 * CSV, with the markers of official statistics. Layouts: docs/data-formats-crime.md; figures
 * illustrative.
 */
class PopulationReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, Charset cs, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", cs);
        return f;
    }

    private static double total(PopulationTable t, String area, String district, int year) {
        return t.total(area, district, year).orElseThrow(() -> new AssertionError("no total " + area)).value();
    }

    @Test
    void longFileWithOrtsteilenSexesAndAgeGroups() throws Exception {
        Path f = Path.of(getClass().getResource("/crime/musterstadt/population.csv").toURI());
        PopulationTable t = PopulationReader.read(f, ImportOptions.of("population.csv"));
        assertEquals(96, t.accounts().get(0).read());
        assertEquals(96, t.accounts().get(0).used());
        assertEquals(Set.of("Nord", "Süd"), t.districts("14524999"));
        assertEquals(10_000, total(t, "14524999", "Süd", 2020));
        assertEquals(10_000, total(t, "14524999", "Sued", 2020)); // as another file may spell it
        assertEquals(10_150, total(t, "14524999", "Nord", 2020));
        PopulationTable.Value all = t.total("14524999", "", 2020).orElseThrow();
        assertEquals(20_150, all.value());
        assertEquals("sum of 2 Ortsteile", all.method());
        PopulationTable.Value eight = t.aged8Plus("14524999", "", 2020).orElseThrow();
        assertEquals(20_150 - 1_600, eight.value());
        assertFalse(eight.approximate());
        assertTrue(t.total("14524999", "", 2030).isEmpty());
        assertTrue(t.total("14524", "", 2020).isEmpty(), "one municipality is not its Kreis");
    }

    /** The current ffcsv layout: English headers, one value per row, "-" is zero, "." not available. */
    @Test
    void genesisFlatFile() throws IOException {
        String h = "statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;"
                + "1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;"
                + "2_variable_attribute_code;2_variable_attribute_label;3_variable_code;3_variable_label;"
                + "3_variable_attribute_code;3_variable_attribute_label;value;value_unit;value_variable_code;"
                + "value_variable_label;value_q";
        String p = "12411;Fortschreibung des Bevölkerungsstandes;STAG;Stichtag;2022-12-31;GEMEIN;Gemeinden;";
        Path f = write("12411-0018_de_flat.csv", StandardCharsets.UTF_8, h,
                p + "14524999;Musterstadt;GES;Geschlecht;;Insgesamt;ALTX20;Altersgruppen;ALT000B03;unter 3 Jahre;"
                        + "500;Anzahl;BEVSTD;Bevölkerungsstand;e",
                p + "14524999;Musterstadt;GES;Geschlecht;;Insgesamt;ALTX20;Altersgruppen;ALT003B06;3 bis unter 6 "
                        + "Jahre;600;Anzahl;BEVSTD;Bevölkerungsstand;e",
                p + "14524999;Musterstadt;GES;Geschlecht;;Insgesamt;ALTX20;Altersgruppen;ALT006B10;6 bis unter 10 "
                        + "Jahre;800;Anzahl;BEVSTD;Bevölkerungsstand;e",
                p + "14524999;Musterstadt;GES;Geschlecht;;Insgesamt;ALTX20;Altersgruppen;ALT010UM;10 Jahre und mehr;"
                        + "18000;Anzahl;BEVSTD;Bevölkerungsstand;e",
                p + "14524998;Nachbardorf;GES;Geschlecht;;Insgesamt;ALTX20;Altersgruppen;;Insgesamt;-;Anzahl;BEVSTD;"
                        + "Bevölkerungsstand;e",
                p + "14524997;Geheimdorf;GES;Geschlecht;;Insgesamt;ALTX20;Altersgruppen;;Insgesamt;.;Anzahl;BEVSTD;"
                        + "Bevölkerungsstand;e",
                p + "14524999;Musterstadt;GES;Geschlecht;;Insgesamt;ALTX20;Altersgruppen;;Insgesamt;5,2;%;BEVSTD;"
                        + "Anteil;e",
                p + "14524999;Musterstadt;NAT;Nationalität;NATA;Ausländer;ALTX20;Altersgruppen;;Insgesamt;1200;Anzahl;"
                        + "BEVSTD;Bevölkerungsstand;e");
        PopulationTable t = PopulationReader.read(f, ImportOptions.of("12411-0018_de_flat.csv"));
        assertEquals(6, t.accounts().get(0).read(), t.notes().toString());
        assertEquals(6, t.accounts().get(0).used(), () -> t.accounts().get(0).rejected().toString());
        assertTrue(t.formats().get(0).startsWith("GENESIS flat file (ffcsv)"), t.formats().toString());
        assertEquals(19_900, total(t, "14524999", "", 2022)); // the four age groups
        PopulationTable.Value eight = t.aged8Plus("14524999", "", 2022).orElseThrow();
        assertEquals(18_000 + 400, eight.value()); // half of the 6-10 group
        assertTrue(eight.approximate());
        assertEquals(0, total(t, "14524998", "", 2022)); // "-" is exactly zero
        assertTrue(t.total("14524997", "", 2022).isEmpty()); // "." is not available
        assertTrue(t.notes().contains("1 row(s) skipped: unit %"), t.notes().toString());
        assertTrue(t.notes().contains("1 row(s) skipped: broken down by NAT"), t.notes().toString());
    }

    /** GENESIS delivers the flat file as a zip holding one CSV: read as it is downloaded. */
    @Test
    void genesisFlatFileInItsZip() throws Exception {
        Path csv = Path.of(getClass().getResource("/crime/musterstadt/population_genesis_flat.csv").toURI());
        Path zip = dir.resolve("12411-0013_de_flat.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("12411-0013_de_flat.csv"));
            out.write(Files.readAllBytes(csv));
            out.closeEntry();
        }
        PopulationTable t = PopulationReader.read(zip, ImportOptions.of("12411-0013_de_flat.zip"));
        assertEquals(10, t.accounts().get(0).used(), () -> t.accounts().get(0).rejected().toString());
        assertTrue(t.formats().get(0).contains("zip holding 12411-0013_de_flat.csv"), t.formats().toString());
        assertEquals(309_600, total(t, "14524", "", 2021));
    }

    /** The older ffcsv layout: German headers, the value in a column CODE__Label__Unit. */
    @Test
    void genesisFlatFileOlderLayout() throws IOException {
        Path f = write("12411-0013_flat.csv", StandardCharsets.UTF_8,
                "Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;1_Merkmal_Code;1_Merkmal_Label;"
                        + "1_Auspraegung_Code;1_Auspraegung_Label;2_Merkmal_Code;2_Merkmal_Label;2_Auspraegung_Code;"
                        + "2_Auspraegung_Label;BEVSTD__Bevoelkerungsstand__Anzahl;BEVSTD__Bevoelkerungsstand__q",
                "12411;Fortschreibung;STAG;Stichtag;31.12.2022;DLAND;Bundesländer;14;Sachsen;GES;Geschlecht;GESM;"
                        + "männlich;2022712;e",
                "12411;Fortschreibung;STAG;Stichtag;31.12.2022;DLAND;Bundesländer;14;Sachsen;GES;Geschlecht;GESW;"
                        + "weiblich;2063440;e");
        PopulationTable t = PopulationReader.read(f, ImportOptions.of("12411-0013_flat.csv"));
        assertEquals(2, t.accounts().get(0).used(), () -> t.accounts().get(0).rejected().toString());
        PopulationTable.Value v = t.total("14", "", 2022).orElseThrow();
        assertEquals(4_086_152, v.value());
        assertEquals("sum over sexes", v.method());
    }

    /** The GENESIS table CSV with date, key, name and age group in each line (12411-02-03-4). */
    @Test
    void genesisTableWithAgeGroups() throws IOException {
        Path f = write("12411-02-03-4.csv", Charset.forName("windows-1252"),
                "GENESIS-Tabelle: 12411-02-03-4",
                "Bevölkerung nach Geschlecht und Altersgruppen (17) - Stichtag 31.12. -;;;;;;",
                "regionale Tiefe: Kreise und krfr. Städte;;;;;;",
                "Fortschreibung des Bevölkerungsstandes;;;;;;",
                "Bevölkerungsstand (Anzahl);;;;;;",
                ";;;;Insgesamt;männlich;weiblich",
                "31.12.2021;14524;  Zwickau, Landkreis;unter 3 Jahre;6900;3540;3360",
                "31.12.2021;14524;  Zwickau, Landkreis;3 bis unter 6 Jahre;7500;3850;3650",
                "31.12.2021;14524;  Zwickau, Landkreis;6 bis unter 10 Jahre;10400;5330;5070",
                "31.12.2021;14524;  Zwickau, Landkreis;10 Jahre und mehr;284800;139080;145720",
                "31.12.2021;14524;  Zwickau, Landkreis;Insgesamt;309600;151800;157800",
                "31.12.2021;14612;  Dresden, Stadt;Insgesamt;x;.;...",
                "__________",
                "(C)opyright Statistisches Bundesamt (Destatis), Statistische Ämter des Bundes und der Länder, 2024",
                "Stand: 30.06.2024 / 12:34:56");
        PopulationTable t = PopulationReader.read(f, ImportOptions.of("12411-02-03-4.csv"));
        assertEquals(6, t.accounts().get(0).read());
        assertEquals(6, t.accounts().get(0).used(), () -> t.accounts().get(0).rejected().toString());
        assertEquals("as given", t.total("14524", "", 2021).orElseThrow().method());
        assertEquals(309_600, total(t, "14524", "", 2021));
        assertEquals(290_000, t.aged8Plus("14524", "", 2021).orElseThrow().value());
        assertTrue(t.total("14612", "", 2021).isEmpty());
    }

    /** The GENESIS table CSV with the date above the columns (12411-01-01-4), Kreise only: the Land is summed. */
    @Test
    void genesisTableWithDatesInTheHeader() throws IOException {
        Path f = write("12411-01-01-4.csv", Charset.forName("windows-1252"),
                "GENESIS-Tabelle: 12411-01-01-4",
                "Bevölkerungsstand: Bevölkerung nach Geschlecht;;;;",
                "- Stichtag 31.12. -;;;;",
                "regionale Tiefe: Kreise und krfr. Städte;;;;",
                ";;31.12.2021;31.12.2021;31.12.2021",
                ";;Insgesamt;männlich;weiblich",
                "14511;       Chemnitz, Stadt;243105;119034;124071",
                "14524;       Zwickau, Landkreis;309600;151800;157800",
                "14626;       Görlitz, Landkreis;-;-;-",
                "__________",
                "Stand: 30.06.2024");
        PopulationTable t = PopulationReader.read(f, ImportOptions.of("12411-01-01-4.csv"));
        assertEquals(3, t.accounts().get(0).used(), () -> t.accounts().get(0).rejected().toString());
        assertEquals(243_105, total(t, "14511", "", 2021));
        PopulationTable.Value land = t.total("14", "", 2021).orElseThrow();
        assertEquals(243_105 + 309_600, land.value());
        assertTrue(land.method().startsWith("sum of 3 parts"), land.method());
    }

    @Test
    void damagedRowsAreRejectedWithLineAndReason() throws IOException {
        Path f = write("population_2022.csv", StandardCharsets.UTF_8,
                "ags;jahr;geschlecht;altersgruppe;einwohner",
                "14524999;2022;m;0-7;800",
                "14524999;2022;m;8+;9200",
                "14524999;2022;q;0-7;800",
                "14524999;2022;w;unter acht;900",
                "14524999;2022;w;8+;9.2OO",
                "14524999;2022;m;8+;9200",
                "14524999;2022;w;0-7;800;5");
        PopulationTable t = PopulationReader.read(f, ImportOptions.of("population_2022.csv"));
        assertEquals(7, t.accounts().get(0).read());
        List<String> rejected = t.accounts().get(0).rejected().stream().map(Object::toString).toList();
        assertEquals(List.of(
                "population_2022.csv line 4, column geschlecht: \"q\" is not a sex (m, w, d or insgesamt)",
                "population_2022.csv line 5, column altersgruppe: \"unter acht\" is not an age group (such as 0-7, 8-13,"
                        + " 65+, unter 3 Jahre, 75 Jahre und mehr)",
                "population_2022.csv line 6, column einwohner: \"9.2OO\" is not a number",
                "population_2022.csv line 7: repeats the figure of line 3 (area 14524999, 2022, male, 8+)",
                "population_2022.csv line 8: \"5\" in field 6 lies beyond the header's 5 columns: a column is shifted (an"
                        + " extra delimiter?)"), rejected);
        assertEquals(2, t.accounts().get(0).used());
    }

    @Test
    void aFileOfNoKnownLayoutIsUnusable() throws IOException {
        Path f = write("notes.csv", StandardCharsets.UTF_8, "Hallo;Welt", "foo;bar");
        InputException e = assertThrows(InputException.class,
                () -> PopulationReader.read(f, ImportOptions.of("notes.csv")));
        assertTrue(e.getMessage().startsWith("notes.csv: is not a population table this importer recognises"),
                e.getMessage());
    }

    @Test
    void filesThatDisagreeAreConflicts() throws IOException {
        Path a = write("a.csv", StandardCharsets.UTF_8, "ags;jahr;einwohner", "14524;2021;309600");
        Path b = write("b.csv", StandardCharsets.UTF_8, "ags;jahr;einwohner", "14524;2021;309601");
        PopulationTable t = PopulationTable.merge(List.of(PopulationReader.read(a, ImportOptions.of("a.csv")),
                PopulationReader.read(b, ImportOptions.of("b.csv"))));
        assertEquals(1, t.conflicts().size());
        assertEquals("b.csv line 2: gives the population of 14524 in 2021 as 309601, but a.csv line 2 gives 309600",
                t.conflicts().get(0).toString());
    }

    @Test
    void ageGroups() {
        assertEquals(Optional.of(new AgeGroup(0, 3)), AgeGroup.parse("unter 3 Jahre"));
        assertEquals(Optional.of(new AgeGroup(3, 6)), AgeGroup.parse("3 bis unter 6 Jahre"));
        assertEquals(Optional.of(new AgeGroup(75, AgeGroup.OPEN)), AgeGroup.parse("75 Jahre und mehr"));
        assertEquals(Optional.of(new AgeGroup(65, AgeGroup.OPEN)), AgeGroup.parse("65+"));
        assertEquals(Optional.of(new AgeGroup(8, 14)), AgeGroup.parse("8-13"));
        assertEquals(Optional.of(new AgeGroup(8, 9)), AgeGroup.parse("8"));
        assertEquals(Optional.of(new AgeGroup(0, 3)), AgeGroup.parse("ALT000B03"));
        assertEquals(Optional.of(new AgeGroup(5, 10)), AgeGroup.parse("ALT005B009"));
        assertEquals(Optional.of(new AgeGroup(75, AgeGroup.OPEN)), AgeGroup.parse("ALT075UM"));
        assertEquals(Optional.of(AgeGroup.ALL), AgeGroup.parse("Insgesamt"));
        assertEquals(Optional.empty(), AgeGroup.parse("jung"));
        // the finest complete set wins over summary groups
        List<AgeGroup> chain = PopulationTable.finestChain(Set.of(new AgeGroup(0, 18), new AgeGroup(18, AgeGroup.OPEN),
                new AgeGroup(0, 8), new AgeGroup(8, 18)));
        assertEquals(List.of(new AgeGroup(0, 8), new AgeGroup(8, 18), new AgeGroup(18, AgeGroup.OPEN)), chain);
        assertEquals(List.of(), PopulationTable.finestChain(Set.of(new AgeGroup(0, 8), new AgeGroup(10, 20))));
    }
}
