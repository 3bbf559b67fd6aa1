package de.lagebild.project;

import de.lagebild.internal.ConfigMap;
import de.lagebild.internal.ConfigNode;
import de.lagebild.internal.Yaml;
import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.internal.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads and checks a cohort file; see {@link Cohort#load(Path)}. */
final class CohortReader {
    private CohortReader() {
    }

    static Cohort read(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = file.toString();
        ConfigNode root = Yaml.read(abs, name);
        Problems problems = new Problems();
        Path base = abs.getParent();
        ConfigMap top = ConfigMap.of(root, name, problems);
        Optional<ConfigMap> oc = top.map("cohort");
        String cohortName = "";
        String title = "";
        LocalDate created = LocalDate.now(ZoneOffset.UTC);
        int minCell = 5;
        Cohort.Comparison comparison = new Cohort.Comparison(Optional.empty(), "------", OptionalInt.empty(), 0.95,
                20240101L);
        if (oc.isEmpty()) {
            top.problem("cohort", "is required: the cohort's name and settings (cohort: {name: ...})");
        } else {
            ConfigMap c = oc.get();
            cohortName = c.required("name");
            title = c.string("title").map(String::trim).filter(s -> !s.isEmpty())
                    .orElse("Sicherheitsanalysen im Vergleich: " + cohortName);
            Optional<String> cr = c.string("created");
            if (cr.isPresent()) {
                try {
                    created = LocalDate.parse(cr.get().trim());
                } catch (DateTimeParseException e) {
                    c.problem("created", "must be a date written YYYY-MM-DD, not \"" + cr.get() + "\"");
                }
            }
            minCell = (int) c.integer("min_cell", 5, 0, 1_000_000);
            comparison = c.map("compare").map(CohortReader::comparison).orElse(comparison);
            c.finish();
        }
        Optional<ConfigMap> shared = top.map("shared");
        List<ConfigNode> items = new ArrayList<>();
        Optional<ConfigNode> mn = top.node("municipalities");
        if (mn.isEmpty()) {
            top.problem("municipalities", "is required: the list of municipalities (project files, or names and"
                    + " keys with shared:)");
        } else if (mn.get() instanceof ConfigNode.ListNode l) {
            items.addAll(l.items());
            if (items.isEmpty()) {
                top.problem("municipalities", "is empty: a cohort needs at least one municipality");
            }
        } else {
            top.problem("municipalities", "must be a list, not " + mn.get().describe());
        }
        top.finish();
        List<Cohort.Member> members = shared.isPresent()
                ? sharedMembers(shared.get(), items, abs, name, problems)
                : projectMembers(items, base, name, problems);
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Cohort.Member m = members.get(i);
            Long prev = ids.putIfAbsent(m.id(), items.get(i).line());
            if (prev != null) {
                problems.add(Problem.atKey(name, items.get(i).line(), items.get(i).path(), "would write into the"
                        + " folder " + m.id() + " as the municipality on line " + prev + " does; give one of them"
                        + " another id:"));
            }
        }
        problems.throwIfAny();
        return new Cohort(abs, base, cohortName, title, created, minCell, comparison, members);
    }

    private static Cohort.Comparison comparison(ConfigMap m) {
        Optional<String> indicator = m.string("indicator").map(String::trim).filter(s -> !s.isEmpty());
        String key = m.string("crime_key").map(String::trim).orElse("------");
        if (!key.matches("[0-9*\\-]{6}")) {
            m.problem("crime_key", "must be a 6-character PKS key such as \"------\" (Straftaten insgesamt) or"
                    + " \"892000\", written in quotes, not \"" + key + "\"");
        }
        OptionalInt year = m.has("year") ? OptionalInt.of((int) m.integer("year", 2000, 1950, 2100))
                : OptionalInt.empty();
        double level = m.number("level", 0.95, 0.5, 0.9999);
        long seed = m.integer("seed", 20240101L, Long.MIN_VALUE, Long.MAX_VALUE);
        m.finish();
        return new Cohort.Comparison(indicator, key, year, level, seed);
    }

    /** {@code municipalities: [a/lagebild.yaml, {project: b/lagebild.yaml, id: b}]}. */
    private static List<Cohort.Member> projectMembers(List<ConfigNode> items, Path base, String name,
            Problems problems) {
        List<Cohort.Member> out = new ArrayList<>();
        for (ConfigNode item : items) {
            String path;
            Optional<String> id = Optional.empty();
            long line = item.line();
            String key = item.path();
            if (item instanceof ConfigNode.Scalar s && !s.isNull()) {
                path = s.text().trim();
            } else if (item instanceof ConfigNode.MapNode) {
                ConfigMap m = ConfigMap.of(item, name, problems);
                path = m.required("project");
                line = m.lineOf("project");
                key = m.pathOf("project");
                id = m.string("id").map(String::trim);
                if (m.has("name") || m.has("ags")) {
                    m.problem(m.has("name") ? "name" : "ags", "belongs to a cohort with shared: tables; a cohort of"
                            + " project files lists each project file (project:), whose municipality: part names it");
                }
                m.finish();
            } else {
                problems.add(Problem.atKey(name, item.line(), item.path(), "must be a project file's path or"
                        + " {project: PATH, id: FOLDER}, not " + item.describe()));
                continue;
            }
            if (path.isEmpty()) {
                continue;
            }
            Path given = base.resolve(path).normalize();
            Path p = Files.isDirectory(given) ? given.resolve("lagebild.yaml") : given;
            if (!Files.isRegularFile(p)) {
                problems.add(Problem.atKey(name, line, key, "the project file " + path + " does not exist (looked for "
                        + p + ")"));
                continue;
            }
            String folder = id.orElseGet(() -> Slugs.of(defaultId(p)));
            checkId(folder, name, line, key, problems);
            out.add(new Cohort.Member(folder, path, p, null, ""));
        }
        return out;
    }

    /** A project file's default output folder: its folder's name (lagebild.yaml) or its own name. */
    private static String defaultId(Path projectFile) {
        String f = projectFile.getFileName().toString();
        if (f.equals("lagebild.yaml") || f.equals("lagebild.yml") || f.equals("lagebild.json")) {
            Path parent = projectFile.getParent();
            return parent == null || parent.getFileName() == null ? "project" : parent.getFileName().toString();
        }
        return f.replaceAll("\\.(ya?ml|json)$", "");
    }

    private static void checkId(String id, String file, long line, String key, Problems problems) {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(Problem.atKey(file, line, key, "id \"" + id + "\" must be lower-case letters and digits"
                    + " joined by dashes (it names the municipality's output folder)"));
        }
    }

    /**
     * {@code shared: {column, survey, crime, report}} with {@code municipalities: [{name, ags,
     * benchmarks, code, id}]}: each municipality's project is the shared parts with its own
     * municipality part, reading its rows of the survey and margin files.
     */
    private static List<Cohort.Member> sharedMembers(ConfigMap shared, List<ConfigNode> items, Path abs, String name,
            Problems problems) {
        String column = shared.required("column");
        Map<String, ConfigNode> parts = new LinkedHashMap<>();
        for (String part : List.of("survey", "crime", "report")) {
            shared.node(part).ifPresent(n -> parts.put(part, n));
        }
        if (!parts.containsKey("survey") && !parts.containsKey("crime")) {
            shared.problem("survey", "a cohort's shared: part needs survey:, crime: or both");
        }
        shared.finish();
        List<Cohort.Member> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ConfigNode item : items) {
            if (!(item instanceof ConfigNode.MapNode entry)) {
                problems.add(Problem.atKey(name, item.line(), item.path(), "must be a municipality {name, ags,"
                        + " benchmarks, code, id} in a cohort with shared: tables, not " + item.describe()));
                continue;
            }
            ConfigMap m = ConfigMap.of(entry, name, problems);
            String mname = m.required("name");
            String ags = m.required("ags");
            m.node("benchmarks");
            String code = m.string("code").map(String::trim).filter(s -> !s.isEmpty()).orElse(ags);
            String id = m.string("id").map(String::trim).orElse(Slugs.of(mname));
            m.finish();
            checkId(id, name, m.lineOf("id"), m.pathOf("id"), problems);
            if (!code.isEmpty() && !seen.add(code)) {
                m.problem("code", "\"" + code + "\" selects the rows of two municipalities; give each its own code:");
            }
            Map<String, ConfigNode> mun = new LinkedHashMap<>();
            Map<String, Long> lines = new LinkedHashMap<>();
            for (String k : List.of("name", "ags", "benchmarks")) {
                ConfigNode n = entry.entries().get(k);
                if (n != null) {
                    mun.put(k, n);
                    lines.put(k, entry.keyLines().getOrDefault(k, entry.line()));
                }
            }
            Map<String, ConfigNode> rootEntries = new LinkedHashMap<>();
            Map<String, Long> rootLines = new LinkedHashMap<>();
            rootEntries.put("municipality", new ConfigNode.MapNode(entry.line(), entry.path(), mun, lines));
            rootLines.put("municipality", entry.line());
            parts.forEach((k, n) -> {
                rootEntries.put(k, n);
                rootLines.put(k, n.line());
            });
            ConfigNode.MapNode root = new ConfigNode.MapNode(1, "", rootEntries, rootLines);
            Project p;
            try {
                p = ProjectReader.read(root, abs, name);
            } catch (InputException e) {
                for (Problem pr : e.problems()) {
                    if (!problems.list().contains(pr)) {
                        problems.add(pr); // a problem of a shared part is reported once, not per municipality
                    }
                }
                continue;
            }
            if (column.isEmpty() || mname.isEmpty()) {
                continue;
            }
            RowFilter filter = new RowFilter(column, code);
            Optional<SurveySpec> survey = p.survey().map(s -> s.withRows(filter));
            ReportSpec r = p.report();
            ReportSpec report = new ReportSpec(r.title().replace("{name}", mname), r.language(), r.minCell(),
                    r.created());
            Project project = new Project(p.file(), p.baseDir(), p.municipality(), survey, p.crime(), report);
            out.add(new Cohort.Member(id, mname, null, project, canonical(root) + "\nrows: " + filter.describe()));
        }
        return out;
    }

    /** A configuration tree as text without lines: equal settings give equal text. */
    static String canonical(ConfigNode n) {
        StringBuilder sb = new StringBuilder();
        canonical(n, sb);
        return sb.toString();
    }

    private static void canonical(ConfigNode n, StringBuilder sb) {
        if (n instanceof ConfigNode.MapNode m) {
            sb.append('{');
            m.entries().forEach((k, v) -> {
                sb.append(quote(k)).append(':');
                canonical(v, sb);
                sb.append(',');
            });
            sb.append('}');
        } else if (n instanceof ConfigNode.ListNode l) {
            sb.append('[');
            for (ConfigNode item : l.items()) {
                canonical(item, sb);
                sb.append(',');
            }
            sb.append(']');
        } else if (n instanceof ConfigNode.Scalar s) {
            sb.append(s.isNull() ? "~" : quote(s.text()));
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
