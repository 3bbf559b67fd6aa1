package de.lagebild.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PKS offence keys the samples use, how they nest, and how one year's counts of an area are
 * drawn.
 *
 * <p>Counts are drawn for disjoint components and summed where the PKS defines a sum, so that the
 * identities of the BKA tables hold: {@code ****00} = {@code 3***00} + {@code 4***00} (cases,
 * attempts, cleared cases), {@code 892000} = {@code 210000} + {@code 222000} + other violent
 * offences, {@code ------} = the main groups + all other offences. Keys that are parts of another
 * key ({@code 435*00} of {@code 4***00}, {@code 899500} of {@code 674000}, ...) never exceed it.
 * Suspects are drawn per key (a person suspected of two offences counts once in each key and once
 * in the total: suspects are not additive).
 */
final class Offences {
    private Offences() {
    }

    /** Years of crime data (PKS, Ordnungswidrigkeiten). */
    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2024;
    /** The year of the real BKA figures every synthetic number is anchored on. */
    static final int ANCHOR_YEAR = 2022;

    /**
     * How a group of offences changed from year to year, relative to 2022 (for 2020 to 2024):
     * assumed, in line with the broad German pattern: fewer thefts and assaults in the lockdown year
     * 2021, a rise after it, fewer drug offences in 2024 after cannabis was legalised (KCanG, April
     * 2024), steadily more fraud.
     */
    enum Trend {
        THEFT(1.00, 0.88, 1.00, 1.09, 1.05),
        BURGLARY(1.12, 0.92, 1.00, 1.10, 1.06),
        VIOLENCE(0.95, 0.88, 1.00, 1.07, 1.05),
        DAMAGE(1.02, 0.95, 1.00, 1.03, 0.98),
        DRUGS(1.05, 1.02, 1.00, 0.98, 0.70),
        FRAUD(0.95, 0.97, 1.00, 1.05, 1.08),
        OTHER(1.02, 0.96, 1.00, 1.04, 1.02);

        private final double[] factor;

        Trend(double... factor) {
            this.factor = factor;
        }

        double factor(int year) {
            return factor[year - FIRST_YEAR];
        }
    }

    /**
     * An offence key.
     *
     * @param key    the 6-character PKS key
     * @param label  the label in the municipal export
     * @param trend  its year-to-year change
     * @param urban  how much more often it occurs in a small town with a station than in its Kreis
     *               on average (assumed)
     * @param parent the key it is part of ("" for none)
     */
    record Key(String key, String label, Trend trend, double urban, String parent) {
    }

    /** The keys in the order of the BKA tables. */
    static final List<Key> KEYS = List.of(
            new Key("------", "Straftaten insgesamt", Trend.OTHER, 1.15, ""),
            new Key("210000", "Raub, räuberische Erpressung und räuberischer Angriff auf Kraftfahrer",
                    Trend.VIOLENCE, 1.40, "892000"),
            new Key("222000", "Gefährliche und schwere Körperverletzung", Trend.VIOLENCE, 1.35, "892000"),
            new Key("224000", "Vorsätzliche einfache Körperverletzung § 223 StGB", Trend.VIOLENCE, 1.30, ""),
            new Key("3***00", "Diebstahl ohne erschwerende Umstände", Trend.THEFT, 1.40, "****00"),
            new Key("326*00", "Einfacher Ladendiebstahl", Trend.THEFT, 1.50, "3***00"),
            new Key("4***00", "Diebstahl unter erschwerenden Umständen", Trend.THEFT, 1.30, "****00"),
            new Key("435*00", "Wohnungseinbruchdiebstahl", Trend.BURGLARY, 1.00, "4***00"),
            new Key("****00", "Diebstahl insgesamt", Trend.THEFT, 1.35, ""),
            new Key("***300", "Diebstahl von Fahrrädern", Trend.THEFT, 1.60, "****00"),
            new Key("*50*00", "Diebstahl an/aus Kraftfahrzeugen", Trend.THEFT, 1.20, "****00"),
            new Key("510000", "Betrug", Trend.FRAUD, 1.05, ""),
            new Key("674000", "Sachbeschädigung", Trend.DAMAGE, 1.30, ""),
            new Key("730000", "Rauschgiftdelikte", Trend.DRUGS, 1.35, ""),
            new Key("892000", "Gewaltkriminalität", Trend.VIOLENCE, 1.35, ""),
            new Key("897000", "Cybercrime", Trend.FRAUD, 1.00, "------"),
            new Key("899000", "Straßenkriminalität", Trend.THEFT, 1.35, "------"),
            new Key("899500", "Sachbeschädigung durch Graffiti", Trend.DAMAGE, 1.50, "674000"));

    /** The keys in the order of the municipal export (totals first, then by field). */
    static final List<String> EXPORT_ORDER = List.of("------", "892000", "210000", "222000", "224000", "****00",
            "3***00", "326*00", "4***00", "435*00", "***300", "*50*00", "510000", "897000", "674000", "899500",
            "730000", "899000");

    /** Keys drawn as independent components (the rest are sums or parts). */
    static final List<String> COMPONENTS = List.of("3***00", "4***00", "674000", "224000", "210000", "222000",
            "730000", "510000");
    /** Pseudo-keys of the two remainders: violent offences other than robbery and aggravated assault, all other offences. */
    static final String OTHER_VIOLENCE = "892000-other";
    static final String REST = "------rest";
    /** Main groups of Straftaten insgesamt that do not overlap (the rest makes up the total). */
    static final List<String> MAIN_GROUPS = List.of("****00", "674000", "224000", "892000", "730000", "510000");

    static Key key(String key) {
        for (Key k : KEYS) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a sample key: " + key);
    }

    /**
     * One row of a PKS table: the counts of one area, year and key.
     *
     * @param cases     erfasste Fälle
     * @param attempts  davon Versuche
     * @param cleared   aufgeklärte Fälle
     * @param suspects  Tatverdächtige
     * @param male      männliche Tatverdächtige
     * @param nonGerman nichtdeutsche Tatverdächtige
     * @param threatened mit Schusswaffe gedroht
     * @param shot      mit Schusswaffe geschossen
     */
    record Counts(long cases, long attempts, long cleared, long suspects, long male, long nonGerman, long threatened,
            long shot) {
        Counts {
            if (cases < 0 || attempts > cases || cleared > cases || male > suspects || nonGerman > suspects
                    || threatened > cases || shot > cases || attempts < 0 || cleared < 0 || male < 0
                    || nonGerman < 0 || threatened < 0 || shot < 0) {
                throw new IllegalArgumentException("inconsistent counts " + this);
            }
        }

        Counts plus(Counts o) {
            return new Counts(cases + o.cases, attempts + o.attempts, cleared + o.cleared, 0, 0, 0,
                    threatened + o.threatened, shot + o.shot);
        }

        /** The same cases with suspects drawn anew (for sums, where suspects do not add). */
        Counts withSuspects(long suspects, long male, long nonGerman) {
            return new Counts(cases, attempts, cleared, suspects, male, nonGerman, threatened, shot);
        }
    }

    /**
     * The rates that turn cases into the other columns, per key (and per pseudo-key
     * {@link #OTHER_VIOLENCE}, {@link #REST}).
     *
     * @param attempts       attempts per case
     * @param cleared        cleared cases per case (at most 1)
     * @param suspects       suspects per cleared case
     * @param male           share of male suspects
     * @param nonGerman      share of non-German suspects
     * @param threatened     cases with a firearm threatened, per case
     * @param shot           cases with a firearm fired, per case
     */
    record Rates(double attempts, double cleared, double suspects, double male, double nonGerman, double threatened,
            double shot) {
    }

    /**
     * Draws one year of one area.
     *
     * @param expected expected cases of each component, sub key and pseudo-key
     * @param rates    the rates of every key and pseudo-key
     * @return counts for every key of {@link #KEYS}, in that order
     */
    static Map<String, Counts> draw(Map<String, Double> expected, Map<String, Rates> rates, Rng rng) {
        Map<String, Counts> c = new LinkedHashMap<>();
        for (String k : COMPONENTS) {
            c.put(k, component(rng.poisson(expected.get(k)), rates.get(k), rng));
        }
        Counts otherViolence = component(rng.poisson(expected.get(OTHER_VIOLENCE)), rates.get(OTHER_VIOLENCE), rng);
        Counts rest = component(rng.poisson(expected.get(REST)), rates.get(REST), rng);
        c.put("****00", withSuspects(c.get("3***00").plus(c.get("4***00")), rates.get("****00"), rng));
        c.put("892000", withSuspects(c.get("210000").plus(c.get("222000")).plus(otherViolence),
                rates.get("892000"), rng));
        Counts total = rest;
        for (String k : MAIN_GROUPS) {
            total = total.plus(c.get(k));
        }
        c.put("------", withSuspects(total, rates.get("------"), rng));
        c.put("326*00", part("326*00", c.get("3***00"), expected, rates, rng));
        c.put("435*00", part("435*00", c.get("4***00"), expected, rates, rng));
        Counts bikes = part("***300", c.get("****00"), expected, rates, rng);
        c.put("***300", bikes);
        Counts theft = c.get("****00");
        Counts notBikes = new Counts(theft.cases() - bikes.cases(), theft.attempts() - bikes.attempts(),
                theft.cleared() - bikes.cleared(), 0, 0, 0, theft.threatened() - bikes.threatened(),
                theft.shot() - bikes.shot());
        c.put("*50*00", part("*50*00", notBikes, expected, rates, rng));
        c.put("899500", part("899500", c.get("674000"), expected, rates, rng));
        c.put("897000", part("897000", c.get("------"), expected, rates, rng));
        c.put("899000", part("899000", c.get("------"), expected, rates, rng));
        Map<String, Counts> ordered = new LinkedHashMap<>();
        for (Key k : KEYS) {
            ordered.put(k.key(), c.get(k.key()));
        }
        return ordered;
    }

    private static Counts component(int cases, Rates r, Rng rng) {
        int attempts = rng.binomial(cases, r.attempts());
        int cleared = rng.binomial(cases, r.cleared());
        int threatened = Math.min(cases, rng.poisson(cases * r.threatened()));
        int shot = Math.min(cases, rng.poisson(cases * r.shot()));
        return withSuspects(new Counts(cases, attempts, cleared, 0, 0, 0, threatened, shot), r, rng);
    }

    private static Counts withSuspects(Counts c, Rates r, Rng rng) {
        int suspects = rng.poisson(c.cleared() * r.suspects());
        int male = rng.binomial(suspects, r.male());
        int nonGerman = rng.binomial(suspects, r.nonGerman());
        return c.withSuspects(suspects, male, nonGerman);
    }

    /** A key that is part of another: drawn like a component, then capped at the parent's counts. */
    private static Counts part(String key, Counts parent, Map<String, Double> expected, Map<String, Rates> rates,
            Rng rng) {
        Rates r = rates.get(key);
        int cases = (int) Math.min(parent.cases(), rng.poisson(expected.get(key)));
        long attempts = Math.min(parent.attempts(), rng.binomial(cases, r.attempts()));
        long cleared = Math.min(parent.cleared(), rng.binomial(cases, r.cleared()));
        long threatened = Math.min(parent.threatened(), Math.min(cases, rng.poisson(cases * r.threatened())));
        long shot = Math.min(parent.shot(), Math.min(cases, rng.poisson(cases * r.shot())));
        return withSuspects(new Counts(cases, attempts, cleared, 0, 0, 0, threatened, shot), r, rng);
    }
}
