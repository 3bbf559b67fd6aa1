package de.lagebild.samples;

import java.util.List;

/**
 * The Ordnungsamt's Ordnungswidrigkeiten by year, Ortsteil and category: Poisson counts with mean
 * (rate per 1,000 of the Ortsteil type) x (residents on 31.12. of the year before) / 1,000 x (year
 * factor). The alcohol ban (Alkoholverbot) of the station area exists from 2022 on: no alcohol
 * cases before.
 */
final class Owi {
    private Owi() {
    }

    /** The standard categories of the Saxon Polizeiverordnungen, as the importer knows them. */
    static final List<String> CATEGORIES = List.of("Verunreinigung", "Plakatieren/Bemalen", "Lärm/Nachtruhe", "Tiere",
            "Abfall", "Alkohol", "Betteln", "Lagern/Nächtigen", "Feuer", "Sonstiges");
    private static final int ALCOHOL = 5;
    /** The year the alcohol ban took effect. */
    static final int ALCOHOL_BAN = 2022;
    /** Enforcement by year 2020-2024 (assumed: less patrolling in the pandemic, more staff from 2023). */
    private static final double[] YEAR = {0.90, 0.85, 1.00, 1.05, 1.10};

    /** owi.csv: {@code Jahr;Ortsteil;Kategorie;Anzahl}, UTF-8, every cell including zeros. */
    static String csv(Town town, Population population) {
        Rng rng = Rng.stream(town.seed(), "owi");
        StringBuilder sb = new StringBuilder("Jahr;Ortsteil;Kategorie;Anzahl\n");
        for (int y = Offences.FIRST_YEAR; y <= Offences.LAST_YEAR; y++) {
            for (int d = 0; d < town.districts().size(); d++) {
                DistrictType t = town.districts().get(d).type();
                int residents = population.residents(y - 1, d);
                for (int c = 0; c < CATEGORIES.size(); c++) {
                    double rate = t.owi[c];
                    if (c == ALCOHOL && y < ALCOHOL_BAN) {
                        rate = 0;
                    }
                    int n = rng.poisson(rate * residents / 1000 * YEAR[y - Offences.FIRST_YEAR]
                            * StrictMath.sqrt(town.crimeLevel()));
                    sb.append(y).append(';').append(town.districts().get(d).name()).append(';')
                            .append(CATEGORIES.get(c)).append(';').append(n).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
