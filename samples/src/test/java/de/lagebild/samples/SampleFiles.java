package de.lagebild.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Test helpers: where the committed sample folders are and how to read their plain files. */
final class SampleFiles {
    private SampleFiles() {
    }

    /** The samples module's folder (Maven runs tests there). */
    static Path moduleDir() {
        Path dir = Path.of("").toAbsolutePath();
        assertTrue(Files.isDirectory(dir.resolve("musterstadt")), "tests must run in the samples module folder, not "
                + dir);
        return dir;
    }

    static Path musterstadt() {
        return moduleDir().resolve("musterstadt");
    }

    static Path staedtebund() {
        return moduleDir().resolve("staedtebund");
    }

    /** Every regular file below a folder, as sorted '/'-separated relative paths. */
    static List<String> list(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A delimited file without quoting (all sample files are), as rows of header name to cell; lines
     * before {@code headerLine} (0-based) and lines with fewer cells than the header (footnotes) are
     * skipped.
     */
    static List<Map<String, String>> rows(Path file, Charset cs, char delimiter, int headerLine) {
        try {
            List<String> lines = Files.readAllLines(file, cs);
            String[] header = lines.get(headerLine).split(Pattern.quote(String.valueOf(delimiter)), -1);
            List<Map<String, String>> out = new ArrayList<>();
            for (String line : lines.subList(headerLine + 1, lines.size())) {
                String[] f = line.split(Pattern.quote(String.valueOf(delimiter)), -1);
                if (f.length < header.length) {
                    continue;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int j = 0; j < header.length; j++) {
                    m.put(header[j], f[j]);
                }
                out.add(m);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A German or BKA-style count: thousands separators removed. */
    static long count(String cell) {
        return Long.parseLong(cell.replace(".", "").replace(",", ""));
    }

    /**
     * Copies a sample project's survey inputs into {@code target} with its project file stripped of
     * the {@code crime:} part: this branch does not have the crime importer, whose project keys the
     * sample's {@code crime:} part uses.
     */
    static Path surveyOnlyCopy(Path project, Path target) throws IOException {
        Files.createDirectories(target);
        for (String f : List.of("survey.csv", "codebook.yaml", "margin_sex_age.csv", "margin_district.csv")) {
            Files.copy(project.resolve(f), target.resolve(f));
        }
        StringBuilder sb = new StringBuilder();
        boolean skip = false;
        for (String line : Files.readAllLines(project.resolve("lagebild.yaml"), java.nio.charset.StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                skip = line.startsWith("crime:");
            }
            if (!skip) {
                sb.append(line).append('\n');
            }
        }
        Path yaml = target.resolve("lagebild.yaml");
        Files.writeString(yaml, sb, java.nio.charset.StandardCharsets.UTF_8);
        return yaml;
    }
}
