package de.lagebild.samples;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's random numbers: a {@link SplittableRandom} per named stream, and distributions
 * built only on its {@code nextLong()} and {@link StrictMath}, so that the same seed gives the same
 * numbers on every JVM and platform (the JDK's own {@code nextGaussian()} and {@code Math.log} are
 * allowed to differ between versions and CPUs).
 */
final class Rng {
    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * An independent stream for one part of the model: the seed combined with the stream's name, so
     * that adding a stream or drawing more numbers in one part never changes another part.
     */
    static Rng stream(long seed, String name) {
        long h = seed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001B3L; // FNV-1a step over the name
        }
        return new Rng(mix64(h + 0x9E3779B97F4A7C15L));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser (as in SplitMix64). */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform on [0, 1), 53 random bits. */
    double uniform() {
        return (random.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform on (0, 1): never 0, for logarithms. */
    private double open() {
        return ((random.nextLong() >>> 12) + 0.5) * 0x1.0p-52;
    }

    boolean chance(double p) {
        return uniform() < p;
    }

    /** A whole number in [0, n), n at most 2^31 - 1. */
    int below(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        return (int) (((random.nextLong() >>> 33) * n) >>> 31);
    }

    /** A whole number in [from, to], both included. */
    int between(int from, int to) {
        return from + below(to - from + 1);
    }

    /** Standard normal by the Box-Muller transform. */
    double normal() {
        double u1 = open();
        double u2 = uniform();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    /** Standard logistic (mean 0, scale 1): the error of an ordered logit model. */
    double logistic() {
        double u = open();
        return StrictMath.log(u / (1 - u));
    }

    /** Poisson: by multiplication for small means, else the normal approximation rounded. */
    int poisson(double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("a Poisson mean must be finite and >= 0: " + mean);
        }
        if (mean < 40) {
            double limit = StrictMath.exp(-mean);
            double p = uniform();
            int k = 0;
            while (p > limit) {
                p *= uniform();
                k++;
            }
            return k;
        }
        return (int) Math.max(0, StrictMath.floor(mean + StrictMath.sqrt(mean) * normal() + 0.5));
    }

    /** Binomial: by counting for up to 300 trials, else the normal approximation rounded into [0, n]. */
    int binomial(int n, double p) {
        if (n < 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("binomial(" + n + ", " + p + ")");
        }
        if (n <= 300) {
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (uniform() < p) {
                    k++;
                }
            }
            return k;
        }
        double x = StrictMath.floor(n * p + StrictMath.sqrt(n * p * (1 - p)) * normal() + 0.5);
        return (int) Math.max(0, Math.min(n, x));
    }

    /** An index drawn with probabilities proportional to the weights. */
    int pick(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double u = uniform() * sum;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0 && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no positive weight");
    }

    /** Shuffles a list in place (Fisher-Yates). */
    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = below(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** The logistic function 1 / (1 + e^-x). */
    static double expit(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }
}
