package de.lagebild.samples;

import de.lagebild.samples.Offences.Counts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A town's PKS, as the Polizeidirektion exports it for the municipality.
 *
 * <p>Expected cases of a component (and of each part key) in year Y:
 * {@code sqrt(r_Kreis x r_Landkreise) x urban x crime level x trend(Y) x level(Y) x P(Y-1) / 100,000},
 * where {@code r_Kreis} is the 2022 rate per 100,000 of the town's Kreis and {@code r_Landkreise}
 * that of all Saxon Landkreise (real BKA figures), {@code urban} the key's small-town factor
 * ({@link Offences.Key#urban}), {@code level(Y) = exp(0.04 Z)} a common level of the year, and
 * {@code P(Y-1)} the town's residents on 31.12. of the year before. Counts and the other columns are
 * drawn as in {@link Offences#draw}, with the ratios (attempts, clearance, suspects) of the town's
 * Kreis in 2022.
 */
final class TownPks {
    private final Town town;
    private final Map<Integer, Map<String, Counts>> years = new TreeMap<>();
    private final Map<Integer, Long> population = new TreeMap<>();

    private TownPks(Town town, Population pop) {
        this.town = town;
        Benchmarks world = Benchmarks.get();
        String kreis = town.kreis().ags();
        Map<String, Offences.Rates> rates = world.rates(kreis);
        Rng rng = Rng.stream(town.seed(), "pks");
        for (int y = Offences.FIRST_YEAR; y <= Offences.LAST_YEAR; y++) {
            long p = pop.total(y - 1);
            population.put(y, p);
            double level = StrictMath.exp(0.04 * rng.normal());
            Map<String, Double> expected = new LinkedHashMap<>();
            for (String key : rates.keySet()) {
                double base = StrictMath.sqrt(world.rate(kreis, key) * world.landkreiseRate(key));
                expected.put(key, base * urban(key) * town.crimeLevel() * Benchmarks.trend(key).factor(y) * level
                        * p / 100_000);
            }
            years.put(y, Offences.draw(expected, rates, rng));
        }
    }

    static TownPks of(Town town, Population pop) {
        return new TownPks(town, pop);
    }

    private static double urban(String key) {
        if (key.equals(Offences.REST)) {
            return Offences.key("------").urban();
        }
        if (key.equals(Offences.OTHER_VIOLENCE)) {
            return 1.2;
        }
        return Offences.key(key).urban();
    }

    Counts counts(int year, String key) {
        return years.get(year).get(key);
    }

    /** The residents the HZ of a year is computed with (31.12. of the year before). */
    long population(int year) {
        return population.get(year);
    }

    /**
     * The export: {@code Jahr;Schlüssel;Straftat;erfasste Fälle;Versuche;aufgeklärte Fälle;
     * Aufklärungsquote;Häufigkeitszahl;Tatverdächtige}, German numbers (thousands with {@code .},
     * decimals with {@code ,}), to be written in windows-1252 as Excel does.
     */
    String csv() {
        StringBuilder sb = new StringBuilder("Jahr;Schlüssel;Straftat;erfasste Fälle;Versuche;aufgeklärte Fälle;"
                + "Aufklärungsquote;Häufigkeitszahl;Tatverdächtige\n");
        for (int y : years.keySet()) {
            for (String key : Offences.EXPORT_ORDER) {
                Counts c = counts(y, key);
                sb.append(y).append(';').append(key).append(';').append(Offences.key(key).label()).append(';')
                        .append(Fmt.de(c.cases())).append(';').append(Fmt.de(c.attempts())).append(';')
                        .append(Fmt.de(c.cleared())).append(';').append(Fmt.deShare(c.cleared(), c.cases()))
                        .append(';').append(Fmt.de(Fmt.hz(c.cases(), population(y)))).append(';')
                        .append(Fmt.de(c.suspects())).append('\n');
            }
        }
        return sb.toString();
    }
}
