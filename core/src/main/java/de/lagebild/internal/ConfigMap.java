package de.lagebild.internal;

import de.lagebild.io.Problem;
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

    /**
     * Views a node as a mapping; records a problem and returns an empty mapping when it is not one.
     * A YAML null (an empty value) is taken as an empty mapping without a problem.
     *
     * @param n        the node
     * @param file     the file name used in messages
     * @param problems where problems are recorded, shared by all views of the file
     * @return the view of the mapping
     */
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

    /**
     * The file name used in messages.
     *
     * @return the file name given to {@link #of}
     */
    public String file() {
        return file;
    }

    /**
     * The shared problem collector.
     *
     * @return the collector this mapping records its problems in
     */
    public Problems problems() {
        return problems;
    }

    /**
     * The key path of this mapping.
     *
     * @return the dotted key path, empty for the top level of the file
     */
    public String path() {
        return node.path();
    }

    /**
     * The line of this mapping.
     *
     * @return the 1-based line where the mapping starts
     */
    public long line() {
        return node.line();
    }

    /**
     * The full key path of a key in this mapping.
     *
     * @param key a key of this mapping
     * @return the path of this mapping, a dot and the key; the key alone at the top level
     */
    public String pathOf(String key) {
        return node.path().isEmpty() ? key : node.path() + "." + key;
    }

    /**
     * The line of a key, or of the mapping when the key is absent.
     *
     * @param key a key of this mapping
     * @return the 1-based line
     */
    public long lineOf(String key) {
        Long l = node.keyLines().get(key);
        return l == null ? node.line() : l;
    }

    /**
     * Records a problem with a key of this mapping.
     *
     * @param key     the key, named with its full path and line
     * @param message what is wrong
     */
    public void problem(String key, String message) {
        problems.add(Problem.atKey(file, lineOf(key), pathOf(key), message));
    }

    /**
     * Records a problem with a node.
     *
     * @param n       the node, named with its path and line
     * @param message what is wrong
     */
    public void problem(ConfigNode n, String message) {
        problems.add(Problem.atKey(file, n.line(), n.path(), message));
    }

    /**
     * Whether the key is present (with a non-null value); marks it as known.
     *
     * @param key a key of this mapping
     * @return true when the key is present and its value is not a YAML null
     */
    public boolean has(String key) {
        known.add(key);
        ConfigNode n = node.entries().get(key);
        return n != null && !(n instanceof ConfigNode.Scalar s && s.isNull());
    }

    /**
     * The raw node of a key, if present; marks the key as known.
     *
     * @param key a key of this mapping
     * @return the node, or empty when the key is absent or its value is a YAML null
     */
    public Optional<ConfigNode> node(String key) {
        known.add(key);
        ConfigNode n = node.entries().get(key);
        if (n == null || (n instanceof ConfigNode.Scalar s && s.isNull())) {
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /**
     * The keys present in this mapping, in document order. Listing them does not mark them as known.
     *
     * @return an unmodifiable list of the keys, those with null values included
     */
    public List<String> keys() {
        return List.copyOf(node.entries().keySet());
    }

    /**
     * A scalar's text; marks the key as known. Records a problem when the value is a list or
     * mapping.
     *
     * @param key a key of this mapping
     * @return the text as written, or empty when the key is absent, null or not a scalar
     */
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

    /**
     * A required scalar's text; records a problem when it is missing, empty or not a scalar.
     *
     * @param key a key of this mapping
     * @return the trimmed text, or {@code ""} when there is a problem
     */
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

    /**
     * A number: plain decimals and exponents, {@code _} between digits, {@code .inf} and
     * {@code -.inf}. Records a problem when the value is not a number.
     *
     * @param key a key of this mapping
     * @return the number, or empty when the key is absent or there is a problem
     */
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

    /**
     * A number with a default and an allowed range (inclusive). Records a problem when the value is not
     * a number or out of range.
     *
     * @param key  a key of this mapping
     * @param dflt the value when the key is absent or there is a problem
     * @param min  the smallest value allowed
     * @param max  the largest value allowed
     * @return the number, or {@code dflt}
     */
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

    /**
     * A whole number with a default and an allowed range (inclusive). Digits (with an optional sign and
     * {@code _}) are read exactly, so that a seed beyond 2^53 stays as written; other numbers (such as
     * {@code 1e3}) must be whole. Records a problem when the value is not a whole number or out of
     * range.
     *
     * @param key  a key of this mapping
     * @param dflt the value when the key is absent or there is a problem
     * @param min  the smallest value allowed
     * @param max  the largest value allowed
     * @return the number, or {@code dflt}
     */
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

    /**
     * A boolean: {@code true}, {@code yes}, {@code ja}, {@code on} or {@code false}, {@code no},
     * {@code nein}, {@code off}, case-insensitive. Records a problem for any other value.
     *
     * @param key  a key of this mapping
     * @param dflt the value when the key is absent or there is a problem
     * @return the boolean, or {@code dflt}
     */
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

    /**
     * One of a fixed set of words (case-insensitive), or the default when absent. Records a problem,
     * listing the words, when the value is none of them.
     *
     * @param <E>     the type of the values chosen
     * @param key     a key of this mapping
     * @param options the values by word; the words must be lower case. The message lists them in the
     *                map's order when it is a {@link LinkedHashMap} or sorted map, else sorted
     * @param dflt    the value when the key is absent or there is a problem
     * @return the value of the word given, or {@code dflt}
     */
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

    /**
     * A list of scalars; a single scalar counts as a list of one.
     *
     * @param key a key of this mapping
     * @return the texts, in document order; empty when the key is absent or null
     */
    public List<String> strings(String key) {
        Optional<ConfigNode> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        return scalars(n.get());
    }

    /**
     * The scalars of a list node (or a single scalar). Records a problem when {@code n} is a mapping,
     * and for each item that is not a scalar with a value (a nested list or mapping, or a null).
     *
     * @param n a scalar or list node
     * @return the texts of the scalars, in document order, without the items in error; empty for a YAML
     *         null and for a mapping
     */
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

    /**
     * A list of numbers; a single number counts as a list of one. Records a problem for each item that
     * is not a number.
     *
     * @param key a key of this mapping
     * @return the numbers that could be read, in document order; empty when the key is absent
     */
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

    /**
     * A nested mapping, if present; records a problem when the value is not a mapping.
     *
     * @param key a key of this mapping
     * @return the view of the nested mapping (empty when it is not a mapping), or empty when the key
     *         is absent or null
     */
    public Optional<ConfigMap> map(String key) {
        return node(key).map(n -> ConfigMap.of(n, file, problems));
    }

    /**
     * The items of a list, each viewed as a mapping; a single mapping counts as a list of one. Records a
     * problem for a scalar value and for each item that is not a mapping.
     *
     * @param key a key of this mapping
     * @return one view per item, in document order; empty when the key is absent or there is a problem
     */
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

    /**
     * A mapping of scalar keys to scalar values, in document order. Records a problem when the value is
     * not a mapping, and for each value that is not a scalar.
     *
     * @param key a key of this mapping
     * @return an unmodifiable map of the scalar entries; empty when the key is absent or there is a
     *         problem
     */
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

    /**
     * A path relative to a base folder; an absolute path stays as written.
     *
     * @param key  a key of this mapping
     * @param base the folder relative paths are resolved against (the project file's folder)
     * @return the resolved and normalised path, or empty when the key is absent or blank
     */
    public Optional<Path> path(String key, Path base) {
        return string(key).filter(s -> !s.isBlank()).map(s -> base.resolve(s.trim()).normalize());
    }

    /**
     * Reports every key of this mapping that was never asked for, with a suggestion where a known key
     * is close. Nested mappings need their own call.
     */
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
        return de.lagebild.internal.Numbers.format(x);
    }
}
