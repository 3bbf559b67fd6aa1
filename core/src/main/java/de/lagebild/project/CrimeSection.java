package de.lagebild.project;

import de.lagebild.internal.ConfigMap;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Reads the {@code crime:} part of a project file. */
final class CrimeSection {
    private CrimeSection() {
    }

    static CrimeSpec read(ConfigMap m, Path base) {
        List<Path> pks = new ArrayList<>();
        for (String pattern : m.strings("pks")) {
            List<Path> found = glob(base, pattern.trim());
            if (found.isEmpty()) {
                m.problem("pks", "no file matches " + pattern.trim() + " (looked in " + base + ")");
            }
            pks.addAll(found);
        }
        Optional<Path> owi = ProjectReader.existingFile(m, "owi", base, false);
        Optional<Path> population = ProjectReader.existingFile(m, "population", base, false);
        m.finish();
        return new CrimeSpec(pks, owi, population);
    }

    /** Files matching a glob relative to base, sorted by name; a plain path matches itself. */
    static List<Path> glob(Path base, String pattern) {
        Path full = base.resolve(pattern).normalize();
        if (!pattern.contains("*") && !pattern.contains("?") && !pattern.contains("[")) {
            return Files.isRegularFile(full) ? List.of(full) : List.of();
        }
        Path dir = full.getParent();
        String glob = full.getFileName().toString();
        TreeSet<Path> out = new TreeSet<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return List.copyOf(out);
    }
}
