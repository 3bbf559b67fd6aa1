package de.lagebild.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The all-or-nothing output folder. */
class OutputDirTest {
    @TempDir
    Path dir;

    /** Every path under a folder, relative, sorted. */
    private static List<String> tree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    private static List<String> visible(Path root) throws IOException {
        return tree(root).stream().filter(n -> !n.startsWith(".")).toList();
    }

    @Test
    void unsafeNamesAreRejected() {
        Path target = dir.resolve("out");
        try (OutputDir out = OutputDir.open(target)) {
            for (String bad : new String[] {"../x.csv", "..", "a/../../x.csv", "tables/../../x", "/etc/passwd",
                "\\\\server\\share", "C:/x.csv", "c:x.csv", "a:b", "", " ", "x/..", "a\u0000b"}) {
                assertThrows(IllegalArgumentException.class, () -> out.file(bad), "name \"" + bad + "\"");
            }
            assertThrows(IllegalArgumentException.class, () -> out.file(null));
            assertEquals(List.of(), out.files(), "rejected names are not staged");
        }
    }

    @Test
    void nothingIsVisibleBeforeCommitAndCommitMovesEverything() throws IOException {
        Path target = dir.resolve("out");
        try (OutputDir out = OutputDir.open(target)) {
            Files.writeString(out.file("weights.csv"), "id,weight\n");
            Files.writeString(out.file("tables/hz.csv"), "a\n");
            Files.writeString(out.file("tables/hz.csv"), "b\n"); // the same name twice: one file
            assertEquals(List.of(), visible(target), "staged files must not be visible in the target yet");
            assertEquals(List.of("weights.csv", "tables/hz.csv"), out.files());
            out.commit();
        }
        assertEquals(List.of("tables", "tables/hz.csv", "weights.csv"), tree(target), "no staging folder may remain");
        assertEquals("b\n", Files.readString(target.resolve("tables/hz.csv")));
    }

    @Test
    void closeWithoutCommitLeavesAnExistingTargetAsItWas() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("weights.csv"), "old\n");
        Files.createDirectories(target.resolve("keep"));
        List<String> before = tree(target);
        try (OutputDir out = OutputDir.open(target)) {
            Files.writeString(out.file("weights.csv"), "new\n");
            Files.writeString(out.file("survey_estimates.csv"), "new\n");
            // a failure happens here: no commit
        }
        assertEquals(before, tree(target));
        assertEquals("old\n", Files.readString(target.resolve("weights.csv")));
    }

    @Test
    void closeWithoutCommitRemovesTheFoldersItCreated() throws IOException {
        Path target = dir.resolve("new");
        try (OutputDir out = OutputDir.open(target)) {
            Files.writeString(out.file("x.csv"), "x\n");
        }
        assertFalse(Files.exists(target), "the target folder created by open() must go again");
        Path nested = dir.resolve("a/b/c");
        try (OutputDir out = OutputDir.open(nested)) {
            Files.writeString(out.file("x.csv"), "x\n");
        }
        assertFalse(Files.exists(dir.resolve("a")), "every folder open() created must go again: " + tree(dir));
    }

    @Test
    void commitReplacesExistingFilesAndKeepsOthers() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.writeString(target.resolve("weights.csv"), "old\n", StandardCharsets.UTF_8);
        Files.writeString(target.resolve("notes.txt"), "mine\n", StandardCharsets.UTF_8);
        try (OutputDir out = OutputDir.open(target)) {
            Files.writeString(out.file("weights.csv"), "new\n");
            out.commit();
        }
        assertEquals("new\n", Files.readString(target.resolve("weights.csv")));
        assertEquals("mine\n", Files.readString(target.resolve("notes.txt")));
        assertEquals(List.of("notes.txt", "weights.csv"), tree(target));
    }

    @Test
    void aFileAsTargetIsAnInputError() throws IOException {
        Path f = Files.writeString(dir.resolve("out.csv"), "x");
        InputException e = assertThrows(InputException.class, () -> OutputDir.open(f));
        assertTrue(e.getMessage().contains("is a file; --out needs a folder"), e.getMessage());
    }
}
