package de.lagebild.samples;

import java.util.List;

/** Writes a sample project's {@code lagebild.yaml}. */
final class ProjectFile {
    private ProjectFile() {
    }

    /** Survey indicators: name, type, variable, valid, success, label. */
    private record Indicator(String name, String type, String variable, String valid, String success, String label) {
    }

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("safe_day", "proportion", "q_safe_day", "[1, 2, 3, 4]", "[1, 2]",
                    "Fühlt sich tagsüber in der Wohngegend sicher"),
            new Indicator("safe_night", "proportion", "q_safe_night", "[1, 2, 3, 4]", "[1, 2]",
                    "Fühlt sich nachts in der Wohngegend sicher"),
            new Indicator("kf_affektiv", "mean", "kf_affektiv", "", "",
                    "Affektive Kriminalitätsfurcht (Sorgen; 1 nie bis 5 sehr oft)"),
            new Indicator("worry_burglary_often", "proportion", "worry_burglary", "[1, 2, 3, 4, 5]", "[4, 5]",
                    "Sorgt sich oft oder sehr oft vor einem Wohnungseinbruch"),
            new Indicator("worry_harassment_often", "proportion", "worry_harassment", "[1, 2, 3, 4, 5]", "[4, 5]",
                    "Sorgt sich oft oder sehr oft, belästigt zu werden"),
            new Indicator("kf_kognitiv", "mean", "kf_kognitiv", "", "",
                    "Kognitive Kriminalitätsfurcht (Risikoeinschätzung; 1 sehr unwahrscheinlich bis 4 sehr"
                            + " wahrscheinlich)"),
            new Indicator("risk_assault_likely", "proportion", "risk_assault", "[1, 2, 3, 4]", "[3, 4]",
                    "Hält es für wahrscheinlich, in den nächsten 12 Monaten geschlagen und verletzt zu werden"),
            new Indicator("kf_konativ", "mean", "kf_konativ", "", "",
                    "Konative Kriminalitätsfurcht (Anteil der drei Schutz- und Vermeideverhalten, 0 bis 1)"),
            new Indicator("avoid_places", "proportion", "avoid_places", "[0, 1]", "[1]",
                    "Meidet aus Angst vor Kriminalität bestimmte Orte"),
            new Indicator("avoid_night", "proportion", "avoid_night", "[0, 1]", "[1]",
                    "Geht aus Angst vor Kriminalität abends nicht allein aus"),
            new Indicator("prob_graffiti_big", "proportion", "prob_graffiti", "[1, 2, 3, 4]", "[3, 4]",
                    "Graffiti und Schmierereien sind ein (eher) großes Problem"),
            new Indicator("prob_litter_big", "proportion", "prob_litter", "[1, 2, 3, 4]", "[3, 4]",
                    "Müll und Verschmutzung sind ein (eher) großes Problem"),
            new Indicator("prob_drugs_big", "proportion", "prob_drugs", "[1, 2, 3, 4]", "[3, 4]",
                    "Drogenkonsum und -handel sind ein (eher) großes Problem"),
            new Indicator("prob_drunk_big", "proportion", "prob_drunk", "[1, 2, 3, 4]", "[3, 4]",
                    "Betrunkene sind ein (eher) großes Problem"),
            new Indicator("prob_noise_big", "proportion", "prob_noise", "[1, 2, 3, 4]", "[3, 4]",
                    "Lärm und Ruhestörung sind ein (eher) großes Problem"),
            new Indicator("prob_dogdirt_big", "proportion", "prob_dogdirt", "[1, 2, 3, 4]", "[3, 4]",
                    "Hundekot ist ein (eher) großes Problem"),
            new Indicator("prob_lighting_big", "proportion", "prob_lighting", "[1, 2, 3, 4]", "[3, 4]",
                    "Unzureichende Beleuchtung ist ein (eher) großes Problem"),
            new Indicator("victim_12m", "proportion", "victim_12m", "[0, 1]", "[1]",
                    "Opfer mindestens einer Straftat in den letzten 12 Monaten"),
            new Indicator("reported", "proportion", "reported", "[0, 1]", "[1]",
                    "Opfer, die die (letzte) Tat angezeigt haben (Anzeigequote)"),
            new Indicator("trust_police", "proportion", "trust_police", "[1, 2, 3, 4, 5]", "[4, 5]",
                    "Großes oder sehr großes Vertrauen in die Polizei"),
            new Indicator("trust_ordnungsamt", "proportion", "trust_ordnungsamt", "[1, 2, 3, 4, 5]", "[4, 5]",
                    "Großes oder sehr großes Vertrauen in das Ordnungsamt"),
            new Indicator("satisfied", "proportion", "satisfaction", "[1, 2, 3, 4, 5]", "[4, 5]",
                    "Wohnt (eher oder sehr) zufrieden am Ort"),
            new Indicator("fear_places", "proportion", "fear_any", "[0, 1]", "[1]",
                    "Nennt mindestens einen Angstraum"));

    static String yaml(Town town) {
        String slug = town.folder();
        StringBuilder sb = new StringBuilder();
        sb.append("# Sicherheitsanalyse ").append(town.name()).append(" 2025: a sample project of Lagebild.\n");
        sb.append("# SYNTHETIC DATA: ").append(town.name()).append(" does not exist; see README.md. This file and"
                + " the data files\n");
        sb.append("# are written by de.lagebild.samples.MusterstadtGenerator (seed ").append(town.seed())
                .append("); do not edit them by hand.\n");
        sb.append("municipality:\n");
        sb.append("  name: ").append(town.name()).append('\n');
        sb.append("  ags: \"").append(town.ags()).append("\"           # fictitious: a key of ")
                .append(town.kreis().name()).append(" (").append(town.kreis().ags()).append(") not in use\n");
        sb.append("  benchmarks:\n");
        sb.append("    - {name: ").append(Yaml.quote(town.kreis().name())).append(", ags: \"")
                .append(town.kreis().ags()).append("\"}\n");
        sb.append("    - {name: ").append(Yaml.quote(Kreis.LAND_NAME)).append(", ags: \"").append(Kreis.LAND_AGS)
                .append("\"}\n");
        sb.append('\n');
        sb.append("survey:                           # Bürgerbefragung spring 2025, residents aged 16+\n");
        sb.append("  file: survey.csv\n");
        sb.append("  codebook: codebook.yaml\n");
        sb.append("  id: id\n");
        sb.append("  missing: [8, 9]                 # weiß nicht, keine Angabe\n");
        sb.append("  recode:\n");
        sb.append("    sex_cal: {from: sex, map: {m: m, w: w, d: w}}   # no population figure for d: calibrated"
                + " with w\n");
        sb.append("  design:                         # stratified by Ortsteil, small Ortsteile oversampled\n");
        sb.append("    strata: district\n");
        sb.append("    weights: dw                   # N_h / n_h\n");
        sb.append("    fpc: N_h\n");
        sb.append("  weighting:\n");
        sb.append("    method: raking                # iterative proportional fitting to both margins (31.12.2024)\n");
        sb.append("    margins:\n");
        sb.append("      - {variables: [sex_cal, agegrp], file: margin_sex_age.csv, columns: {sex_cal: sex},"
                + " count: N}\n");
        sb.append("      - {variables: [district], file: margin_district.csv, count: N}\n");
        sb.append("    trim: {lower: 0.3, upper: 3.5, relative_to: mean, strict: true}   # then weights kept within"
                + " 0.3 to 3.5 times the mean\n");
        sb.append("    max_iterations: 200\n");
        sb.append("    tolerance: 1.0e-10\n");
        sb.append("  variance: linearization\n");
        sb.append("  indicators:\n");
        for (Indicator i : INDICATORS) {
            sb.append("    - {name: ").append(i.name()).append(", type: ").append(i.type()).append(", variable: ")
                    .append(i.variable());
            if (!i.valid().isEmpty()) {
                sb.append(", valid: ").append(i.valid());
            }
            if (!i.success().isEmpty()) {
                sb.append(", success: ").append(i.success());
            }
            sb.append(",\n       label: ").append(Yaml.quote(i.label())).append("}\n");
        }
        sb.append("  domains: [district, agegrp, sex]\n");
        sb.append("  crosstabs:                      # Rao-Scott F tests\n");
        sb.append("    - {row: safe_night, column: sex_cal}\n");
        sb.append("    - {row: safe_night, column: agegrp}\n");
        sb.append("    - {row: prob_drugs_big, column: district}\n");
        sb.append('\n');
        sb.append("crime:\n");
        sb.append("  pks:\n");
        sb.append("    - file: pks/pks_").append(slug).append(".csv   # the Polizeidirektion's export, 2020-2024\n");
        sb.append("      area: \"").append(town.ags()).append("\"\n");
        sb.append("      numbers: german\n");
        sb.append("      encoding: windows-1252\n");
        sb.append("      columns: {year: Jahr, key: \"Schlüssel\", label: Straftat, cases: \"erfasste Fälle\","
                + " attempts: Versuche,\n");
        sb.append("                cleared: \"aufgeklärte Fälle\", aq: \"Aufklärungsquote\", hz:"
                + " \"Häufigkeitszahl\", suspects: \"Tatverdächtige\"}\n");
        sb.append("    - pks/bka_kreise_sachsen_*.csv  # BKA Kreis tables 2020-2024 (2022 real, the rest synthetic);"
                + "\n");
        sb.append("                                    # Sachsen is aggregated from its Kreise\n");
        sb.append("  owi: owi.csv\n");
        sb.append("  population:\n");
        sb.append("    - population.csv              # by Ortsteil, sex and age group, 31.12.2019-2024\n");
        sb.append("    - population/12411-02-03-4_").append(town.kreis().ags())
                .append("_14.csv   # Kreis and Land: GENESIS table layout\n");
        sb.append("  population_year: previous       # HZ of year Y with the residents of 31.12.(Y-1), as the"
                + " BKA\n");
        sb.append("  trend_years: 5\n");
        sb.append("  fields:\n");
        sb.append("    - {name: graffiti_vandalism, survey: [prob_graffiti_big]}\n");
        sb.append("    - {name: littering, survey: [prob_litter_big, prob_dogdirt_big]}\n");
        sb.append("    - {name: violence, survey: [risk_assault_likely]}\n");
        sb.append("    - extremism                     # no PKS key (PMK statistics) and no survey item\n");
        sb.append("    - {name: drugs, survey: [prob_drugs_big, prob_drunk_big]}\n");
        sb.append("    - {name: theft_burglary, survey: [worry_burglary_often, victim_12m]}\n");
        sb.append("    - {name: public_order, survey: [prob_noise_big]}\n");
        sb.append("    - {name: street_crime, survey: [safe_night, avoid_night]}\n");
        sb.append('\n');
        sb.append("report:\n");
        sb.append("  title: \"Sicherheitsanalyse ").append(town.name()).append(" 2025\"\n");
        sb.append("  language: de\n");
        sb.append("  min_cell: 5\n");
        sb.append("  headline: safe_night           # the Sicherheitsgefühl of the report\n");
        sb.append("  created: 2025-06-30\n");
        return sb.toString();
    }
}
