package de.lagebild.project;

import de.lagebild.crime.FieldOfAction;
import de.lagebild.crime.ImportOptions;
import de.lagebild.crime.NumberStyle;
import de.lagebild.crime.OffenceKey;
import de.lagebild.crime.OwiReader;
import de.lagebild.crime.PksReader;
import de.lagebild.crime.PopulationReader;
import de.lagebild.internal.ConfigMap;
import de.lagebild.internal.ConfigNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads the {@code crime:} part of a project file; keys in docs/project-file-crime.md. */
final class CrimeSection {
    private static final Set<String> PKS_KEYS = Set.of("file", "columns", "area", "year", "numbers", "encoding",
            "delimiter", "sheet");
    private static final Set<String> OWI_KEYS = Set.of("file", "columns", "year", "categories", "encoding", "delimiter",
            "sheet");
    private static final Set<String> POPULATION_KEYS = Set.of("file", "columns", "area", "year", "format", "encoding",
            "delimiter", "sheet");

    private CrimeSection() {
    }

    /**
     * Reads the section.
     *
     * @param m                the {@code crime:} mapping
     * @param base             the project file's folder
     * @param municipality     the municipality and benchmarks (their names may appear in area columns)
     * @param surveyIndicators names of the survey's indicators, or empty when the project has no survey part
     */
    static CrimeSpec read(ConfigMap m, Path base, Municipality municipality, Optional<Set<String>> surveyIndicators) {
        Map<String, String> areaNames = new LinkedHashMap<>();
        if (!municipality.name().isEmpty()) {
            areaNames.put(municipality.name(), municipality.ags());
        }
        for (Area b : municipality.benchmarks()) {
            areaNames.put(b.name(), b.ags());
        }
        List<CrimeSpec.Source> pks = sources(m, "pks", base, PKS_KEYS, PksReader.ROLES, areaNames);
        List<CrimeSpec.Source> owi = sources(m, "owi", base, OWI_KEYS, OwiReader.ROLES, areaNames);
        List<CrimeSpec.Source> population = sources(m, "population", base, POPULATION_KEYS, PopulationReader.ROLES,
                areaNames);
        CrimeSpec.PopulationYear py = m.choice("population_year", ordered("previous", CrimeSpec.PopulationYear.PREVIOUS,
                "same", CrimeSpec.PopulationYear.SAME), CrimeSpec.PopulationYear.PREVIOUS);
        int trendYears = (int) m.integer("trend_years", 5, 2, 50);
        double level = m.number("level", 0.95, 0.5, 0.9999);
        CrimeSpec.InvalidRows invalid = m.choice("invalid_rows", ordered("error", CrimeSpec.InvalidRows.ERROR, "reject",
                CrimeSpec.InvalidRows.REJECT), CrimeSpec.InvalidRows.ERROR);
        List<OffenceKey> structure = new ArrayList<>();
        for (String s : m.strings("structure")) {
            key(m, "structure", s).ifPresent(structure::add);
        }
        List<FieldOfAction> fields = m.has("fields") ? fields(m, surveyIndicators) : FieldOfAction.defaults();
        m.finish();
        return new CrimeSpec(pks, owi, population, py, trendYears, level, invalid, structure, fields);
    }

    /** A map in the order given, so that messages list the choices the same way every run. */
    @SuppressWarnings("unchecked")
    private static <E> Map<String, E> ordered(Object... pairs) {
        Map<String, E> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (E) pairs[i + 1]);
        }
        return m;
    }

    private static Optional<OffenceKey> key(ConfigMap m, String key, String text) {
        try {
            return Optional.of(OffenceKey.parse(text));
        } catch (IllegalArgumentException e) {
            m.problem(key, e.getMessage() + " (write keys in quotes: \"674000\", \"435*00\", \"------\")");
            return Optional.empty();
        }
    }

    private static List<CrimeSpec.Source> sources(ConfigMap m, String key, Path base, Set<String> allowed,
            Set<String> roles, Map<String, String> areaNames) {
        Optional<ConfigNode> node = m.node(key);
        List<CrimeSpec.Source> out = new ArrayList<>();
        if (node.isEmpty()) {
            return out;
        }
        List<ConfigNode> items = node.get() instanceof ConfigNode.ListNode l ? l.items() : List.of(node.get());
        for (ConfigNode item : items) {
            if (item instanceof ConfigNode.Scalar s) {
                if (s.isNull() || s.text().isBlank()) {
                    m.problem(item, "must name a file (a path or glob)");
                    continue;
                }
                for (Path f : files(m, item, base, s.text().trim())) {
                    out.add(new CrimeSpec.Source(f, ImportOptions.of(display(base, f)).withAreaNames(areaNames)));
                }
            } else if (item instanceof ConfigNode.MapNode) {
                ConfigMap im = ConfigMap.of(item, m.file(), m.problems());
                out.addAll(sourceMap(im, key, base, allowed, roles, areaNames));
            } else {
                m.problem(item, "must be a file name or a mapping with file:, not " + item.describe());
            }
        }
        return out;
    }

    private static List<CrimeSpec.Source> sourceMap(ConfigMap im, String kind, Path base, Set<String> allowed,
            Set<String> roles, Map<String, String> areaNames) {
        String pattern = im.required("file");
        Map<String, String> columns = new LinkedHashMap<>();
        if (allowed.contains("columns")) {
            im.stringMap("columns").forEach((role, name) -> {
                if (!roles.contains(role.trim())) {
                    im.problem("columns", "maps \"" + role + "\", which is not a column role of " + kind + " files; the"
                            + " roles are " + String.join(", ", new TreeSet<>(roles)));
                } else if (name.isBlank()) {
                    im.problem("columns", "maps " + role + " to an empty column name");
                } else {
                    columns.put(role.trim(), name.trim());
                }
            });
        }
        Optional<String> area = allowed.contains("area") ? im.string("area").map(String::trim) : Optional.empty();
        if (area.isPresent() && !area.get().matches("\\d{2}|\\d{3}|\\d{5}|\\d{8}|\\d{12}|DG")) {
            im.problem("area", "must be an area key in quotes: the AGS (8 digits), a Kreis (5), Land (2) key, or DG"
                    + " for Germany, not \"" + area.get() + "\"");
            area = Optional.empty();
        }
        long year = allowed.contains("year") ? im.integer("year", 0, 1900, 2200) : 0;
        NumberStyle numbers = allowed.contains("numbers") ? im.choice("numbers", ordered("auto", NumberStyle.AUTO,
                "german", NumberStyle.GERMAN, "english", NumberStyle.ENGLISH), NumberStyle.AUTO) : NumberStyle.AUTO;
        var encoding = ProjectReader.encoding(im);
        var delimiter = ProjectReader.delimiter(im);
        Optional<String> sheet = im.string("sheet").map(String::trim).filter(s -> !s.isEmpty());
        String format = "auto";
        if (allowed.contains("format")) {
            format = im.choice("format", ordered("auto", "auto", "long", "long", "ffcsv", "ffcsv", "genesis", "genesis"),
                    "auto");
        }
        Map<String, String> categories = allowed.contains("categories") ? im.stringMap("categories") : Map.of();
        for (String k : im.keys()) {
            boolean somewhere = PKS_KEYS.contains(k) || OWI_KEYS.contains(k) || POPULATION_KEYS.contains(k);
            if (!allowed.contains(k) && somewhere) {
                im.node(k); // known elsewhere: say why it does not apply here instead of "unknown key"
                im.problem(k, "does not apply to " + kind + " files; their keys are "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        im.finish();
        List<CrimeSpec.Source> out = new ArrayList<>();
        if (pattern.isEmpty()) {
            return out;
        }
        for (Path f : files(im, im.node("file").orElse(null), base, pattern)) {
            ImportOptions o = ImportOptions.of(display(base, f)).withColumns(columns).withNumbers(numbers)
                    .withFormat(format).withCategories(categories).withAreaNames(areaNames);
            if (area.isPresent()) {
                o = o.withArea(area.get());
            }
            if (year != 0) {
                o = o.withYear((int) year);
            }
            if (encoding.isPresent()) {
                o = o.withEncoding(encoding.get());
            }
            if (delimiter.isPresent()) {
                o = o.withDelimiter(delimiter.get());
            }
            if (sheet.isPresent()) {
                o = o.withSheet(sheet.get());
            }
            out.add(new CrimeSpec.Source(f, o));
        }
        return out;
    }

    private static List<Path> files(ConfigMap m, ConfigNode where, Path base, String pattern) {
        List<Path> found = glob(base, pattern);
        if (found.isEmpty()) {
            String msg = (pattern.contains("*") || pattern.contains("?") ? "no file matches " : "the file does not exist: ")
                    + pattern + " (looked in " + base + ")";
            if (where != null) {
                m.problem(where, msg);
            } else {
                m.problem("file", msg);
            }
        }
        return found;
    }

    private static String display(Path base, Path file) {
        try {
            return base.relativize(file).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }

    private static List<FieldOfAction> fields(ConfigMap m, Optional<Set<String>> surveyIndicators) {
        Optional<ConfigNode> node = m.node("fields");
        List<FieldOfAction> out = new ArrayList<>();
        if (node.isEmpty()) {
            return out;
        }
        List<ConfigNode> items = node.get() instanceof ConfigNode.ListNode l ? l.items() : List.of(node.get());
        Set<String> names = new HashSet<>();
        List<String> builtIns = FieldOfAction.defaults().stream().map(FieldOfAction::name).toList();
        for (ConfigNode item : items) {
            FieldOfAction f = null;
            if (item instanceof ConfigNode.Scalar s && !s.isNull()) {
                Optional<FieldOfAction> b = FieldOfAction.builtIn(s.text().trim());
                if (b.isEmpty()) {
                    m.problem(item, "\"" + s.text().trim() + "\" is not a built-in field of action; they are "
                            + String.join(", ", builtIns) + " (or give a mapping with name, label, pks, owi, survey)");
                    continue;
                }
                f = b.get();
            } else if (item instanceof ConfigNode.MapNode) {
                ConfigMap fm = ConfigMap.of(item, m.file(), m.problems());
                String name = fm.required("name");
                Optional<FieldOfAction> b = FieldOfAction.builtIn(name);
                String label = fm.string("label").map(String::trim).filter(x -> !x.isEmpty())
                        .orElse(b.map(FieldOfAction::label).orElse(name));
                List<OffenceKey> keys = new ArrayList<>();
                if (fm.has("pks")) {
                    for (String k : fm.strings("pks")) {
                        key(fm, "pks", k).ifPresent(keys::add);
                    }
                } else if (b.isPresent()) {
                    keys.addAll(b.get().pks());
                }
                List<String> owi = fm.has("owi") ? fm.strings("owi").stream().map(String::trim).toList()
                        : b.map(FieldOfAction::owi).orElse(List.of());
                List<String> survey = fm.strings("survey").stream().map(String::trim).toList();
                if (surveyIndicators.isPresent()) {
                    for (String s : survey) {
                        if (!surveyIndicators.get().contains(s)) {
                            fm.problem("survey", "names \"" + s + "\", which is not an indicator of the survey part;"
                                    + " its indicators are " + String.join(", ", new TreeSet<>(surveyIndicators.get())));
                        }
                    }
                }
                fm.finish();
                if (name.isEmpty()) {
                    continue;
                }
                try {
                    f = new FieldOfAction(name, label, keys, owi, survey);
                } catch (IllegalArgumentException e) {
                    fm.problem("name", e.getMessage());
                    continue;
                }
            } else {
                m.problem(item, "must be the name of a built-in field of action or a mapping, not " + item.describe());
                continue;
            }
            if (!names.add(f.name())) {
                m.problem(item, "field of action \"" + f.name() + "\" is listed twice");
                continue;
            }
            out.add(f);
        }
        return out;
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
