package de.lagebild.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which published counts are withheld: primary suppression of small counts and complementary
 * suppression, so that a withheld count cannot be recomputed from a published total.
 *
 * <p>The rules, in this order:
 * <ol>
 * <li><b>Primary.</b> A count {@code c} with {@code 0 < c < minCell} is withheld, and so is every
 * figure resting on it (a rate, a share, a test). A count of 0 is published: it describes no
 * person or case.</li>
 * <li><b>Complementary.</b> Every sum relation {@code total = part_1 + ... + part_k} among
 * published counts (a row or column with its total, an Ortsteil with the whole municipality) is
 * checked: when exactly one of its counts (parts and total) is withheld, it could be recomputed
 * from the others, so the smallest published part with a count above 0 is withheld too (ties: the
 * first given); if no part above 0 is left, the smallest part of 0; if no part is left, the total.
 * This repeats over all relations until none has exactly one withheld count, so a count withheld
 * to protect a row also protects the columns it is in.</li>
 * </ol>
 * A count that is not registered with {@link Builder#count} but named in a relation is taken as
 * unpublished (withheld from the start, never chosen). The result depends only on the counts and
 * the order in which relations and parts are given: the same inputs give the same suppression.
 *
 * <p>This protects against recomputation from one relation and from chains of relations; it does
 * not guarantee that a withheld count cannot be narrowed to an interval by combining several
 * relations (the linear-programming attack that optimal cell suppression guards against).
 *
 * <pre>{@code
 * CellSuppression<String> s = CellSuppression.<String>builder(5)
 *         .count("Altstadt", 41).count("Bahnhofsviertel", 3).count("Nordsiedlung", 27)
 *         .count("Gesamt", 71)
 *         .sum("Gesamt", List.of("Altstadt", "Bahnhofsviertel", "Nordsiedlung"))
 *         .build();
 * s.suppressed("Bahnhofsviertel");   // true: 3 < 5 (primary)
 * s.suppressed("Nordsiedlung");      // true: else 71 - 41 - 27 = 3 (complementary)
 * }</pre>
 *
 * @param <K> the key of a count (such as a record of year and category)
 */
public final class CellSuppression<K> {
    /** Why a count is withheld. */
    public enum Reason {
        /** It rests on fewer than min_cell cases (primary suppression). */
        SMALL,
        /** It would reveal a small count through a sum (complementary suppression). */
        COMPLEMENTARY
    }

    private final int minCell;
    private final Map<K, Long> counts;
    private final Map<K, Reason> withheld;

    private CellSuppression(int minCell, Map<K, Long> counts, Map<K, Reason> withheld) {
        this.minCell = minCell;
        this.counts = Collections.unmodifiableMap(counts);
        this.withheld = Collections.unmodifiableMap(withheld);
    }

    /**
     * Starts a suppression problem with the threshold {@code report.min_cell}.
     *
     * @param <K>     the key of a count
     * @param minCell the smallest count that may be published on its own; 0 or 1 withholds nothing
     *                for being small
     * @return an empty builder
     * @throws IllegalArgumentException when {@code minCell} is negative
     */
    public static <K> Builder<K> builder(int minCell) {
        return new Builder<>(minCell);
    }

    /**
     * Whether a count alone is too small to publish: {@code 0 < count < minCell}.
     *
     * @param count   the count of cases or respondents
     * @param minCell the threshold {@code report.min_cell}
     * @return true when the count is above 0 and below {@code minCell}
     */
    public static boolean small(long count, int minCell) {
        return count > 0 && count < minCell;
    }

    /**
     * The threshold this suppression was built with.
     *
     * @return the smallest count published on its own ({@code report.min_cell})
     */
    public int minCell() {
        return minCell;
    }

    /**
     * Whether the count with this key is withheld (for any reason). Unknown keys are not withheld.
     *
     * @param key the key of a count
     * @return true when the count is withheld as {@link Reason#SMALL} or {@link Reason#COMPLEMENTARY}
     */
    public boolean suppressed(K key) {
        return withheld.containsKey(key);
    }

    /**
     * Whether all of these counts are published.
     *
     * @param keys the keys of the counts a figure rests on (such as a rate's numerator and
     *             denominator); an empty collection is all shown
     * @return true when none of them is withheld
     */
    public boolean allShown(Collection<K> keys) {
        for (K k : keys) {
            if (withheld.containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why the count is withheld, or null when it is published.
     *
     * @param key the key of a count
     * @return the reason, or null when the count is published or the key is unknown
     */
    public Reason reason(K key) {
        return withheld.get(key);
    }

    /**
     * The withheld counts in the order they were registered, with the reason.
     *
     * @return an unmodifiable map from key to reason
     */
    public Map<K, Reason> withheld() {
        return withheld;
    }

    /**
     * The registered counts, in order.
     *
     * @return an unmodifiable map from key to count, in registration order, withheld counts included
     */
    public Map<K, Long> counts() {
        return counts;
    }

    /**
     * Number of counts withheld for a reason.
     *
     * @param r the reason
     * @return how many counts are withheld for exactly that reason
     */
    public int count(Reason r) {
        int n = 0;
        for (Reason x : withheld.values()) {
            if (x == r) {
                n++;
            }
        }
        return n;
    }

    /**
     * Builds a {@link CellSuppression}.
     *
     * @param <K> the key of a count
     */
    public static final class Builder<K> {
        private final int minCell;
        private final Map<K, Long> counts = new LinkedHashMap<>();
        private final Set<K> forced = new LinkedHashSet<>();
        private final List<Relation<K>> relations = new ArrayList<>();

        private Builder(int minCell) {
            if (minCell < 0) {
                throw new IllegalArgumentException("minCell must be >= 0: " + minCell);
            }
            this.minCell = minCell;
        }

        /**
         * Registers a count to be published. Registering a key again with the same count does
         * nothing; with another count it is an error.
         *
         * @param key   the key of the count; must not be null
         * @param count the count of cases or respondents; must not be negative
         * @return this builder
         * @throws NullPointerException     when {@code key} is null
         * @throws IllegalArgumentException when the count is negative or the key was registered with
         *                                  another count
         */
        public Builder<K> count(K key, long count) {
            Objects.requireNonNull(key, "key");
            if (count < 0) {
                throw new IllegalArgumentException("a count is >= 0: " + key + " = " + count);
            }
            Long old = counts.putIfAbsent(key, count);
            if (old != null && old != count) {
                throw new IllegalArgumentException("two counts for " + key + ": " + old + " and " + count);
            }
            return this;
        }

        /**
         * Withholds a count whatever its size (such as a count withheld in another publication). The key
         * must also be registered with {@link #count(Object, long)} to be reported among the
         * {@link CellSuppression#withheld()} counts (as {@link Reason#SMALL}); a key that is only named in
         * a relation counts as unpublished anyway.
         *
         * @param key the key of the count; must not be null
         * @return this builder
         * @throws NullPointerException when {@code key} is null
         */
        public Builder<K> withhold(K key) {
            forced.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Declares that a total is the sum of parts (a row or column of a table with its total).
         * The counts need not be registered yet.
         *
         * @param total the key of the total; must not be null
         * @param parts the keys of the parts, in the order in which ties are broken; must not be empty or
         *              contain null
         * @return this builder
         * @throws NullPointerException     when {@code total} or a part is null
         * @throws IllegalArgumentException when {@code parts} is empty
         */
        public Builder<K> sum(K total, Collection<? extends K> parts) {
            Objects.requireNonNull(total, "total");
            List<K> p = new ArrayList<>(parts);
            if (p.isEmpty()) {
                throw new IllegalArgumentException("a sum needs at least one part: " + total);
            }
            p.forEach(x -> Objects.requireNonNull(x, "part"));
            relations.add(new Relation<>(total, List.copyOf(p)));
            return this;
        }

        /**
         * Applies the rules (see {@link CellSuppression}).
         *
         * @return the suppression: which counts are withheld and why
         */
        public CellSuppression<K> build() {
            Map<K, Reason> out = new LinkedHashMap<>();
            for (Map.Entry<K, Long> e : counts.entrySet()) {
                if (small(e.getValue(), minCell) || forced.contains(e.getKey())) {
                    out.put(e.getKey(), Reason.SMALL);
                }
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Relation<K> r : relations) {
                    int hidden = 0;
                    for (K k : r.all()) {
                        if (!counts.containsKey(k) || out.containsKey(k)) {
                            hidden++;
                        }
                    }
                    if (hidden != 1) {
                        continue;
                    }
                    K pick = null;
                    long best = Long.MAX_VALUE;
                    for (int pass = 0; pass < 2 && pick == null; pass++) {
                        for (K k : r.parts()) {
                            Long c = counts.get(k);
                            if (c == null || out.containsKey(k) || (pass == 0 ? c == 0 : c != 0)) {
                                continue;
                            }
                            if (c < best) {
                                best = c;
                                pick = k;
                            }
                        }
                    }
                    if (pick == null) {
                        pick = r.total(); // every part is withheld already: the total would give the last one
                    }
                    out.put(pick, Reason.COMPLEMENTARY);
                    changed = true;
                }
            }
            // report in registration order
            Map<K, Reason> ordered = new LinkedHashMap<>();
            for (K k : counts.keySet()) {
                if (out.containsKey(k)) {
                    ordered.put(k, out.get(k));
                }
            }
            for (Map.Entry<K, Reason> e : out.entrySet()) {
                ordered.putIfAbsent(e.getKey(), e.getValue());
            }
            return new CellSuppression<>(minCell, new LinkedHashMap<>(counts), ordered);
        }
    }

    private record Relation<K>(K total, List<K> parts) {
        List<K> all() {
            List<K> a = new ArrayList<>(parts);
            a.add(total);
            return a;
        }
    }
}
