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

    /** The 1-based line where the node starts. */
    long line();

    /** The key path, such as {@code survey.weighting.margins[1].file}; empty for the root. */
    String path();

    /** What kind of node this is, for messages: "a mapping", "a list", "a value", "empty". */
    String describe();

    /** A mapping of keys to nodes, in document order. */
    record MapNode(long line, String path, Map<String, ConfigNode> entries, Map<String, Long> keyLines)
            implements ConfigNode {
        /** Copies the maps. */
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list of nodes. */
    record ListNode(long line, String path, List<ConfigNode> items) implements ConfigNode {
        /** Copies the list. */
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar: its text as written, or a YAML null ({@code ~}, empty) with empty text. */
    record Scalar(long line, String path, String text, boolean isNull) implements ConfigNode {
        @Override
        public String describe() {
            return isNull ? "empty" : "a value";
        }
    }
}
