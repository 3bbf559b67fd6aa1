package de.lagebild.samples;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cohort files of the Städtebund, for {@code lagebild batch}: {@code cohort.yaml} listing the
 * five project folders, and {@code gemeinsam/}, the same five towns as one shared survey table with
 * a municipality column ({@code gemeinde}, the AGS), margins with that column, one PKS export of
 * the Polizeidirektion for all five towns, the BKA Kreis tables and the population files, described
 * by {@code gemeinsam/cohort.yaml}. Both give the same numbers; the shared variant has no
 * Ordnungswidrigkeiten (each Ordnungsamt keeps its own).
 */
final class Cohorts {
    private Cohorts() {
    }

    /** The files of the Städtebund folder besides the five project folders, relative path to bytes. */
    static Map<String, byte[]> files(List<Town> towns) {
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put("cohort.yaml", MusterstadtGenerator.utf8(projectCohort(towns)));
        f.putAll(prefixed("gemeinsam/", shared(towns)));
        return f;
    }

    private static Map<String, byte[]> prefixed(String prefix, Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(prefix + k, v));
        return out;
    }

    static String projectCohort(List<Town> towns) {
        StringBuilder sb = new StringBuilder();
        sb.append("# The Städtebund as a cohort of project files: lagebild batch samples/staedtebund/cohort.yaml\n");
        sb.append("# SYNTHETIC DATA (see README.md). Written by de.lagebild.samples.MusterstadtGenerator;"
                + " format: docs/cohort-file.md.\n");
        sb.append(cohortPart());
        sb.append("municipalities:                   # one project file each; the output folder is the project's"
                + " folder name\n");
        for (Town t : towns) {
            sb.append("  - ").append(t.folder()).append("/lagebild.yaml\n");
        }
        return sb.toString();
    }

    private static String cohortPart() {
        return "cohort:\n"
                + "  name: Städtebund Muster\n"
                + "  title: \"Städtebund Muster: Sicherheitsanalysen im Vergleich 2025\"\n"
                + "  created: 2025-06-30\n"
                + "  min_cell: 5\n"
                + "  compare:\n"
                + "    indicator: safe_night         # the Sicherheitsgefühl compared: feels safe at night\n"
                + "    crime_key: \"------\"           # HZ of Straftaten insgesamt\n"
                + "    year: 2024\n"
                + "    seed: 20250630                # rank intervals: same seed, same intervals\n";
    }

    /** The shared-table variant: cohort file, survey, codebook, margins, PKS and population. */
    static Map<String, byte[]> shared(List<Town> towns) {
        Benchmarks world = Benchmarks.get();
        StringBuilder survey = new StringBuilder();
        StringBuilder sexAge = new StringBuilder();
        StringBuilder district = new StringBuilder();
        StringBuilder pks = new StringBuilder();
        StringBuilder pop = new StringBuilder();
        TreeMap<String, String> kreise = new TreeMap<>();
        for (Town t : towns) {
            Population p = Population.of(t);
            Survey s = Survey.of(t, p);
            appendWithColumn(survey, s.csv(), "gemeinde", t.ags(), ',');
            appendWithColumn(sexAge, s.marginSexAge(), "gemeinde", t.ags(), ',');
            appendWithColumn(district, s.marginDistrict(), "gemeinde", t.ags(), ',');
            appendWithColumn(pks, TownPks.of(t, p).csv(), "Gemeindeschlüssel", t.ags(), ';');
            appendWithColumn(pop, p.csv(t), null, null, ';');
            kreise.put(t.kreis().ags(), t.kreis().name());
        }
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put("cohort.yaml", MusterstadtGenerator.utf8(sharedCohort(towns, kreise)));
        f.put("codebook.yaml", MusterstadtGenerator.utf8(Questionnaire.sharedCodebookYaml(towns.get(0))));
        f.put("survey.csv", MusterstadtGenerator.utf8(survey.toString()));
        f.put("margin_sex_age.csv", MusterstadtGenerator.utf8(sexAge.toString()));
        f.put("margin_district.csv", MusterstadtGenerator.utf8(district.toString()));
        f.put("population.csv", MusterstadtGenerator.utf8(pop.toString()));
        f.put("pks/pks_staedtebund.csv", MusterstadtGenerator.encode(pks.toString(), Charset.forName("windows-1252")));
        for (int y = Offences.FIRST_YEAR; y <= Offences.LAST_YEAR; y++) {
            f.put("pks/bka_kreise_sachsen_" + y + ".csv", MusterstadtGenerator.encode(world.pksTable(y),
                    StandardCharsets.ISO_8859_1));
        }
        for (String k : kreise.keySet()) {
            f.put("population/12411-02-03-4_" + k + "_14.csv", MusterstadtGenerator.encode(world.genesisPopulation(k),
                    StandardCharsets.ISO_8859_1));
        }
        return f;
    }

    /**
     * Appends a CSV's lines (its header only when {@code out} is still empty), each with a first
     * column {@code column} holding {@code value} (none when column is null).
     */
    private static void appendWithColumn(StringBuilder out, String csv, String column, String value, char delim) {
        String[] lines = csv.split("\n");
        boolean first = out.length() == 0;
        for (int i = 0; i < lines.length; i++) {
            if (i == 0 && !first) {
                continue;
            }
            if (column != null) {
                out.append(i == 0 ? column : value).append(delim);
            }
            out.append(lines[i]).append('\n');
        }
    }

    private static String sharedCohort(List<Town> towns, TreeMap<String, String> kreise) {
        StringBuilder sb = new StringBuilder();
        sb.append("# The Städtebund as one shared survey table: lagebild batch"
                + " samples/staedtebund/gemeinsam/cohort.yaml\n");
        sb.append("# SYNTHETIC DATA (see ../README.md). Written by de.lagebild.samples.MusterstadtGenerator;"
                + " format: docs/cohort-file.md.\n");
        sb.append("# The survey and margin files hold the rows of all five towns; the column gemeinde (the AGS)"
                + " says whose.\n");
        sb.append(cohortPart());
        sb.append("shared:\n");
        sb.append("  column: gemeinde                # in survey.csv and in every margin file\n");
        // the survey part of a town's project file, indented under shared:
        String project = ProjectFile.yaml(towns.get(0));
        int from = project.indexOf("\nsurvey:");
        int to = project.indexOf("\ncrime:");
        for (String line : project.substring(from + 1, to).split("\n")) {
            if (!line.isBlank()) {
                sb.append("  ").append(line).append('\n');
            }
        }
        sb.append("  crime:\n");
        sb.append("    pks:\n");
        sb.append("      - file: pks/pks_staedtebund.csv   # the Polizeidirektion's export for all five towns,"
                + " 2020-2024\n");
        sb.append("        numbers: german\n");
        sb.append("        encoding: windows-1252\n");
        sb.append("        columns: {area: \"Gemeindeschlüssel\", year: Jahr, key: \"Schlüssel\", label: Straftat,"
                + " cases: \"erfasste Fälle\",\n");
        sb.append("                  attempts: Versuche, cleared: \"aufgeklärte Fälle\", aq: \"Aufklärungsquote\","
                + " hz: \"Häufigkeitszahl\",\n");
        sb.append("                  suspects: \"Tatverdächtige\"}\n");
        sb.append("      - pks/bka_kreise_sachsen_*.csv\n");
        sb.append("    population:\n");
        sb.append("      - population.csv            # the five towns by Ortsteil, sex and age group\n");
        for (String k : kreise.keySet()) {
            sb.append("      - population/12411-02-03-4_").append(k).append("_14.csv\n");
        }
        sb.append("    population_year: previous\n");
        sb.append("    trend_years: 5\n");
        sb.append("  report:\n");
        sb.append("    title: \"Sicherheitsanalyse {name} 2025\"   # {name}: the municipality's name\n");
        sb.append("    min_cell: 5\n");
        sb.append("    created: 2025-06-30\n");
        sb.append("municipalities:                   # code: the value in the column gemeinde (default: ags)\n");
        for (Town t : towns) {
            sb.append("  - {name: ").append(t.name()).append(", ags: \"").append(t.ags()).append("\", benchmarks: [{name: ")
                    .append(Yaml.quote(t.kreis().name())).append(", ags: \"").append(t.kreis().ags())
                    .append("\"}, {name: ").append(Kreis.LAND_NAME).append(", ags: \"").append(Kreis.LAND_AGS)
                    .append("\"}]}\n");
        }
        return sb.toString();
    }
}
