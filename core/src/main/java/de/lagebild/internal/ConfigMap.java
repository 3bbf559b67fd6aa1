package de.lagebild.internal;

import de.lagebild.io.Problem;
import de.lagebild.io.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Typed, checked access to a mapping of a configuration file. Every problem (a missing key, a
 * value of the wrong type, an unknown key) is recorded with its key path and line in a shared
 * {@link Problems}, so that one read reports all problems of a file. Call {@link #finish()} after
 * reading: keys that were never asked for are unknown keys and reported, with the nearest known key
 * as a suggestion.
 */
public final class ConfigMap {
    private final ConfigNode.MapNode node;
    private final String file;
    private final Problems problems;
    private final Set<String> known = new HashSet<>();

    private ConfigMap(ConfigNode.MapNode node, String file, Problems problems) {
        this.node = node;
        this.file = file;
        this.problems = problems;
    }

    /** Views a node as a mapping; records a problem and returns an empty mapping when it is not one. */
    public static ConfigMap of(ConfigNode n, String file, Problems problems) {
        if (n instanceof ConfigNode.MapNode m) {
            return new ConfigMap(m, file, problems);
        }
        if (!(n instanceof ConfigNode.Scalar s && s.isNull())) {
            problems.add(Problem.atKey(file, n.line(), n.path().isEmpty() ? "(top level)" : n.path(),
                    "must be a mapping of keys to values, not " + n.describe()));
        }
        return new ConfigMap(new ConfigNode.MapNode(n.line(), n.path(), Map.of(), Map.of()), file, problems);
    }

    /** The file name used in messages. */
    public String file() {
        return file;
    }

    /** The shared problem collector. */
    public Problems problems() {
        return problems;
    }

    /** The key path of this mapping. */
    public String path() {
        return node.path();
    }

    /** The line of this mapping. */
    public long line() {
        return node.line();
    }

    /** The full key path of a key in this mapping. */
    public String pathOf(String key) {
        return node.path().isEmpty() ? key : node.path() + "." + key;
    }

    /** The line of a key, or of the mapping when the key is absent. */
    public long lineOf(String key) {
        Long l = node.keyLines().get(key);
        return l == null ? node.line() : l;
    }

    /** Records a problem with a key of this mapping. */
    public void problem(String key, String message) {
        problems.add(Problem.atKey(file, lineOf(key), pathOf(key), message));
    }

    /** Records a problem with a node. */
    public void problem(ConfigNode n, String message) {
        problems.add(Problem.atKey(file, n.line(), n.path(), message));
    }

    /** Whether the key is present (with a non-null value); marks it as known. */
    public boolean has(String key) {
        known.add(key);
        ConfigNode n = node.entries().get(key);
        return n != null && !(n instanceof ConfigNode.Scalar s && s.isNull());
    }

    /** The raw node of a key, if present; marks the key as known. */
    public Optional<ConfigNode> node(String key) {
        known.add(key);
        ConfigNode n = node.entries().get(key);
        if (n == null || (n instanceof ConfigNode.Scalar s && s.isNull())) {
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /** The keys present in this mapping, in document order. */
    public List<String> keys() {
        return List.copyOf(node.entries().keySet());
    }

    /** A scalar's text. */
    public Optional<String> string(String key) {
        Optional<ConfigNode> n = node(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof ConfigNode.Scalar s) {
            return Optional.of(s.text());
        }
        problem(key, "must be a single value, not " + n.get().describe());
        return Optional.empty();
    }

    /** A required scalar's text; records a problem and returns "" when it is missing. */
    public String required(String key) {
        Optional<String> s = string(key);
        if (s.isEmpty()) {
            if (!node.entries().containsKey(key)) {
                problem(key, "is required" + (node.path().isEmpty() ? "" : " in " + node.path()));
            } else if (node.entries().get(key) instanceof ConfigNode.Scalar) {
                problem(key, "is required and must not be empty");
            }
            return "";
        }
        if (s.get().isBlank()) {
            problem(key, "must not be empty");
        }
        return s.get().trim();
    }

    /** A number; records a problem when the value is not a number. */
    public OptionalDouble number(String key) {
        Optional<String> s = string(key);
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        double v = Numbers2.parseConfigNumber(s.get());
        if (Double.isNaN(v)) {
            problem(key, "must be a number, not \"" + s.get() + "\"");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(v);
    }

    /** A number with a default and an allowed range (inclusive). */
    public double number(String key, double dflt, double min, double max) {
        OptionalDouble v = number(key);
        if (v.isEmpty()) {
            return dflt;
        }
        double x = v.getAsDouble();
        if (!(x >= min && x <= max)) {
            problem(key, "must be between " + fmt(min) + " and " + fmt(max) + ", not " + fmt(x));
            return dflt;
        }
        return x;
    }

    /** A whole number with a default and an allowed range (inclusive). */
    public long integer(String key, long dflt, long min, long max) {
        Optional<ConfigNode> n = node(key);
        if (n.isPresent() && n.get() instanceof ConfigNode.Scalar sc
                && sc.text().trim().replace("_", "").matches("[+-]?\\d+")) {
            // exactly, not through a double: a seed beyond 2^53 must stay the seed written
            String digits = sc.text().trim().replace("_", "");
            try {
                long x = Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
                if (x >= min && x <= max) {
                    return x;
                }
                problem(key, "must be between " + min + " and " + max + ", not " + digits);
            } catch (NumberFormatException e) {
                problem(key, "must be between " + min + " and " + max + ", not " + digits);
            }
            return dflt;
        }
        OptionalDouble v = number(key);
        if (v.isEmpty()) {
            return dflt;
        }
        double x = v.getAsDouble();
        if (x != Math.rint(x)) {
            problem(key, "must be a whole number, not " + fmt(x));
            return dflt;
        }
        if (!(x >= min && x <= max)) {
            problem(key, "must be between " + min + " and " + max + ", not " + fmt(x));
            return dflt;
        }
        return (long) x;
    }

    /** A boolean (true/false, yes/no). */
    public boolean bool(String key, boolean dflt) {
        Optional<String> s = string(key);
        if (s.isEmpty()) {
            return dflt;
        }
        switch (s.get().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "on":
                return true;
            case "false", "no", "nein", "off":
                return false;
            default:
                problem(key, "must be true or false, not \"" + s.get() + "\"");
                return dflt;
        }
    }

    /** One of a fixed set of words (case-insensitive), or the default when absent. */
    public <E> E choice(String key, Map<String, E> options, E dflt) {
        Optional<String> s = string(key);
        if (s.isEmpty()) {
            return dflt;
        }
        E e = options.get(s.get().trim().toLowerCase(Locale.ROOT));
        if (e == null) {
            List<String> words = new ArrayList<>(options.keySet());
            if (!(options instanceof LinkedHashMap) && !(options instanceof java.util.SortedMap)) {
                Collections.sort(words); // Map.of iterates in an order that changes from run to run
            }
            problem(key, "must be one of " + String.join(", ", words) + ", not \"" + s.get() + "\"");
            return dflt;
        }
        return e;
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    public List<String> strings(String key) {
        Optional<ConfigNode> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        return scalars(n.get());
    }

    /** The scalars of a list node (or a single scalar); records problems for nested items. */
    public List<String> scalars(ConfigNode n) {
        if (n instanceof ConfigNode.Scalar s) {
            return s.isNull() ? List.of() : List.of(s.text());
        }
        if (n instanceof ConfigNode.ListNode l) {
            List<String> out = new ArrayList<>();
            for (ConfigNode item : l.items()) {
                if (item instanceof ConfigNode.Scalar s && !s.isNull()) {
                    out.add(s.text());
                } else {
                    problem(item, "must be a single value, not " + item.describe());
                }
            }
            return out;
        }
        problem(n, "must be a value or a list of values, not " + n.describe());
        return List.of();
    }

    /** A list of numbers. */
    public List<Double> numbers(String key) {
        List<Double> out = new ArrayList<>();
        Optional<ConfigNode> n = node(key);
        if (n.isEmpty()) {
            return out;
        }
        for (String s : scalars(n.get())) {
            double v = Numbers2.parseConfigNumber(s);
            if (Double.isNaN(v)) {
                problem(key, "must be a list of numbers; \"" + s + "\" is not a number");
            } else {
                out.add(v);
            }
        }
        return out;
    }

    /** A nested mapping, if present. */
    public Optional<ConfigMap> map(String key) {
        return node(key).map(n -> ConfigMap.of(n, file, problems));
    }

    /** The items of a list, each viewed as a mapping; a single mapping counts as a list of one. */
    public List<ConfigMap> maps(String key) {
        Optional<ConfigNode> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (n.get() instanceof ConfigNode.ListNode l) {
            List<ConfigMap> out = new ArrayList<>();
            for (ConfigNode item : l.items()) {
                out.add(ConfigMap.of(item, file, problems));
            }
            return out;
        }
        if (n.get() instanceof ConfigNode.MapNode) {
            return List.of(ConfigMap.of(n.get(), file, problems));
        }
        problem(key, "must be a list, not " + n.get().describe());
        return List.of();
    }

    /** A mapping of scalar keys to scalar values, in document order. */
    public Map<String, String> stringMap(String key) {
        Optional<ConfigNode> n = node(key);
        if (n.isEmpty()) {
            return Map.of();
        }
        if (!(n.get() instanceof ConfigNode.MapNode m)) {
            problem(key, "must be a mapping, not " + n.get().describe());
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> e : m.entries().entrySet()) {
            if (e.getValue() instanceof ConfigNode.Scalar s) {
                out.put(e.getKey(), s.text());
            } else {
                problem(e.getValue(), "must be a single value, not " + e.getValue().describe());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** A path relative to a base folder. */
    public Optional<Path> path(String key, Path base) {
        return string(key).filter(s -> !s.isBlank()).map(s -> base.resolve(s.trim()).normalize());
    }

    /** Reports every key that was never asked for, with a suggestion where one is close. */
    public void finish() {
        for (Map.Entry<String, ConfigNode> e : node.entries().entrySet()) {
            if (!known.contains(e.getKey())) {
                String suggestion = nearest(e.getKey(), known);
                problems.add(Problem.atKey(file, lineOf(e.getKey()), pathOf(e.getKey()),
                        "is not a known key" + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")
                                + (known.isEmpty() ? "" : "; known keys here: " + String.join(", ", sorted(known)))));
            }
        }
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        Collections.sort(l);
        return l;
    }

    static String nearest(String key, Set<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(key.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best != null && bestD <= Math.max(2, key.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String fmt(double x) {
        return de.lagebild.io.Numbers.format(x);
    }
}
