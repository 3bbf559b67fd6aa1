package de.lagebild.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code shown in README.md and docs/*.md comes from compiled, tested Java files: a fenced block
 * preceded by {@code <!-- snippet: Class#name -->} must equal the region between
 * {@code // snippet: name} and {@code // end snippet} in {@code Class.java} of this folder
 * (dedented). {@link SnippetsTest} checks every such block, so the docs cannot drift from code
 * that compiles and runs.
 */
final class Snippets {
    static final Path SOURCES = Path.of("src/test/java/de/lagebild/docs");
    private static final Pattern MARKER = Pattern.compile(
            "<!-- snippet: ([A-Za-z0-9]+)#([A-Za-z0-9_-]+) -->\\s*\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL);

    private Snippets() {
    }

    /** One snippet reference in a markdown file. */
    record Reference(Path markdown, String className, String region, String shown) {
    }

    static List<Reference> references(Path markdown) {
        String text = read(markdown);
        List<Reference> out = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            out.add(new Reference(markdown, m.group(1), m.group(2), m.group(3)));
        }
        return out;
    }

    /** The regions of a Java source file, dedented. */
    static Map<String, String> regions(Path java) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = List.of(read(java).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (t.startsWith("// snippet: ")) {
                String name = t.substring("// snippet: ".length()).trim();
                List<String> body = new ArrayList<>();
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).trim().equals("// end snippet")) {
                    body.add(lines.get(j));
                    j++;
                }
                out.put(name, dedent(body));
                i = j;
            }
        }
        return out;
    }

    static String dedent(List<String> body) {
        int indent = Integer.MAX_VALUE;
        for (String l : body) {
            if (!l.isBlank()) {
                indent = Math.min(indent, l.length() - l.stripLeading().length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String l : body) {
            sb.append(l.isBlank() ? "" : l.substring(Math.min(indent, l.length()))).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
