package de.lagebild.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.crime.FieldOfAction;
import de.lagebild.crime.NumberStyle;
import de.lagebild.crime.OffenceKey;
import de.lagebild.io.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crime: part of a project file: every key is read and checked when the project is loaded. */
class CrimeSectionTest {
    @TempDir
    Path dir;

    private static final String HEAD = """
            municipality:
              name: Musterstadt
              ags: "14524999"
              benchmarks:
                - {name: "Landkreis Zwickau", ags: "14524"}
            """;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("pks"));
        Files.writeString(dir.resolve("pks/pks_2021.csv"), "Schlüssel;erfasste Fälle\n------;1\n");
        Files.writeString(dir.resolve("pks/pks_2022.csv"), "Schlüssel;erfasste Fälle\n------;1\n");
        Files.writeString(dir.resolve("owi.csv"), "Jahr;Kategorie;Anzahl\n2022;Lärm;1\n");
        Files.writeString(dir.resolve("population.csv"), "ags;jahr;einwohner\n14524999;2021;20000\n");
    }

    private Project load(String yaml) throws IOException {
        Path f = dir.resolve("lagebild.yaml");
        Files.writeString(f, yaml);
        return Project.load(f);
    }

    private String problems(String yaml) {
        InputException e = assertThrows(InputException.class, () -> load(yaml));
        return e.getMessage();
    }

    @Test
    void theShortFormOfTheSpec() throws IOException {
        Project p = load(HEAD + """
                crime:
                  pks: [pks/*.csv]
                  owi: owi.csv
                  population: population.csv
                """);
        CrimeSpec c = p.crime().orElseThrow();
        assertEquals(List.of(dir.resolve("pks/pks_2021.csv"), dir.resolve("pks/pks_2022.csv")), c.pks());
        assertEquals(dir.resolve("owi.csv"), c.owi().orElseThrow());
        assertEquals(dir.resolve("population.csv"), c.population().orElseThrow());
        assertEquals("pks/pks_2021.csv", c.pksFiles().get(0).options().displayName());
        assertEquals(CrimeSpec.PopulationYear.PREVIOUS, c.populationYear());
        assertEquals(5, c.trendYears());
        assertEquals(0.95, c.level());
        assertEquals(CrimeSpec.InvalidRows.ERROR, c.invalidRows());
        assertEquals(FieldOfAction.defaults(), c.fields());
        assertEquals(2021, c.populationYear().forYear(2022));
    }

    @Test
    void theLongForm() throws IOException {
        Project p = load(HEAD + """
                survey:
                  file: survey.csv
                  id: id
                  indicators:
                    - {name: safe_night, type: proportion, variable: q1, success: [1, 2]}
                crime:
                  pks:
                    - file: pks/pks_*.csv
                      area: "14524999"
                      numbers: german
                      encoding: windows-1252
                      delimiter: ";"
                      columns: {key: Schlüssel, cases: erfasste Fälle}
                  owi: {file: owi.csv, categories: {Hundehaufen: Tiere}}
                  population:
                    - {file: population.csv, format: long}
                  population_year: same
                  trend_years: 3
                  level: 0.9
                  invalid_rows: reject
                  structure: ["892000", "674000"]
                  fields:
                    - violence
                    - {name: graffiti_vandalism, survey: [safe_night]}
                    - {name: nightlife, label: Nachtleben, pks: ["224000"], owi: [Lärm/Nachtruhe]}
                """.replace("file: survey.csv", "file: owi.csv"));
        CrimeSpec c = p.crime().orElseThrow();
        assertEquals(2, c.pksFiles().size());
        CrimeSpec.Source s = c.pksFiles().get(1);
        assertEquals("pks/pks_2022.csv", s.options().displayName());
        assertEquals("14524999", s.options().area().orElseThrow());
        assertEquals(NumberStyle.GERMAN, s.options().numbers());
        assertEquals("windows-1252", s.options().encoding().orElseThrow().name());
        assertEquals(';', s.options().delimiter().orElseThrow());
        assertEquals(Map.of("key", "Schlüssel", "cases", "erfasste Fälle"), s.options().columns());
        assertEquals(Map.of("Landkreis Zwickau", "14524", "Musterstadt", "14524999").size(),
                s.options().areaNames().size());
        assertEquals(Map.of("Hundehaufen", "Tiere"), c.owiFiles().get(0).options().categories());
        assertEquals("long", c.populationFiles().get(0).options().format());
        assertEquals(CrimeSpec.PopulationYear.SAME, c.populationYear());
        assertEquals(3, c.trendYears());
        assertEquals(0.9, c.level());
        assertEquals(CrimeSpec.InvalidRows.REJECT, c.invalidRows());
        assertEquals(List.of(OffenceKey.parse("892000"), OffenceKey.parse("674000")), c.structure());
        assertEquals(List.of("violence", "graffiti_vandalism", "nightlife"),
                c.fields().stream().map(FieldOfAction::name).toList());
        FieldOfAction g = c.fields().get(1);
        assertEquals(FieldOfAction.builtIn("graffiti_vandalism").orElseThrow().pks(), g.pks()); // kept from the built-in
        assertEquals(List.of("safe_night"), g.survey());
        assertEquals("Nachtleben", c.fields().get(2).label());
    }

    @Test
    void everyMistakeIsReportedWithItsKey() {
        String msg = problems(HEAD + """
                crime:
                  pks:
                    - file: pks/nothing_*.csv
                    - {file: pks/pks_2022.csv, area: 1001, columns: {faelle: erfasste Fälle}, categories: {a: b}}
                  owi: {file: owi.csv, numbers: german}
                  population: {file: population.csv, format: excel}
                  population_year: last
                  trend_years: 1
                  invalid_rows: ignore
                  structure: ["89200O"]
                  fields:
                    - violance
                    - {name: nightlife, pks: ["22400"], survey: [safe_night]}
                  colour: blue
                """);
        for (String expected : List.of(
                "crime.pks[1].file: no file matches pks/nothing_*.csv",
                "crime.pks[2].area: must be an area key in quotes",
                "crime.pks[2].columns: maps \"faelle\", which is not a column role of pks files",
                "crime.pks[2].categories: does not apply to pks files",
                "crime.owi.numbers: does not apply to owi files",
                "crime.population.format: must be one of auto, long, ffcsv, genesis, not \"excel\"",
                "crime.population_year: must be one of previous, same, not \"last\"",
                "crime.trend_years: must be between 2 and 50, not 1",
                "crime.invalid_rows: must be one of error, reject, not \"ignore\"",
                "crime.structure: \"89200O\" is not a PKS offence key",
                "crime.fields[1]: \"violance\" is not a built-in field of action",
                "crime.colour: is not a known key")) {
            assertTrue(msg.contains(expected), "missing \"" + expected + "\" in:\n" + msg);
        }
        String file = dir.resolve("lagebild.yaml").toString();
        assertTrue(msg.lines().allMatch(l -> l.startsWith(file + " line ")), msg);
    }

    @Test
    void surveyIndicatorsOfFieldsMustExist() throws IOException {
        String msg = problems(HEAD + """
                survey:
                  file: owi.csv
                  id: id
                  indicators:
                    - {name: safe_night, type: proportion, variable: q1, success: [1, 2]}
                crime:
                  pks: pks/pks_2022.csv
                  fields:
                    - {name: violence, survey: [worry_assault]}
                """);
        assertTrue(msg.contains("crime.fields[1].survey: names \"worry_assault\", which is not an indicator of the survey"
                + " part; its indicators are safe_night"), msg);
    }
}
