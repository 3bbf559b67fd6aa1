package de.lagebild.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML document (JSON is YAML too) into a {@link ConfigNode} tree that remembers lines and
 * key paths. Duplicate keys are reported, never silently overwritten.
 */
public final class Yaml {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private Yaml() {
    }

    /**
     * Reads a YAML file in UTF-8 (or ASCII); a file that is not valid UTF-8 is read as ISO-8859-1,
     * and a byte order mark is skipped.
     *
     * @param file        the file
     * @param displayName the name used in messages
     * @return the root node of the document
     * @throws InputException on a missing or unreadable file, a folder, an empty document, YAML syntax
     *                        errors or duplicate keys
     */
    public static ConfigNode read(Path file, String displayName) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, StandardCharsets.ISO_8859_1);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.inFile(displayName, "does not exist"));
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new InputException(Problem.inFile(displayName, "is a folder, not a file"));
            }
            throw new InputException(Problem.inFile(displayName, "cannot be read: " + e.getMessage()));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(new StringReader(text), displayName);
    }

    /**
     * Parses YAML text.
     *
     * @param reader      the text; it is closed when parsed
     * @param displayName the name used in messages
     * @return the root node of the document
     * @throws InputException on an empty document, YAML syntax errors (with the line of the problem)
     *                        or duplicate keys (all of them)
     */
    public static ConfigNode parse(Reader reader, String displayName) {
        Problems problems = new Problems();
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InputException(Problem.inFile(displayName, "is empty"));
            }
            ConfigNode root = node(p, "", displayName, problems);
            problems.throwIfAny();
            return root;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            String msg = e.getOriginalMessage();
            int cut = msg.indexOf("\n at [Source");
            if (cut > 0) {
                msg = msg.substring(0, cut);
            }
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException mk && mk.getProblem() != null
                    && mk.getProblemMark() != null) {
                // the parser's own location can be lines before the problem, and its message quotes the
                // text with carets over several lines: name the problem's line, in one line
                line = mk.getProblemMark().getLine() + 1L;
                msg = mk.getProblem();
                if (mk.getContext() != null) {
                    msg += " (" + mk.getContext() + (mk.getContextMark() == null ? ""
                            : " that starts on line " + (mk.getContextMark().getLine() + 1)) + ")";
                }
            }
            throw new InputException(Problem.atLine(displayName, line, "is not valid YAML: " + msg.strip()));
        } catch (IOException e) {
            throw new InputException(Problem.inFile(displayName, "cannot be read: " + e.getMessage()));
        }
    }

    private static long lineOf(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }

    private static ConfigNode node(YAMLParser p, String path, String file, Problems problems) throws IOException {
        JsonToken t = p.currentToken();
        long line = lineOf(p);
        switch (t) {
            case START_OBJECT: {
                Map<String, ConfigNode> entries = new LinkedHashMap<>();
                Map<String, Long> keyLines = new LinkedHashMap<>();
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    long keyLine = lineOf(p);
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    p.nextToken();
                    ConfigNode child = node(p, childPath, file, problems);
                    if (entries.containsKey(key)) {
                        problems.add(Problem.atKey(file, keyLine, childPath,
                                "is given twice (first on line " + keyLines.get(key) + ")"));
                    } else {
                        entries.put(key, child);
                        keyLines.put(key, keyLine);
                    }
                }
                return new ConfigNode.MapNode(line, path, entries, keyLines);
            }
            case START_ARRAY: {
                List<ConfigNode> items = new ArrayList<>();
                int i = 0;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(node(p, path + "[" + (i + 1) + "]", file, problems));
                    i++;
                }
                return new ConfigNode.ListNode(line, path, items);
            }
            case VALUE_NULL:
                return new ConfigNode.Scalar(line, path, "", true);
            default: {
                String text = p.getText();
                return new ConfigNode.Scalar(line, path, text == null ? "" : text, false);
            }
        }
    }
}
