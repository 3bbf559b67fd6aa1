package de.lagebild.survey;

import de.lagebild.internal.ConfigMap;
import de.lagebild.internal.ConfigNode;
import de.lagebild.internal.Yaml;
import de.lagebild.internal.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey's codebook: variable labels, value labels, item-nonresponse codes and scales. Read from
 * YAML:
 *
 * <pre>
 * variables:
 *   q_safe_night:
 *     label: Wie sicher fühlen Sie sich nachts allein in Ihrer Wohngegend?
 *     type: ordinal            # nominal | ordinal | numeric | id | text
 *     values: {1: sehr sicher, 2: eher sicher, 3: eher unsicher, 4: sehr unsicher,
 *              8: weiß nicht, 9: keine Angabe}
 *     missing: [8, 9]          # in addition to survey.missing
 * scales:
 *   kf_affektiv:
 *     label: Affektive Kriminalitätsfurcht
 *     items: [worry_burglary, worry_assault, worry_theft]
 *     reverse: []              # items coded the other way round (reversed as min + max - x)
 *     range: [1, 5]            # the items' answer range
 *     min_items: 2             # a score needs at least this many answered items (default: all)
 * </pre>
 *
 * When a variable has {@code values}, every value in the data must be one of them (or empty);
 * anything else is an unknown code and reported with line and column. {@code text} variables
 * (free-text answers) are never shown in any output.
 *
 * @param variables variable entries by name, in file order
 * @param scales    scales by name, in file order
 */
public record Codebook(Map<String, Variable> variables, Map<String, Scale> scales) {

    /**
     * Copies the maps, keeping their order; the copies are unmodifiable.
     *
     * @param variables variable entries by name, in file order
     * @param scales    scales by name, in file order
     * @throws NullPointerException when a map is null
     */
    public Codebook {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
    }

    /**
     * A codebook that says nothing.
     *
     * @return a codebook without variables and scales
     */
    public static Codebook empty() {
        return new Codebook(Map.of(), Map.of());
    }

    /**
     * The entry of a variable, if the codebook has one.
     *
     * @param name the variable name, as in the survey file's header
     * @return the entry, or empty
     */
    public Optional<Variable> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /**
     * A variable's label, or its name: the label of the variable's entry, else that of a scale of this
     * name, else the name itself.
     *
     * @param name a variable or scale name
     * @return the label, never empty unless the name is
     */
    public String label(String name) {
        Variable v = variables.get(name);
        if (v != null && !v.label().isEmpty()) {
            return v.label();
        }
        Scale s = scales.get(name);
        return s != null && !s.label().isEmpty() ? s.label() : name;
    }

    /**
     * The label of a value of a variable, or the value itself. Codes match as equal text after trimming
     * or as equal numbers ({@code 1} matches {@code 1.0}).
     *
     * @param variable the variable name
     * @param value    a value as read from the data
     * @return the label of the first code of the variable's {@code values} that matches, or the value
     */
    public String valueLabel(String variable, String value) {
        Variable v = variables.get(variable);
        if (v != null) {
            for (Map.Entry<String, String> e : v.values().entrySet()) {
                if (Codes.same(e.getKey(), value)) {
                    return e.getValue();
                }
            }
        }
        return value;
    }

    /** Variable types. */
    public enum Type {
        /** Unordered categories. */
        NOMINAL,
        /** Ordered categories (rating scales). */
        ORDINAL,
        /** Numbers. */
        NUMERIC,
        /** A respondent identifier: never shown in outputs. */
        ID,
        /** Free text: never shown in outputs. */
        TEXT
    }

    /**
     * A codebook entry.
     *
     * @param name    the variable
     * @param label   its label ("" when none)
     * @param type    its type
     * @param values  value codes to labels, in the order given ({@code missing} codes included)
     * @param missing item-nonresponse codes of this variable
     */
    public record Variable(String name, String label, Type type, Map<String, String> values, List<String> missing) {
        /**
         * Copies.
         *
         * @param name    the variable
         * @param label   its label ("" when none)
         * @param type    its type
         * @param values  value codes to labels, in the order given ({@code missing} codes included)
         * @param missing item-nonresponse codes of this variable
         * @throws NullPointerException when {@code name}, {@code label}, {@code type}, {@code values} or
         *                              {@code missing} (or an element of it) is null
         */
        public Variable {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            missing = List.copyOf(missing);
        }
    }

    /**
     * A scale (index): the mean of several items, such as the affective Kriminalitätsfurcht from the
     * worry items.
     *
     * @param name     the scale's variable name
     * @param label    its label
     * @param items    the item variables
     * @param reverse  items whose coding is reversed (score uses min + max - x)
     * @param min      the items' smallest answer
     * @param max      the items' largest answer
     * @param minItems the least number of answered items for a score
     */
    public record Scale(String name, String label, List<String> items, List<String> reverse, double min, double max,
            int minItems) {
        /**
         * Validates and copies.
         *
         * @param name     the scale's variable name
         * @param label    its label
         * @param items    the item variables
         * @param reverse  items whose coding is reversed (score uses min + max - x)
         * @param min      the items' smallest answer
         * @param max      the items' largest answer
         * @param minItems the least number of answered items for a score
         * @throws NullPointerException     when {@code name}, {@code label}, {@code items} or
         *                                  {@code reverse} is null
         * @throws IllegalArgumentException when there are no items, or {@code minItems} is not between 1 and
         *                                  the number of items
         */
        public Scale {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(label, "label");
            items = List.copyOf(items);
            reverse = List.copyOf(reverse);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a scale needs items");
            }
            if (minItems < 1 || minItems > items.size()) {
                throw new IllegalArgumentException("minItems must be between 1 and " + items.size());
            }
        }
    }

    /**
     * Reads a codebook file. A variable written without a mapping (just its name) is nominal without
     * labels.
     *
     * @param file        the codebook YAML
     * @param displayName the name used in messages
     * @return the codebook
     * @throws de.lagebild.io.InputException listing every problem with key path and line
     */
    public static Codebook load(Path file, String displayName) {
        ConfigNode root = Yaml.read(file, displayName);
        Problems problems = new Problems();
        ConfigMap top = ConfigMap.of(root, displayName, problems);
        Map<String, Variable> vars = new LinkedHashMap<>();
        Optional<ConfigMap> vm = top.map("variables");
        if (vm.isPresent()) {
            ConfigMap all = vm.get();
            for (String name : all.keys()) {
                Optional<ConfigMap> om = all.map(name);
                if (om.isEmpty()) {
                    vars.put(name, new Variable(name, "", Type.NOMINAL, Map.of(), List.of()));
                    continue;
                }
                ConfigMap v = om.get();
                String label = v.string("label").map(String::trim).orElse("");
                Type type = v.choice("type", Map.of("nominal", Type.NOMINAL, "ordinal", Type.ORDINAL, "numeric",
                        Type.NUMERIC, "id", Type.ID, "text", Type.TEXT), Type.NOMINAL);
                Map<String, String> values = new LinkedHashMap<>();
                v.stringMap("values").forEach((k, val) -> values.put(k.trim(), val.trim()));
                List<String> missing = v.strings("missing").stream().map(String::trim).toList();
                for (String m : missing) {
                    if (!values.isEmpty() && !Codes.in(m, values.keySet())) {
                        v.problem("missing", "lists " + m + ", which is not one of the values "
                                + String.join(", ", values.keySet()));
                    }
                }
                v.finish();
                vars.put(name, new Variable(name, label, type, values, missing));
            }
        }
        Map<String, Scale> scales = new LinkedHashMap<>();
        Optional<ConfigMap> sm = top.map("scales");
        if (sm.isPresent()) {
            ConfigMap all = sm.get();
            for (String name : all.keys()) {
                Optional<ConfigMap> os = all.map(name);
                if (os.isEmpty()) {
                    all.problem(name, "needs items");
                    continue;
                }
                ConfigMap s = os.get();
                String label = s.string("label").map(String::trim).orElse("");
                List<String> items = s.strings("items").stream().map(String::trim).toList();
                if (items.isEmpty()) {
                    s.problem("items", "is required: the item variables the scale averages");
                }
                List<String> reverse = s.strings("reverse").stream().map(String::trim).toList();
                for (String r : reverse) {
                    if (!items.contains(r)) {
                        s.problem("reverse", "lists " + r + ", which is not one of the items");
                    }
                }
                List<Double> range = s.numbers("range");
                double min = Double.NaN;
                double max = Double.NaN;
                if (range.size() == 2 && range.get(0) < range.get(1)) {
                    min = range.get(0);
                    max = range.get(1);
                } else if (s.has("range")) {
                    s.problem("range", "must be two ascending numbers [min, max]");
                } else if (!reverse.isEmpty()) {
                    s.problem("range", "is required when items are reversed");
                }
                int minItems = (int) s.integer("min_items", Math.max(1, items.size()), 1, Math.max(1, items.size()));
                if (vars.containsKey(name)) {
                    all.problem(name, "is the name of a variable and of a scale");
                }
                s.finish();
                if (!items.isEmpty()) {
                    scales.put(name, new Scale(name, label, items, reverse, min, max, minItems));
                }
            }
        }
        top.finish();
        problems.throwIfAny();
        return new Codebook(vars, scales);
    }

    /** The item lists of all scales, flattened (for checks). */
    List<String> allScaleItems() {
        List<String> out = new ArrayList<>();
        scales.values().forEach(s -> out.addAll(s.items()));
        return out;
    }
}
