package de.lagebild.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.io.RowAccount;
import de.lagebild.project.CrimeSpec;
import de.lagebild.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples in docs/data-formats-crime.md and docs/project-file-crime.md are read by the
 * importers, so the pages cannot drift from the code: every example file imports without a
 * rejected row, and the example project file loads.
 */
class DocsExamplesTest {
    static final Path DOCS = Path.of("..", "docs");
    @TempDir
    Path dir;

    /** The fenced blocks of a page with the given language, "..." lines (elisions) removed. */
    static List<String> blocks(String page, String language) throws IOException {
        List<String> lines = Files.readAllLines(DOCS.resolve(page), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        List<String> cur = null;
        for (String l : lines) {
            if (cur == null && l.strip().equals("```" + language)) {
                cur = new ArrayList<>();
            } else if (cur != null && l.strip().equals("```")) {
                out.add(cur.stream().filter(x -> !x.strip().equals("...")).collect(Collectors.joining("\n")) + "\n");
                cur = null;
            } else if (cur != null) {
                cur.add(l);
            }
        }
        return out;
    }

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static void clean(RowAccount a) {
        assertTrue(a.read() > 0, a.source());
        assertEquals(List.of(), a.rejected(), a.source());
    }

    @Test
    void everyExampleFileImports() throws IOException {
        int seen = 0;
        for (String b : blocks("data-formats-crime.md", "text")) {
            String first = b.lines().findFirst().orElse("");
            if (first.startsWith("1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18")) {
                clean(PksReader.read(file("bka_2022.csv", b), ImportOptions.of("bka_2022.csv")).account());
            } else if (first.startsWith("1;2;3;4;5;6;7;8;9;10;11;12;13;14")) {
                clean(PksReader.read(file("zr.csv", b), ImportOptions.of("zr.csv").withArea("DG")).account());
            } else if (first.startsWith("Jahr;Schlüssel")) {
                clean(PksReader.read(file("pks_musterstadt.csv", b), ImportOptions.of("pks_musterstadt.csv")
                        .withArea("14524999")).account());
            } else if (first.startsWith("Jahr;Ortsteil;Kategorie")) {
                clean(OwiReader.read(file("owi.csv", b), ImportOptions.of("owi.csv")).account());
            } else if (first.startsWith("ags;") || first.startsWith("statistics_code") || first.startsWith("Statistik_Code")
                    || first.startsWith("GENESIS-Tabelle") || first.startsWith(";;31.12.")) {
                PopulationTable t = PopulationReader.read(file("pop" + seen + ".csv", b),
                        ImportOptions.of("pop" + seen + ".csv"));
                clean(t.accounts().get(0));
            } else {
                continue;
            }
            seen++;
        }
        assertEquals(9, seen, "example files found in data-formats-crime.md");
    }

    @Test
    void theExampleProjectLoads() throws IOException {
        List<String> yaml = blocks("project-file-crime.md", "yaml");
        assertEquals(1, yaml.size());
        for (String f : List.of("pks/pks_musterstadt.csv", "pks/KR-F-01-T01-Kreise-Faelle-HZ_csv_2022.csv", "owi.csv",
                "population.csv", "population/12411-02-03-4.csv")) {
            file(f, "x\n");
        }
        Project p = Project.load(file("lagebild.yaml", yaml.get(0)));
        CrimeSpec c = p.crime().orElseThrow();
        assertEquals(2, c.pksFiles().size());
        assertEquals("14524999", c.pksFiles().get(0).options().area().orElseThrow());
        assertEquals(5, c.fields().size());
        assertEquals(List.of("worry_assault"), c.fields().get(2).survey());
    }
}
