package de.lagebild.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded synthetic surveys of any size, for benchmarks and scale tests: a stratified sample by
 * Ortsteil with design weights and fpc, sex and age group with unequal response, rating items with
 * item nonresponse, and the matching population margins and project file. The same arguments give
 * the same bytes.
 */
public final class Synthetic {
    /** Age groups of respondents (16+). */
    public static final String[] AGE = {"16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"};
    private static final double[] AGE_SHARE = {0.10, 0.13, 0.14, 0.16, 0.18, 0.15, 0.14};
    private static final double[] AGE_RESPONSE = {0.5, 0.6, 0.7, 0.8, 1.0, 1.1, 0.9};

    private Synthetic() {
    }

    /**
     * What {@link #write} wrote.
     *
     * @param project         the project file, {@code lagebild.yaml}
     * @param survey          the survey data, {@code survey.csv}
     * @param populationTotal the population aged 16 and over, summed over the Ortsteile (the total of
     *                        both margin files)
     */
    public record Files3(Path project, Path survey, long populationTotal) {
    }

    /**
     * Writes survey.csv, margin_sex_age.csv, margin_district.csv and lagebild.yaml into {@code dir},
     * replacing files of these names.
     *
     * @param dir        the folder (created if needed)
     * @param n          respondents; at least 3 per Ortsteil are drawn, so {@code n} must be at least
     *                   {@code 3 * districts}
     * @param districts  Ortsteile (strata); at least 1
     * @param items      rating items q01.. (coded 1 to 4, with 8 and 9 as missing codes)
     * @param indicators how many items the project estimates (at most items): the odd-numbered become
     *                   proportion indicators, the even-numbered means
     * @param seed       the random seed
     * @param variance   the project's variance method (linearization, jkn, ...), written as given
     * @return the paths of the project and survey files and the population total
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static Files3 write(Path dir, int n, int districts, int items, int indicators, long seed, String variance) {
        try {
            Files.createDirectories(dir);
            SplittableRandom rnd = new SplittableRandom(seed);
            // population aged 16+: 30 per respondent, at least 20,000, split over the districts by size
            long[] pop = new long[districts];
            double[] sizeWeight = new double[districts];
            double sumW = 0;
            for (int k = 0; k < districts; k++) {
                sizeWeight[k] = 0.3 + rnd.nextDouble();
                sumW += sizeWeight[k];
            }
            long total = Math.max(30L * n, 20_000L);
            int[] nh = new int[districts];
            int assigned = 0;
            for (int k = 0; k < districts; k++) {
                pop[k] = Math.round(total * sizeWeight[k] / sumW);
                // disproportionate allocation: square root of the size
                nh[k] = Math.max(3, (int) Math.floor(n * Math.sqrt(sizeWeight[k]) / sqrtSum(sizeWeight)));
                assigned += nh[k];
            }
            for (int k = 0; assigned < n; k = (k + 1) % districts) {
                nh[k]++;
                assigned++;
            }
            for (int k = districts - 1; assigned > n; k = (k + districts - 1) % districts) {
                if (nh[k] > 3) {
                    nh[k]--;
                    assigned--;
                }
            }
            long popTotal = 0;
            for (long p : pop) {
                popTotal += p;
            }
            // population by sex x age and district: independent shares
            double[][] sexAge = new double[2][AGE.length];
            for (int s = 0; s < 2; s++) {
                for (int a = 0; a < AGE.length; a++) {
                    sexAge[s][a] = AGE_SHARE[a] * (s == 0 ? 0.49 : 0.51) * (a == 6 && s == 1 ? 1.3 : 1.0);
                }
            }
            double norm = 0;
            for (double[] r : sexAge) {
                for (double v : r) {
                    norm += v;
                }
            }
            long[][] sexAgePop = new long[2][AGE.length];
            long sa = 0;
            for (int s = 0; s < 2; s++) {
                for (int a = 0; a < AGE.length; a++) {
                    sexAgePop[s][a] = Math.round(popTotal * sexAge[s][a] / norm);
                    sa += sexAgePop[s][a];
                }
            }
            sexAgePop[1][3] += popTotal - sa; // make the margins agree exactly
            Path survey = dir.resolve("survey.csv");
            try (BufferedWriter w = Files.newBufferedWriter(survey, StandardCharsets.UTF_8)) {
                StringBuilder sb = new StringBuilder("id,district,sex,agegrp,dw,N_h");
                for (int j = 1; j <= items; j++) {
                    sb.append(String.format(Locale.ROOT, ",q%02d", j));
                }
                w.write(sb.append('\n').toString());
                int id = 0;
                for (int k = 0; k < districts; k++) {
                    double dw = (double) pop[k] / nh[k];
                    double districtEffect = rnd.nextDouble() - 0.5;
                    for (int r = 0; r < nh[k]; r++) {
                        int sex = rnd.nextDouble() < 0.47 ? 0 : 1;
                        int age = drawAge(rnd, sex);
                        sb.setLength(0);
                        sb.append(String.format(Locale.ROOT, "R%07d,OT%03d,%s,%s,", ++id, k + 1,
                                sex == 0 ? "m" : "w", AGE[age]));
                        sb.append(Numbers.format(dw)).append(',').append(pop[k]);
                        double person = rnd.nextGaussian() * 0.6 + districtEffect + 0.15 * age + 0.3 * sex;
                        for (int j = 0; j < items; j++) {
                            double u = rnd.nextDouble();
                            if (u < 0.03) {
                                sb.append(",8");
                            } else if (u < 0.05) {
                                sb.append(",9");
                            } else {
                                double latent = person + rnd.nextGaussian() * 0.9 + (j % 3) * 0.2;
                                int v = latent < -0.6 ? 1 : latent < 0.3 ? 2 : latent < 1.1 ? 3 : 4;
                                sb.append(',').append(v);
                            }
                        }
                        w.write(sb.append('\n').toString());
                    }
                }
            }
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("margin_sex_age.csv"), StandardCharsets.UTF_8)) {
                w.write("sex,agegrp,N\n");
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a < AGE.length; a++) {
                        w.write((s == 0 ? "m" : "w") + "," + AGE[a] + "," + sexAgePop[s][a] + "\n");
                    }
                }
            }
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("margin_district.csv"), StandardCharsets.UTF_8)) {
                w.write("district,N\n");
                for (int k = 0; k < districts; k++) {
                    w.write(String.format(Locale.ROOT, "OT%03d,%d%n", k + 1, pop[k]));
                }
            }
            StringBuilder y = new StringBuilder();
            y.append("municipality: {name: Synthetica, ags: \"14999999\"}\n");
            y.append("survey:\n  file: survey.csv\n  id: id\n  missing: [8, 9]\n");
            y.append("  design: {strata: district, weights: dw, fpc: N_h}\n");
            y.append("  weighting:\n    method: raking\n    margins:\n");
            y.append("      - {variables: [sex, agegrp], file: margin_sex_age.csv, count: N}\n");
            y.append("      - {variables: [district], file: margin_district.csv, count: N}\n");
            y.append("    max_iterations: 100\n    tolerance: 1.0e-10\n");
            y.append("  variance: ").append(variance).append('\n');
            y.append("  indicators:\n");
            for (int j = 1; j <= Math.min(indicators, items); j++) {
                if (j % 2 == 1) {
                    y.append(String.format(Locale.ROOT, "    - {name: p%02d, type: proportion, variable: q%02d,"
                            + " valid: [1, 2, 3, 4], success: [1, 2]}%n", j, j));
                } else {
                    y.append(String.format(Locale.ROOT, "    - {name: m%02d, type: mean, variable: q%02d,"
                            + " valid: [1, 2, 3, 4]}%n", j, j));
                }
            }
            y.append("  domains: [district, agegrp, sex]\n");
            y.append("report: {title: Synthetische Analyse, min_cell: 5, created: 2025-06-30}\n");
            Path project = dir.resolve("lagebild.yaml");
            Files.writeString(project, y.toString(), StandardCharsets.UTF_8);
            return new Files3(project, survey, popTotal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double sqrtSum(double[] w) {
        double s = 0;
        for (double v : w) {
            s += Math.sqrt(v);
        }
        return s;
    }

    private static int drawAge(SplittableRandom rnd, int sex) {
        double[] p = new double[AGE.length];
        double s = 0;
        for (int a = 0; a < p.length; a++) {
            p[a] = AGE_SHARE[a] * AGE_RESPONSE[a];
            s += p[a];
        }
        double u = rnd.nextDouble() * s;
        for (int a = 0; a < p.length; a++) {
            u -= p[a];
            if (u <= 0) {
                return a;
            }
        }
        return p.length - 1;
    }

    private static final String[][] PKS_KEYS = {
        {"------", "Straftaten insgesamt"}, {"892000", "Gewaltkriminalität"},
        {"210000", "Raub, räuberische Erpressung und räuberischer Angriff auf Kraftfahrer"},
        {"222000", "Gefährliche und schwere Körperverletzung"},
        {"224000", "Vorsätzliche einfache Körperverletzung"}, {"****00", "Diebstahl insgesamt"},
        {"435*00", "Wohnungseinbruchdiebstahl"}, {"674000", "Sachbeschädigung"},
        {"730000", "Rauschgiftdelikte"}, {"899000", "Straßenkriminalität"}};
    private static final double[] PKS_SHARE = {1, 0, 0.008, 0.025, 0.07, 0.32, 0.012, 0.11, 0.045, 0.21};
    private static final String[] POP_AGE = {"0-7", "8-15", "16-24", "25-34", "35-44", "45-54", "55-64", "65-74",
        "75+"};
    private static final String[] OWI = {"Verunreinigung", "Lärm/Nachtruhe", "Plakatieren/Bemalen", "Alkohol",
        "Tiere"};

    /**
     * Writes a complete synthetic municipality for cohort benchmarks: the survey of
     * {@link #write} (named and keyed as given) plus five years of the municipality's PKS (a
     * Polizeidirektion export of ten offence keys, 2020-2024), Ordnungswidrigkeiten by Ortsteil
     * and the population by Ortsteil, sex and age group on 31.12.2019-2024, and a project file
     * with both parts.
     *
     * @param dir       the folder (created if needed)
     * @param name      the municipality's name
     * @param ags       its 8-digit key
     * @param n         respondents
     * @param districts Ortsteile
     * @param seed      the random seed
     * @return the project file
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static Path writeMunicipality(Path dir, String name, String ags, int n, int districts, long seed) {
        try {
            // a small survey can miss a sex x age cell (young men answer least): draw again, as a real
            // survey would merge the cell; the next seeds keep the result deterministic
            Files3 f = write(dir, n, districts, 20, 20, seed, "linearization");
            for (long s = seed + 1; !everyCellAnswered(f.survey()); s++) {
                f = write(dir, n, districts, 20, 20, s, "linearization");
            }
            SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
            // population: the survey's total (16+) grown to all ages, split by Ortsteil, sex, age
            double all = f.populationTotal() / 0.84;
            StringBuilder pop = new StringBuilder("ags;ortsteil;jahr;geschlecht;altersgruppe;einwohner\n");
            long[] totals = new long[6];
            double[] share = new double[districts];
            double sum = 0;
            for (int k = 0; k < districts; k++) {
                share[k] = 0.5 + rnd.nextDouble();
                sum += share[k];
            }
            for (int y = 0; y < 6; y++) {
                double trend = 1 + 0.004 * (y - 5);
                for (int k = 0; k < districts; k++) {
                    for (int sx = 0; sx < 2; sx++) {
                        for (int a = 0; a < POP_AGE.length; a++) {
                            long c = Math.round(all * trend * share[k] / sum * 0.5 / POP_AGE.length
                                    * (0.8 + 0.4 * rnd.nextDouble()));
                            totals[y] += c;
                            pop.append(ags).append(';').append(String.format(Locale.ROOT, "OT%03d", k + 1)).append(';')
                                    .append(2019 + y).append(';').append(sx == 0 ? "m" : "w").append(';')
                                    .append(POP_AGE[a]).append(';').append(c).append('\n');
                        }
                    }
                }
            }
            Files.writeString(dir.resolve("population.csv"), pop, StandardCharsets.UTF_8);
            // PKS: total cases about 5,000 per 100,000 residents, the keys as shares of it
            StringBuilder pks = new StringBuilder("Jahr;Schlüssel;Straftat;erfasste Fälle;Versuche;aufgeklärte Fälle;"
                    + "Tatverdächtige\n");
            double level = 0.035 + 0.04 * rnd.nextDouble();
            for (int y = 0; y < 5; y++) {
                long total = poisson(rnd, totals[y] * level);
                long[] cases = new long[PKS_KEYS.length];
                cases[0] = total;
                for (int k = 2; k < PKS_KEYS.length; k++) {
                    cases[k] = Math.min(total, poisson(rnd, total * PKS_SHARE[k]));
                }
                cases[1] = Math.min(total, cases[2] + cases[3] + poisson(rnd, total * 0.004)); // Gewalt holds Raub, gef. KV
                cases[6] = Math.min(cases[6], cases[5]); // Wohnungseinbruch is a Diebstahl
                for (int k = 0; k < PKS_KEYS.length; k++) {
                    long c = cases[k];
                    long attempts = Math.round(c * 0.05);
                    long cleared = Math.round(c * (0.4 + 0.3 * rnd.nextDouble()));
                    long suspects = Math.round(c * 0.45);
                    pks.append(2020 + y).append(';').append(PKS_KEYS[k][0]).append(';').append(PKS_KEYS[k][1])
                            .append(';').append(c).append(';').append(attempts).append(';').append(cleared).append(';')
                            .append(suspects).append('\n');
                }
            }
            Files.writeString(dir.resolve("pks.csv"), pks, StandardCharsets.UTF_8);
            StringBuilder owi = new StringBuilder("Jahr;Ortsteil;Kategorie;Anzahl\n");
            for (int y = 0; y < 5; y++) {
                for (int k = 0; k < districts; k++) {
                    for (String cat : OWI) {
                        owi.append(2020 + y).append(';').append(String.format(Locale.ROOT, "OT%03d", k + 1))
                                .append(';').append(cat).append(';').append(poisson(rnd, 12)).append('\n');
                    }
                }
            }
            Files.writeString(dir.resolve("owi.csv"), owi, StandardCharsets.UTF_8);
            String yaml = Files.readString(f.project(), StandardCharsets.UTF_8)
                    .replace("municipality: {name: Synthetica, ags: \"14999999\"}", "municipality: {name: \"" + name
                            + "\", ags: \"" + ags + "\"}")
                    .replace("report: {title: Synthetische Analyse,", "crime:\n"
                            + "  pks:\n"
                            + "    - {file: pks.csv, area: \"" + ags + "\", columns: {year: Jahr, key: Schlüssel,"
                            + " label: Straftat, cases: erfasste Fälle, attempts: Versuche, cleared: aufgeklärte Fälle,"
                            + " suspects: Tatverdächtige}}\n"
                            + "  owi: {file: owi.csv, columns: {year: Jahr, district: Ortsteil, category: Kategorie,"
                            + " count: Anzahl}}\n"
                            + "  population: population.csv\n"
                            + "  trend_years: 5\n"
                            + "report: {title: \"Sicherheitsanalyse " + name + "\",");
            Files.writeString(f.project(), yaml, StandardCharsets.UTF_8);
            return f.project();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean everyCellAnswered(Path survey) throws IOException {
        java.util.Set<String> cells = new java.util.HashSet<>();
        try (java.util.stream.Stream<String> lines = Files.lines(survey, StandardCharsets.UTF_8)) {
            lines.skip(1).forEach(l -> {
                String[] f = l.split(",", 5);
                cells.add(f[2] + " " + f[3]);
            });
        }
        return cells.size() == 2 * AGE.length;
    }

    /** A Poisson draw (normal approximation above 50, inversion below). */
    private static long poisson(SplittableRandom rnd, double mean) {
        if (mean > 50) {
            double g = Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * g));
        }
        double l = Math.exp(-mean);
        long k = 0;
        double p = 1;
        do {
            k++;
            p *= rnd.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
