package de.lagebild.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ordnungswidrigkeiten files, offence keys and their hierarchy, the indicator formulas at their edges. */
class OwiAndKeysTest {
    @TempDir
    Path dir;

    @Test
    void owiCategoriesSumRowsAndDamage() throws IOException {
        Path f = dir.resolve("owi.csv");
        Files.writeString(f, String.join("\n",
                "Jahr;Ortsteil;Tatbestand;Anzahl",
                "2022;Altstadt;Wildpinkeln;12",
                "2022;Altstadt;Hundehaufen;7",
                "2022;Altstadt;Leinenzwang;3",
                "2022;Altstadt;Ruhestörung;21",
                "2022;Insgesamt;Ruhestörung;21",
                "2022;Altstadt;Lärm;4",
                "2022;Neustadt;wildes Plakatieren;zwei",
                "2022;Neustadt;Taubenfüttern;",
                "2022;Neustadt;Glücksspiel;1") + "\n", StandardCharsets.UTF_8);
        OwiTable t = OwiReader.read(f, ImportOptions.of("owi.csv").withCategories(Map.of("Hundehaufen", "Tiere")));
        assertEquals(9, t.account().read());
        List<String> rejected = t.account().rejected().stream().map(Object::toString).toList();
        assertEquals(List.of(
                "owi.csv line 6, column Ortsteil: \"Insgesamt\" is a sum row; leave sums out, Lagebild forms them",
                "owi.csv line 8, column Anzahl: \"zwei\" is not a number",
                "owi.csv line 9, column Anzahl: \"\" is no count; write 0 where there were none"), rejected);
        assertEquals(List.of("Verunreinigung", "Tiere", "Lärm/Nachtruhe", "Glücksspiel"), List.copyOf(t.categories()));
        // "Ruhestörung" and "Lärm" both count as Lärm/Nachtruhe; different spellings are not duplicates
        assertEquals(25, t.records().stream().filter(r -> r.category().equals(OwiCategories.LAERM))
                .mapToLong(OwiRecord::cases).sum());
        assertTrue(t.notes().get(0).contains("Glücksspiel"), t.notes().toString());
    }

    @Test
    void owiStandardSpellings() {
        assertEquals(OwiCategories.PLAKATIEREN, OwiCategories.canonical("Graffiti", Map.of()));
        assertEquals(OwiCategories.LAERM, OwiCategories.canonical("Laerm / Nachtruhe", Map.of()));
        assertEquals(OwiCategories.ABFALL, OwiCategories.canonical("illegale Müllablagerung", Map.of()));
        assertEquals(OwiCategories.BETTELN, OwiCategories.canonical("aggressives Betteln", Map.of()));
        assertEquals("Glücksspiel", OwiCategories.canonical(" Glücksspiel ", Map.of()));
        assertEquals("Sonstiges", OwiCategories.canonical("Grillen im Park", Map.of("grillen im park", "Sonstiges")));
    }

    @Test
    void offenceKeys() {
        assertEquals("010000", OffenceKey.parse("10000").code());
        assertEquals("000000", OffenceKey.parse("0").code());
        assertFalse(OffenceKey.parse("0").isTotal());
        assertTrue(OffenceKey.parse(" ------ ").isTotal());
        assertTrue(OffenceKey.parse("****00").isWildcard());
        assertTrue(OffenceKey.parse("899500").isSummary());
        assertTrue(OffenceKey.parse("4***00").covers(OffenceKey.parse("435*00")));
        assertTrue(OffenceKey.parse("****00").covers(OffenceKey.parse("326*00")));
        assertFalse(OffenceKey.parse("3***00").covers(OffenceKey.parse("435*00")));
        assertTrue(OffenceKey.TOTAL.covers(OffenceKey.parse("892000")));
        // a leading * stands for the theft groups: Diebstahl insgesamt does not include Raub
        assertFalse(OffenceKey.parse("****00").covers(OffenceKey.parse("210000")));
        assertFalse(OffenceKey.parse("****00").covers(OffenceKey.parse("892000")), "summary keys are lists");
        assertTrue(OffenceKey.parse("****00").covers(OffenceKey.parse("***300")));
        assertTrue(OffenceKey.parse("***300").overlaps(OffenceKey.parse("4***00")));
        assertFalse(OffenceKey.parse("3***00").overlaps(OffenceKey.parse("4***00")));
        assertFalse(OffenceKey.parse("****00").overlaps(OffenceKey.parse("674000")));
        assertFalse(OffenceKey.parse("222000").overlaps(OffenceKey.parse("224000")));
        assertTrue(OffenceKey.parse("892000").overlaps(OffenceKey.parse("222000")), "a summary key may hold any key");
        assertEquals(Optional.of(OffenceKey.parse("621100")), OffenceKey.parse("621110").parent());
        assertEquals(Optional.of(OffenceKey.parse("600000")), OffenceKey.parse("620000").parent());
        assertEquals(Optional.of(OffenceKey.parse("000000")), OffenceKey.parse("010000").parent());
        assertEquals(Optional.of(OffenceKey.TOTAL), OffenceKey.parse("000000").parent());
        assertEquals(Optional.of(OffenceKey.parse("43**00")), OffenceKey.parse("435*00").parent());
        assertEquals(Optional.of(OffenceKey.parse("****00")), OffenceKey.parse("4***00").parent());
        assertEquals(Optional.of(OffenceKey.TOTAL), OffenceKey.parse("892000").parent());
        assertEquals(Optional.empty(), OffenceKey.TOTAL.parent());
        assertEquals(Optional.of("Gewaltkriminalität"), OffenceKey.parse("892000").standardLabel());
        assertEquals(Optional.of("Straftaten gegen das Leben"), OffenceKey.parse("0").standardLabel());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OffenceKey.parse("89200O"));
        assertTrue(e.getMessage().contains("only digits and * may appear"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OffenceKey.parse("******"));
        assertEquals(49, OffenceKey.standardLabels().size()); // 41 keys of the BKA table and 8 main groups
    }

    @Test
    void areaKeys() {
        assertEquals(Optional.of("01001"), AreaKeys.normalize("1001")); // Kreis key that lost its leading zero
        assertEquals(Optional.of("01"), AreaKeys.normalize("1"));
        assertEquals(Optional.of("14524999"), AreaKeys.normalize("14524999"));
        assertEquals(Optional.of("14524999"), AreaKeys.normalize("145240000999")); // ARS to AGS
        assertEquals(Optional.of("14"), AreaKeys.normalize("Sachsen"));
        assertEquals(Optional.of("16"), AreaKeys.normalize("Thüringen"));
        assertEquals(Optional.of("DG"), AreaKeys.normalize("Deutschland"));
        assertEquals(Optional.empty(), AreaKeys.normalize("123456"));
        assertTrue(AreaKeys.contains("14", "14524"));
        assertTrue(AreaKeys.contains("14524", "14524999"));
        assertTrue(AreaKeys.contains("DG", "14"));
        assertFalse(AreaKeys.contains("14524", "14524"));
        assertFalse(AreaKeys.contains("14523", "14524999"));
    }

    @Test
    void formulasAtTheirEdges() {
        assertTrue(CrimeIndicators.aq(0, 0).isEmpty());
        assertEquals(150.0, CrimeIndicators.aq(3, 2).getAsDouble()); // cleared in a later year: above 100
        assertTrue(CrimeIndicators.hz(5, 0).isEmpty());
        assertTrue(CrimeIndicators.hz(5, Double.NaN).isEmpty());
        assertEquals(3661.0, Math.rint(CrimeIndicators.hz(10_957, 299_290).getAsDouble())); // Mittelsachsen, BKA HZ
        assertEquals(25.0, CrimeIndicators.tvbz(1, 4_000).getAsDouble());
        assertEquals(2.5, CrimeIndicators.perThousand(5, 2_000).getAsDouble());
        assertTrue(CrimeIndicators.perThousand(5, -1).isEmpty());
    }

    @Test
    void fieldsOfAction() {
        List<FieldOfAction> d = FieldOfAction.defaults();
        assertEquals(List.of("graffiti_vandalism", "littering", "violence", "extremism", "drugs", "theft_burglary",
                "public_order", "street_crime"), d.stream().map(FieldOfAction::name).toList());
        FieldOfAction g = FieldOfAction.builtIn("graffiti_vandalism").orElseThrow();
        assertEquals(List.of(OffenceKey.parse("674000"), OffenceKey.parse("899500")), g.pks());
        assertEquals(List.of(OwiCategories.PLAKATIEREN), g.owi());
        for (FieldOfAction f : d) {
            for (OffenceKey k : f.pks()) {
                assertTrue(k.standardLabel().isPresent(), k + " of " + f.name() + " is in the BKA table's keys");
            }
            for (String c : f.owi()) {
                assertTrue(OwiCategories.isStandard(c), c);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new FieldOfAction("Gewalt!", "x", List.of(), List.of(),
                List.of()));
    }
}
