package de.lagebild.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.lagebild.project.Project;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A reference case computed with R (see the case's README.md and make.R): the data, a
 * {@code case.yaml} saying how Lagebild runs each method, and R's expected weights and estimates.
 * One harness for all cases, as Hipparchus does with NIST's certified data.
 */
public final class ReferenceCase {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final String name;
    private final Path dir;
    private final Map<String, Object> base;
    private final Map<String, Map<String, Object>> methods;
    private final Map<String, Map<String, Object>> rDegf;

    private ReferenceCase(String name, Path dir, Map<String, Object> base, Map<String, Map<String, Object>> methods,
            Map<String, Map<String, Object>> rDegf) {
        this.name = name;
        this.dir = dir;
        this.base = base;
        this.methods = methods;
        this.rDegf = rDegf;
    }

    /**
     * R's degrees of freedom for an indicator's (or crosstab row's) domain under a replicate method,
     * when the case lists them ({@code r_degf:}); -1 otherwise.
     */
    public int rDegf(String method, String variable) {
        Map<String, Object> m = rDegf.get(method);
        if (m == null || !m.containsKey(variable)) {
            return -1;
        }
        return ((Number) m.get(variable)).intValue();
    }

    /** Loads the case {@code reference/<name>} (or {@code regression/<name>}) from the test resources. */
    @SuppressWarnings("unchecked")
    public static ReferenceCase load(String name) {
        URL url = ReferenceCase.class.getResource("/reference/" + name + "/case.yaml");
        if (url == null) {
            url = ReferenceCase.class.getResource("/regression/" + name + "/case.yaml");
        }
        if (url == null) {
            throw new IllegalArgumentException("no reference case " + name);
        }
        try {
            Path caseFile = Path.of(url.toURI());
            Map<String, Object> doc = YAML.readValue(caseFile.toFile(), Map.class);
            Map<String, Object> base = (Map<String, Object>) doc.get("base");
            Map<String, Map<String, Object>> methods = (Map<String, Map<String, Object>>) doc.get("methods");
            Map<String, Map<String, Object>> rDegf = (Map<String, Map<String, Object>>) doc.getOrDefault("r_degf",
                    Map.of());
            return new ReferenceCase(name, caseFile.getParent(), base, new LinkedHashMap<>(methods), rDegf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** All case names under reference/ and regression/ that have a case.yaml. */
    public static List<String> all() {
        List<String> out = new ArrayList<>();
        for (String root : List.of("/reference", "/regression")) {
            URL url = ReferenceCase.class.getResource(root);
            if (url == null) {
                continue;
            }
            try (var s = Files.list(Path.of(url.toURI()))) {
                s.filter(p -> Files.exists(p.resolve("case.yaml"))).map(p -> p.getFileName().toString()).sorted()
                        .forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** The case's name. */
    public String name() {
        return name;
    }

    /** The case folder. */
    public Path dir() {
        return dir;
    }

    /** The method names. */
    public List<String> methods() {
        return List.copyOf(methods.keySet());
    }

    /** The survey part for a method: the method's fragment merged over base. */
    public Map<String, Object> survey(String method) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        Map<String, Object> frag = methods.get(method);
        if (frag == null) {
            throw new IllegalArgumentException("case " + name + " has no method " + method);
        }
        m.putAll(frag);
        return m;
    }

    /** Writes the project file for a method into the case folder and loads it. */
    public Project project(String method) {
        return Project.load(writeProject(method, Map.of()));
    }

    /** Writes the project file for a method, with extra survey keys, and returns its path. */
    public Path writeProject(String method, Map<String, Object> extraSurvey) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("municipality", Map.of("name", "Referenz " + name, "ags", "14000000"));
        Map<String, Object> survey = survey(method);
        survey.putAll(extraSurvey);
        doc.put("survey", survey);
        doc.put("report", Map.of("created", "2025-01-01"));
        Path p = dir.resolve("_project_" + method + ".yaml");
        try {
            YAML.writeValue(p.toFile(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The expected weights: id column first, then one column per method. */
    public Map<String, List<String>> expectedWeights() {
        return readColumns(dir.resolve("expected_weights.csv"));
    }

    /** The rows of expected_estimates.csv. */
    public List<Map<String, String>> expectedEstimates() {
        Path p = dir.resolve("expected_estimates.csv");
        List<Map<String, String>> out = new ArrayList<>();
        if (!Files.exists(p)) {
            return out;
        }
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.add(new LinkedHashMap<>(rec.toMap()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, List<String>> readColumns(Path p) {
        Map<String, List<String>> cols = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
            for (String h : parser.getHeaderNames()) {
                cols.put(h, new ArrayList<>());
            }
            for (CSVRecord rec : parser) {
                for (String h : parser.getHeaderNames()) {
                    cols.get(h).add(rec.get(h));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cols;
    }

    /** Parses R's number output ("NA" is NaN). */
    public static double num(String s) {
        if (s == null || s.isEmpty() || s.equals("NA")) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /** Relative difference |a - b| / |b| (absolute when b is 0). */
    public static double rel(double a, double b) {
        return b == 0 ? Math.abs(a) : Math.abs(a - b) / Math.abs(b);
    }
}
