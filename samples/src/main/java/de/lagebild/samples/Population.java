package de.lagebild.samples;

import java.util.List;

/**
 * A town's residents on 31.12. of 2019 to 2024 by Ortsteil, sex (m, w) and age group.
 *
 * <p>Model: on 31.12.2024 each Ortsteil's residents are split by the base age profile
 * ({@link Ages#BASE_SHARE}) times the Ortsteil type's age factors, then by sex
 * ({@link Ages#MALE_SHARE}, plus the type's shift for ages 16-54), each cell times
 * {@code 1 + 0.03 Z} and rounded. Earlier years go back from 2024 with the age group's and the
 * Ortsteil type's annual trend ({@code cell_y = cell_2024 exp(-(trend_age + trend_type)(2024 - y))}),
 * without the type's 2022 step for ages under 45 before 2022, times {@code 1 + 0.01 Z}, rounded.
 */
final class Population {
    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2024;
    /** The Stichtag of the survey's population: 31.12.2024 (the survey was in spring 2025). */
    static final int SURVEY_BASE_YEAR = 2024;
    static final List<String> SEXES = List.of("m", "w");

    /** Persons, indexed [year - FIRST_YEAR][district][sex: 0 m, 1 w][age group]; never changed after construction. */
    private final int[][][][] counts;

    private Population(int[][][][] counts) {
        this.counts = counts;
    }

    static Population of(Town town) {
        Rng rng = Rng.stream(town.seed(), "population");
        List<Town.District> districts = town.districts();
        int nAge = Ages.GROUPS.size();
        int[][][][] c = new int[LAST_YEAR - FIRST_YEAR + 1][districts.size()][2][nAge];
        for (int d = 0; d < districts.size(); d++) {
            DistrictType t = districts.get(d).type();
            double[] share = new double[nAge];
            double sum = 0;
            for (int a = 0; a < nAge; a++) {
                share[a] = Ages.BASE_SHARE[a] * t.ageFactor[a];
                sum += share[a];
            }
            for (int a = 0; a < nAge; a++) {
                double male = Ages.MALE_SHARE[a] + (a >= Ages.FIRST_ADULT && Ages.FROM[a] < 55 ? t.maleShift : 0);
                double cell = districts.get(d).residents() * share[a] / sum;
                double[] bySex = {cell * male, cell * (1 - male)};
                for (int s = 0; s < 2; s++) {
                    double base = bySex[s] * (1 + 0.03 * rng.normal());
                    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                        double v = base * StrictMath.exp(-(Ages.TREND[a] + t.trend) * (LAST_YEAR - y));
                        if (y < 2022 && Ages.FROM[a] < 45) {
                            v /= 1 + t.step2022;
                        }
                        if (y < LAST_YEAR) {
                            v *= 1 + 0.01 * rng.normal();
                        }
                        c[y - FIRST_YEAR][d][s][a] = (int) Math.max(1, StrictMath.floor(v + 0.5));
                    }
                }
            }
        }
        return new Population(c);
    }

    int count(int year, int district, int sex, int age) {
        return counts[year - FIRST_YEAR][district][sex][age];
    }

    /** All residents of a year. */
    long total(int year) {
        long t = 0;
        for (int[][] d : counts[year - FIRST_YEAR]) {
            for (int[] s : d) {
                for (int v : s) {
                    t += v;
                }
            }
        }
        return t;
    }

    /** Residents aged 16 and over of an Ortsteil in a year. */
    int adults(int year, int district) {
        int t = 0;
        for (int s = 0; s < 2; s++) {
            for (int a = Ages.FIRST_ADULT; a < Ages.GROUPS.size(); a++) {
                t += count(year, district, s, a);
            }
        }
        return t;
    }

    /** Residents of an Ortsteil in a year. */
    int residents(int year, int district) {
        int t = 0;
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a < Ages.GROUPS.size(); a++) {
                t += count(year, district, s, a);
            }
        }
        return t;
    }

    /** population.csv: the long table {@code ags;ortsteil;jahr;geschlecht;altersgruppe;einwohner}. */
    String csv(Town town) {
        StringBuilder sb = new StringBuilder("ags;ortsteil;jahr;geschlecht;altersgruppe;einwohner\n");
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            for (int d = 0; d < town.districts().size(); d++) {
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a < Ages.GROUPS.size(); a++) {
                        sb.append(town.ags()).append(';').append(town.districts().get(d).name()).append(';')
                                .append(y).append(';').append(SEXES.get(s)).append(';').append(Ages.GROUPS.get(a))
                                .append(';').append(count(y, d, s, a)).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }
}
