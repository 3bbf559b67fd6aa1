package de.lagebild.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a YAML (or JSON) document with the line it stands on and its key path, so that every
 * problem with a configuration can name the key and line. Scalars keep their text as written.
 */
public sealed interface ConfigNode {

    /**
     * The 1-based line where the node starts.
     *
     * @return the 1-based line
     */
    long line();

    /**
     * The key path, such as {@code survey.weighting.margins[1].file}; empty for the root.
     *
     * @return the dotted key path, with 1-based list positions in brackets
     */
    String path();

    /**
     * What kind of node this is, for messages: "a mapping", "a list", "a value", "empty".
     *
     * @return the description, such as "a mapping"
     */
    String describe();

    /**
     * A mapping of keys to nodes, in document order.
     *
     * @param line     the 1-based line where the mapping starts
     * @param path     the key path of the mapping; empty for the root
     * @param entries  the values by key, in document order
     * @param keyLines the 1-based line of each key, by key
     */
    record MapNode(long line, String path, Map<String, ConfigNode> entries, Map<String, Long> keyLines)
            implements ConfigNode {
        /**
         * Copies the maps, keeping their order; the copies are unmodifiable.
         *
         * @param line     the 1-based line where the mapping starts
         * @param path     the key path of the mapping; empty for the root
         * @param entries  the values by key, in document order
         * @param keyLines the 1-based line of each key, by key
         */
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /**
     * A list of nodes.
     *
     * @param line  the 1-based line where the list starts
     * @param path  the key path of the list; its items have the path followed by {@code [1]},
     *              {@code [2]}, ...
     * @param items the items, in document order
     */
    record ListNode(long line, String path, List<ConfigNode> items) implements ConfigNode {
        /**
         * Copies the list; the copy is unmodifiable.
         *
         * @param line  the 1-based line where the list starts
         * @param path  the key path of the list
         * @param items the items, in document order; must not contain null
         */
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: its text as written, or a YAML null ({@code ~}, empty) with empty text.
     *
     * @param line   the 1-based line of the value
     * @param path   the key path of the value
     * @param text   the text as written (without quotes), or {@code ""} for a null
     * @param isNull whether the value is a YAML null
     */
    record Scalar(long line, String path, String text, boolean isNull) implements ConfigNode {
        @Override
        public String describe() {
            return isNull ? "empty" : "a value";
        }
    }
}
