package de.lagebild.samples;

/** Whole numbers that add up exactly to a total, in given proportions. */
final class Apportion {
    private Apportion() {
    }

    /**
     * Hamilton's method (largest remainder): each part gets the whole part of its quota, the units
     * left over go to the largest remainders, ties to the earlier part.
     */
    static long[] largestRemainder(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0)) {
                throw new IllegalArgumentException("weights must be >= 0");
            }
            sum += w;
        }
        long[] out = new long[weights.length];
        double[] rest = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double quota = total * weights[i] / sum;
            out[i] = (long) Math.floor(quota);
            rest[i] = quota - out[i];
            given += out[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
        }
        return out;
    }
}
