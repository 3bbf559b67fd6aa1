package de.lagebild.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every code block in README.md and docs/*.md that names a snippet shows that snippet's current code. */
class SnippetsTest {

    @Test
    void docsShowTheCompiledCode() throws IOException {
        List<Path> markdown = new ArrayList<>();
        markdown.add(Path.of("../README.md"));
        try (Stream<Path> s = Files.list(Path.of("."))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(markdown::add);
        }
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (Path md : markdown) {
            for (Snippets.Reference r : Snippets.references(md)) {
                Path java = Snippets.SOURCES.resolve(r.className() + ".java");
                if (!Files.exists(java)) {
                    problems.add(md + ": no snippet source " + java);
                    continue;
                }
                Map<String, String> regions = Snippets.regions(java);
                String code = regions.get(r.region());
                if (code == null) {
                    problems.add(md + ": " + r.className() + " has no snippet " + r.region());
                } else if (!code.equals(r.shown().stripTrailing())) {
                    problems.add(md + ": the block for " + r.className() + "#" + r.region()
                            + " differs from the code; it should read:\n" + code);
                }
                checked++;
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked >= 3, "snippets checked: " + checked);
        System.out.println("docs: " + checked + " code blocks equal their compiled snippets");
    }
}
