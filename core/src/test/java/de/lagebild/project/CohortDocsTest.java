package de.lagebild.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.crime.CrimeAnalysis;
import de.lagebild.survey.SurveyRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cohort files in docs/cohort-file.md are read as they stand, beside a copy of the Städtebund
 * sample (samples/staedtebund): the page cannot drift from the reader, and the shared-table
 * example reads, weights and computes crime indicators for its first municipality.
 */
class CohortDocsTest {
    @TempDir
    Path dir;

    @Test
    void theExamplesOfTheCohortPageLoad() throws IOException {
        Path src = Path.of("..", "samples", "staedtebund").toAbsolutePath().normalize();
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        List<String> yaml = yamlBlocks(Path.of("..", "docs", "cohort-file.md"));
        Path first = dir.resolve("doc-cohort.yaml");
        Files.writeString(first, yaml.get(0), StandardCharsets.UTF_8);
        Cohort c1 = Cohort.load(first);
        assertEquals(5, c1.members().size());
        assertEquals("musterau", c1.members().get(2).id());
        Path second = dir.resolve("gemeinsam/doc-cohort.yaml");
        Files.writeString(second, yaml.get(1), StandardCharsets.UTF_8);
        Cohort c2 = Cohort.load(second);
        assertEquals(List.of("musterberg", "mustertal"), c2.members().stream().map(Cohort.Member::id).toList());
        Project p = c2.members().get(0).load();
        assertEquals("Sicherheitsanalyse Musterberg 2025", p.report().title());
        assertTrue(SurveyRun.of(p).read().account().read() > 300);
        assertTrue(CrimeAnalysis.run(p).indicators().stream().anyMatch(i -> i.ags().equals("14521999")));
    }

    /** The fenced yaml blocks of a page. */
    static List<String> yamlBlocks(Path page) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = null;
        for (String l : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (cur == null && l.strip().equals("```yaml")) {
                cur = new StringBuilder();
            } else if (cur != null && l.strip().equals("```")) {
                out.add(cur.toString());
                cur = null;
            } else if (cur != null) {
                cur.append(l).append('\n');
            }
        }
        return out;
    }
}
