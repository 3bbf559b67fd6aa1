package de.lagebild.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire of the sample surveys: every column of survey.csv with its label and codes, in
 * file order. The codebook ({@code codebook.yaml}) is written from this list.
 */
final class Questionnaire {
    private Questionnaire() {
    }

    /** Codes of item nonresponse, for every item. */
    static final String DONT_KNOW = "8";
    static final String NO_ANSWER = "9";
    /** Code of "does not apply" (filter question not asked), a missing code of {@code reported}. */
    static final String NOT_APPLICABLE = "7";

    /**
     * A column.
     *
     * @param name    column name
     * @param label   German label (the question, shortened)
     * @param type    codebook type: id, nominal, ordinal, numeric
     * @param values  codes to labels, missing codes included ("" for none, as for numeric columns)
     * @param missing the variable's own missing codes
     */
    record Item(String name, String label, String type, Map<String, String> values, List<String> missing) {
    }

    private static final Map<String, String> NR = ordered(DONT_KNOW, "weiß nicht", NO_ANSWER, "keine Angabe");

    static final Map<String, String> SAFE = scale("sehr sicher", "eher sicher", "eher unsicher", "sehr unsicher");
    static final Map<String, String> WORRY = scale("nie", "selten", "manchmal", "oft", "sehr oft");
    static final Map<String, String> RISK = scale("sehr unwahrscheinlich", "eher unwahrscheinlich",
            "eher wahrscheinlich", "sehr wahrscheinlich");
    static final Map<String, String> PROBLEM = scale("kein Problem", "kleines Problem", "eher großes Problem",
            "großes Problem");
    static final Map<String, String> TRUST = scale("gar kein Vertrauen", "wenig Vertrauen", "teils, teils",
            "großes Vertrauen", "sehr großes Vertrauen");
    static final Map<String, String> SATISFACTION = scale("sehr unzufrieden", "eher unzufrieden", "teils, teils",
            "eher zufrieden", "sehr zufrieden");
    static final Map<String, String> YES_NO = withNr(ordered("0", "nein", "1", "ja"));

    /**
     * Places named as Angsträume: coded, never free text. Codes 8 and 9 are kept for "weiß nicht"
     * and "keine Angabe", as in every item.
     */
    static final Map<String, String> PLACES = withNr(ordered(
            "1", "Bahnhof und Bahnhofsvorplatz",
            "2", "Stadtpark, Grünanlagen",
            "3", "Marktplatz, Innenstadt",
            "4", "Fußgängerunterführung",
            "5", "Parkhaus, Tiefgarage",
            "6", "Schulhof, Schulgelände",
            "7", "Bushaltestelle, Busbahnhof",
            "10", "Innenhöfe und Garagen im Wohngebiet",
            "11", "Uferweg, Radweg am Fluss",
            "12", "Parkplatz am Einkaufsmarkt",
            "13", "Friedhof",
            "14", "Spielplatz",
            "15", "Wald- und Feldwege",
            "16", "Sportplatz, Freibad",
            "19", "anderer Ort"));

    /** The place codes that are places (not 8, 9). */
    static final List<String> PLACE_CODES = List.of("1", "2", "3", "4", "5", "6", "7", "10", "11", "12", "13", "14",
            "15", "16", "19");

    static final List<String> WORRY_ITEMS = List.of("worry_burglary", "worry_assault", "worry_theft",
            "worry_harassment");
    static final List<String> RISK_ITEMS = List.of("risk_burglary", "risk_assault", "risk_theft", "risk_harassment");
    static final List<String> AVOID_ITEMS = List.of("avoid_places", "avoid_night", "avoid_defence");
    static final List<String> PROBLEM_ITEMS = List.of("prob_graffiti", "prob_litter", "prob_drugs", "prob_drunk",
            "prob_noise", "prob_dogdirt", "prob_lighting");
    static final List<String> VICTIM_ITEMS = List.of("victim_theft", "victim_burglary", "victim_damage",
            "victim_assault", "victim_fraud");

    /** All columns of survey.csv, in order. */
    static List<Item> items(Town town) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("id", "Fragebogennummer", "id", Map.of(), List.of()));
        Map<String, String> districts = new LinkedHashMap<>();
        town.districts().forEach(d -> districts.put(d.name(), d.name() + districtNote(d.type())));
        items.add(new Item("district", "Ortsteil (aus dem Melderegister; Schicht der Stichprobe)", "nominal",
                districts, List.of()));
        items.add(new Item("sex", "Geschlecht (Selbstangabe)", "nominal",
                ordered("m", "männlich", "w", "weiblich", "d", "divers"), List.of()));
        Map<String, String> ages = new LinkedHashMap<>();
        for (int a = Ages.FIRST_ADULT; a < Ages.GROUPS.size(); a++) {
            String g = Ages.GROUPS.get(a);
            ages.put(g, g.endsWith("+") ? g.substring(0, g.length() - 1) + " Jahre und älter"
                    : g.replace("-", " bis ") + " Jahre");
        }
        items.add(new Item("agegrp", "Altersgruppe (aus dem Melderegister)", "ordinal", ages, List.of()));
        items.add(new Item("age", "Alter in Jahren (aus dem Melderegister)", "numeric", Map.of(), List.of()));
        items.add(new Item("dw", "Designgewicht N_h / n_h (Einwohner ab 16 / Befragte im Ortsteil)", "numeric",
                Map.of(), List.of()));
        items.add(new Item("N_h", "Einwohner ab 16 Jahren im Ortsteil am 31.12.2024 (Endlichkeitskorrektur)",
                "numeric", Map.of(), List.of()));
        items.add(item("q_safe_day", "Wie sicher fühlen Sie sich tagsüber allein in Ihrer Wohngegend?", "ordinal",
                SAFE));
        items.add(item("q_safe_night", "Wie sicher fühlen Sie sich nachts allein in Ihrer Wohngegend?", "ordinal",
                SAFE));
        String worry = "Wie oft machen Sie sich Sorgen, ";
        items.add(item("worry_burglary", worry + "dass in Ihre Wohnung oder Ihr Haus eingebrochen wird?", "ordinal",
                WORRY));
        items.add(item("worry_assault", worry + "dass Sie geschlagen und verletzt werden?", "ordinal", WORRY));
        items.add(item("worry_theft", worry + "dass Ihnen etwas gestohlen wird?", "ordinal", WORRY));
        items.add(item("worry_harassment", worry + "dass Sie belästigt werden (auch sexuell)?", "ordinal", WORRY));
        String risk = "Wie wahrscheinlich ist es, dass Ihnen in den nächsten 12 Monaten Folgendes passiert: ";
        items.add(item("risk_burglary", risk + "Einbruch in die Wohnung oder das Haus?", "ordinal", RISK));
        items.add(item("risk_assault", risk + "geschlagen und verletzt werden?", "ordinal", RISK));
        items.add(item("risk_theft", risk + "bestohlen werden?", "ordinal", RISK));
        items.add(item("risk_harassment", risk + "belästigt werden?", "ordinal", RISK));
        items.add(item("avoid_places", "Meiden Sie aus Angst vor Kriminalität bestimmte Orte oder Straßen?",
                "nominal", YES_NO));
        items.add(item("avoid_night", "Verzichten Sie aus Angst vor Kriminalität darauf, abends allein auszugehen?",
                "nominal", YES_NO));
        items.add(item("avoid_defence", "Tragen Sie zur Verteidigung etwas bei sich (z. B. Pfefferspray)?",
                "nominal", YES_NO));
        String prob = "Wie groß ist in Ihrer Wohngegend das Problem: ";
        items.add(item("prob_graffiti", prob + "Graffiti, Schmierereien?", "ordinal", PROBLEM));
        items.add(item("prob_litter", prob + "Müll, Verschmutzung?", "ordinal", PROBLEM));
        items.add(item("prob_drugs", prob + "Drogenkonsum, Drogenhandel?", "ordinal", PROBLEM));
        items.add(item("prob_drunk", prob + "betrunkene Menschen?", "ordinal", PROBLEM));
        items.add(item("prob_noise", prob + "Lärm, Ruhestörung?", "ordinal", PROBLEM));
        items.add(item("prob_dogdirt", prob + "Hundekot?", "ordinal", PROBLEM));
        items.add(item("prob_lighting", prob + "unzureichende Beleuchtung?", "ordinal", PROBLEM));
        String victim = "Sind Sie in den letzten 12 Monaten in " + town.name() + " Opfer folgender Tat geworden: ";
        items.add(item("victim_theft", victim + "Diebstahl (ohne Einbruch)?", "nominal", YES_NO));
        items.add(item("victim_burglary", victim + "Einbruch in Wohnung, Haus, Keller oder Garage?", "nominal",
                YES_NO));
        items.add(item("victim_damage", victim + "Sachbeschädigung (z. B. am Auto)?", "nominal", YES_NO));
        items.add(item("victim_assault", victim + "Körperverletzung, Angriff?", "nominal", YES_NO));
        items.add(item("victim_fraud", victim + "Betrug (auch im Internet)?", "nominal", YES_NO));
        items.add(item("victim_12m", "Opfer mindestens einer der Taten in den letzten 12 Monaten (abgeleitet: 1 wenn"
                + " eine Tat bejaht, 0 wenn alle verneint, sonst 9)", "nominal", YES_NO));
        items.add(new Item("reported", "Haben Sie die (letzte) Tat bei der Polizei angezeigt? (nur an Opfer"
                + " gestellt)", "nominal", withNr(ordered("0", "nein", "1", "ja", NOT_APPLICABLE,
                        "trifft nicht zu (kein Opfer)")), List.of(NOT_APPLICABLE, DONT_KNOW, NO_ANSWER)));
        items.add(item("trust_police", "Wie groß ist Ihr Vertrauen in die Polizei?", "ordinal", TRUST));
        items.add(item("trust_ordnungsamt", "Wie groß ist Ihr Vertrauen in das Ordnungsamt?", "ordinal", TRUST));
        items.add(item("satisfaction", "Wie zufrieden sind Sie insgesamt damit, in " + town.name() + " zu wohnen?",
                "ordinal", SATISFACTION));
        items.add(item("fear_any", "Gibt es in " + town.name() + " Orte, an denen Sie sich unsicher fühlen"
                + " (Angsträume)?", "nominal", YES_NO));
        for (int k = 1; k <= 3; k++) {
            items.add(item("fear_place_" + k, "Angstraum, " + k + ". Nennung (leer: keine " + k + ". Nennung)",
                    "nominal", PLACES));
        }
        return items;
    }

    private static String districtNote(DistrictType t) {
        return switch (t) {
            case CENTER -> " (Innenstadt)";
            case STATION -> " (Bahnhofsumfeld)";
            case PLATTENBAU -> " (Plattenbausiedlung)";
            case SUBURB -> " (Einfamilienhausgebiet)";
            case VILLAGE -> " (eingemeindetes Dorf)";
        };
    }

    private static Item item(String name, String label, String type, Map<String, String> values) {
        return new Item(name, label, type, values, List.of(DONT_KNOW, NO_ANSWER));
    }

    /** A rating scale 1..k with the nonresponse codes. */
    private static Map<String, String> scale(String... labels) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            m.put(Integer.toString(i + 1), labels[i]);
        }
        return withNr(m);
    }

    private static Map<String, String> withNr(Map<String, String> m) {
        Map<String, String> out = new LinkedHashMap<>(m);
        out.putAll(NR);
        return out;
    }

    private static Map<String, String> ordered(String... codeLabel) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < codeLabel.length; i += 2) {
            m.put(codeLabel[i], codeLabel[i + 1]);
        }
        return m;
    }

    /** The codebook in the YAML format of {@code de.lagebild.survey.Codebook}. */
    static String codebookYaml(Town town) {
        return codebookYaml(town, items(town), "# Codebook of the " + town.name()
                + " survey (synthetic data, see README.md).\n");
    }

    /**
     * The codebook of a survey table shared by several towns: the same questions, asked about
     * "Ihre Gemeinde", and Ortsteile without a list of values (each town has its own).
     */
    static String sharedCodebookYaml(Town any) {
        List<Item> items = new ArrayList<>();
        for (Item it : items(any)) {
            items.add(new Item(it.name(), it.label().replace("in " + any.name(), "in Ihrer Gemeinde"), it.type(),
                    it.name().equals("district") ? Map.of() : it.values(), it.missing()));
        }
        return codebookYaml(any, items, "# Codebook of the Städtebund's shared survey table (synthetic data, see"
                + " ../README.md).\n");
    }

    private static String codebookYaml(Town town, List<Item> items, String firstLine) {
        StringBuilder sb = new StringBuilder();
        sb.append(firstLine);
        sb.append("# Written by de.lagebild.samples.MusterstadtGenerator; format: de.lagebild.survey.Codebook.\n");
        sb.append("# Item nonresponse: 8 weiß nicht, 9 keine Angabe (survey.missing in lagebild.yaml);\n");
        sb.append("# reported also has 7 trifft nicht zu (the question was asked to victims only).\n");
        sb.append("variables:\n");
        for (Item it : items) {
            sb.append("  ").append(it.name()).append(":\n");
            sb.append("    label: ").append(Yaml.quote(it.label())).append('\n');
            sb.append("    type: ").append(it.type()).append('\n');
            if (!it.values().isEmpty()) {
                sb.append("    values:\n");
                it.values().forEach((code, label) -> sb.append("      ").append(Yaml.key(code)).append(": ")
                        .append(Yaml.quote(label)).append('\n'));
            }
            if (!it.missing().isEmpty()) {
                sb.append("    missing: [").append(String.join(", ", it.missing())).append("]\n");
            }
        }
        sb.append("scales:\n");
        scale(sb, "kf_affektiv", "Affektive Kriminalitätsfurcht: Sorgen (Mittelwert, 1 nie bis 5 sehr oft)",
                WORRY_ITEMS, 1, 5, 3);
        scale(sb, "kf_kognitiv", "Kognitive Kriminalitätsfurcht: Risikoeinschätzung (Mittelwert, 1 sehr"
                + " unwahrscheinlich bis 4 sehr wahrscheinlich)", RISK_ITEMS, 1, 4, 3);
        scale(sb, "kf_konativ", "Konative Kriminalitätsfurcht: Schutz- und Vermeideverhalten (Anteil der genannten"
                + " Verhaltensweisen, 0 bis 1)", AVOID_ITEMS, 0, 1, 2);
        return sb.toString();
    }

    private static void scale(StringBuilder sb, String name, String label, List<String> items, int min, int max,
            int minItems) {
        sb.append("  ").append(name).append(":\n");
        sb.append("    label: ").append(Yaml.quote(label)).append('\n');
        sb.append("    items: [").append(String.join(", ", items)).append("]\n");
        sb.append("    range: [").append(min).append(", ").append(max).append("]\n");
        sb.append("    min_items: ").append(minItems).append('\n');
    }
}
