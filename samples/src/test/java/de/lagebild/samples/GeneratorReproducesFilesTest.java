package de.lagebild.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample folders are exactly what the generator writes: run it into a temporary
 * folder and compare every file byte for byte (under the foreign default locale the build sets for
 * tests). A failure means the data were edited by hand or the generator changed without
 * regenerating: regenerate (see samples/musterstadt/README.md) and commit both.
 */
class GeneratorReproducesFilesTest {

    @Test
    void generatorReproducesEveryCommittedFile(@TempDir Path tmp) throws IOException {
        Path m = tmp.resolve("musterstadt");
        Path s = tmp.resolve("staedtebund");
        MusterstadtGenerator.main(new String[] {"--musterstadt", m.toString(), "--staedtebund", s.toString()});
        List<String> problems = new ArrayList<>();
        compare(m, SampleFiles.musterstadt(), problems);
        compare(s, SampleFiles.staedtebund(), problems);
        if (!problems.isEmpty()) {
            fail(problems.size() + " differences between the generator and the committed samples (regenerate with"
                    + " the command in samples/musterstadt/README.md):\n" + String.join("\n", problems));
        }
    }

    @Test
    void twoRunsGiveTheSameBytes() {
        for (Town t : List.of(Town.musterstadt(), Town.staedtebund().get(4))) {
            var a = MusterstadtGenerator.files(t);
            var b = MusterstadtGenerator.files(t);
            assertEquals(a.keySet(), b.keySet());
            a.forEach((k, v) -> assertArrayEquals(v, b.get(k), t.name() + " " + k));
        }
    }

    /** Generated and committed folders hold the same files (committed READMEs aside) with the same bytes. */
    private static void compare(Path generated, Path committed, List<String> problems) throws IOException {
        List<String> gen = SampleFiles.list(generated);
        List<String> com = SampleFiles.list(committed).stream().filter(f -> !f.endsWith("README.md")).toList();
        for (String f : gen) {
            if (!com.contains(f)) {
                problems.add(committed.resolve(f) + ": generated but not committed");
                continue;
            }
            byte[] want = Files.readAllBytes(generated.resolve(f));
            byte[] have = Files.readAllBytes(committed.resolve(f));
            if (!Arrays.equals(want, have)) {
                problems.add(committed.resolve(f) + ": differs from the generator's output" + firstDifference(want,
                        have));
            }
        }
        for (String f : com) {
            if (!gen.contains(f)) {
                problems.add(committed.resolve(f) + ": committed but no longer generated");
            }
        }
    }

    private static String firstDifference(byte[] want, byte[] have) {
        String[] a = new String(want, StandardCharsets.ISO_8859_1).split("\n", -1);
        String[] b = new String(have, StandardCharsets.ISO_8859_1).split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return " at line " + (i + 1) + ":\n  generated: " + a[i] + "\n  committed: " + b[i];
            }
        }
        return " (" + a.length + " lines generated, " + b.length + " committed)";
    }
}
