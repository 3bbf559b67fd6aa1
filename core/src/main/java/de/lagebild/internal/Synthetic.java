package de.lagebild.internal;

import de.lagebild.io.Numbers;
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

    /** What was written. */
    public record Files3(Path project, Path survey, long populationTotal) {
    }

    /**
     * Writes survey.csv, margin_sex_age.csv, margin_district.csv and lagebild.yaml into {@code dir}.
     *
     * @param dir        the folder (created if needed)
     * @param n          respondents
     * @param districts  Ortsteile (strata)
     * @param items      rating items q01.. (half of them become proportion indicators, half means)
     * @param indicators how many items the project estimates (at most items)
     * @param seed       the random seed
     * @param variance   the project's variance method (linearization, jkn, ...)
     */
    public static Files3 write(Path dir, int n, int districts, int items, int indicators, long seed, String variance) {
        try {
            Files.createDirectories(dir);
            SplittableRandom rnd = new SplittableRandom(seed);
            // population per district: 1,000 .. 20,000 residents aged 16+, at least 30 per respondent
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
}
