package de.lagebild.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Ranks with their uncertainty: each municipality's value is drawn many times from its sampling
 * distribution (normal with the estimate's standard error, or on the log scale for rates), the
 * municipalities are ranked in every draw, and a municipality's rank is reported as the median
 * rank with the 2.5 % and 97.5 % quantiles of its ranks. Rank 1 is the highest value. Seeded: the
 * same inputs give the same ranks. With no uncertainty the interval is the rank itself.
 */
public final class Ranking {
    private static final int DRAWS = 4000;

    private Ranking() {
    }

    /**
     * A value to rank.
     *
     * @param name    the municipality
     * @param value   the estimate
     * @param se      its standard error (0 for none)
     * @param logScale draw on the log scale (for rates, whose SE is then relative: se / value)
     */
    public record Item(String name, double value, double se, boolean logScale) {
        /**
         * Validates the record.
         *
         * @param name     the municipality; must not be null
         * @param value    the estimate; must be finite
         * @param se       its standard error, 0 for none; must not be negative or NaN
         * @param logScale draw on the log scale (for rates, whose SE is then relative: se / value); only
         *                 used when the value is above 0
         * @throws NullPointerException     when {@code name} is null
         * @throws IllegalArgumentException when {@code value} is not finite or {@code se} is negative or NaN
         */
        public Item {
            Objects.requireNonNull(name, "name");
            if (!Double.isFinite(value) || !(se >= 0)) {
                throw new IllegalArgumentException("a ranked value needs a finite value and se >= 0");
            }
        }
    }

    /**
     * A rank with its interval.
     *
     * @param name   the municipality
     * @param rank   the rank of the estimate itself (1 = highest; ties share the better rank)
     * @param median the median rank over the draws
     * @param low    the 2.5 % quantile of the ranks
     * @param high   the 97.5 % quantile of the ranks
     */
    public record Rank(String name, int rank, int median, int low, int high) {
    }

    /**
     * Ranks the items with 95 % rank intervals from 4000 draws.
     *
     * @param items the municipalities to rank; an empty list gives an empty result
     * @param seed  the seed of the random draws; the same items and seed give the same ranks
     * @return one rank per item, in the order of {@code items}
     */
    public static List<Rank> rank(List<Item> items, long seed) {
        int m = items.size();
        int[][] ranks = new int[m][DRAWS];
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] draw = new double[m];
        Integer[] order = new Integer[m];
        for (int d = 0; d < DRAWS; d++) {
            for (int j = 0; j < m; j++) {
                Item it = items.get(j);
                double z = gaussian(rnd);
                if (it.logScale() && it.value() > 0) {
                    draw[j] = it.value() * Math.exp(z * it.se() / it.value());
                } else {
                    draw[j] = it.value() + z * it.se();
                }
                order[j] = j;
            }
            Arrays.sort(order, (a, b) -> Double.compare(draw[b], draw[a]));
            for (int r = 0; r < m; r++) {
                ranks[order[r]][d] = r + 1;
            }
        }
        List<Rank> out = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            int[] r = ranks[j];
            Arrays.sort(r);
            int own = 1;
            for (Item other : items) {
                if (other.value() > items.get(j).value()) {
                    own++;
                }
            }
            out.add(new Rank(items.get(j).name(), own, r[DRAWS / 2], r[(int) Math.floor(0.025 * (DRAWS - 1))],
                    r[(int) Math.ceil(0.975 * (DRAWS - 1))]));
        }
        return out;
    }

    /** A standard normal draw (Box-Muller, deterministic for a seeded generator). */
    private static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        if (u1 < 1e-300) {
            u1 = 1e-300;
        }
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
