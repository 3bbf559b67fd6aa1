package de.lagebild.project;

import de.lagebild.internal.ConfigMap;
import de.lagebild.internal.ConfigNode;
import de.lagebild.internal.Yaml;
import de.lagebild.internal.Encodings;
import de.lagebild.internal.Problems;
import de.lagebild.project.IndicatorSpec.CiMethod;
import de.lagebild.project.IndicatorSpec.Statistic;
import de.lagebild.project.SurveySpec.CrosstabSpec;
import de.lagebild.project.SurveySpec.DesignSpec;
import de.lagebild.project.SurveySpec.InvalidRows;
import de.lagebild.project.SurveySpec.Recode;
import de.lagebild.project.SurveySpec.VarianceMethod;
import de.lagebild.project.SurveySpec.VarianceSpec;
import de.lagebild.project.WeightingSpec.MarginSpec;
import de.lagebild.project.WeightingSpec.Method;
import de.lagebild.project.WeightingSpec.TrimSpec;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks a project file; see {@link Project#load(Path)}. */
final class ProjectReader {
    private ProjectReader() {
    }

    static Project read(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = file.toString();
        return read(Yaml.read(abs, name), abs, name);
    }

    /**
     * Reads a project from a configuration tree whose paths are relative to {@code abs}'s folder (a
     * project file, or the project a cohort file describes for one of its municipalities).
     */
    static Project read(ConfigNode root, Path abs, String name) {
        Problems problems = new Problems();
        Path base = abs.getParent();
        ConfigMap top = ConfigMap.of(root, name, problems);
        Municipality municipality = municipality(top, problems);
        Optional<SurveySpec> survey = top.map("survey").map(m -> survey(m, base));
        Optional<java.util.Set<String>> indicatorNames = survey.map(s -> {
            java.util.Set<String> names = new java.util.HashSet<>();
            s.indicators().forEach(i -> names.add(i.name()));
            return names;
        });
        Optional<CrimeSpec> crime = top.map("crime").map(m -> CrimeSection.read(m, base, municipality,
                indicatorNames));
        ReportSpec report = report(top.map("report"), municipality, indicatorNames);
        top.finish();
        if (survey.isEmpty() && crime.isEmpty() && !problems.any()) {
            top.problem("survey", "a project needs a survey: part, a crime: part, or both");
        }
        problems.throwIfAny();
        return new Project(abs, base, municipality, survey, crime, report);
    }

    private static Municipality municipality(ConfigMap top, Problems problems) {
        Optional<ConfigMap> om = top.map("municipality");
        if (om.isEmpty()) {
            top.problem("municipality", "is required: the municipality's name and ags");
            return new Municipality("", "", List.of());
        }
        ConfigMap m = om.get();
        String name = m.required("name");
        String ags = m.required("ags");
        if (!ags.isEmpty() && !ags.matches("\\d{8}|\\d{12}")) {
            m.problem("ags", "must be the 8-digit Amtlicher Gemeindeschlüssel (or the 12-digit ARS), not \"" + ags
                    + "\"; write it in quotes so that leading zeros stay");
        }
        List<Area> benchmarks = new ArrayList<>();
        for (ConfigMap b : m.maps("benchmarks")) {
            String bn = b.required("name");
            String ba = b.required("ags");
            if (!ba.isEmpty() && !ba.matches("\\d{2}|\\d{3}|\\d{5}|\\d{8}|\\d{12}")) {
                b.problem("ags", "must be an official key of 2 (Land), 3 (Regierungsbezirk), 5 (Kreis), 8 or 12"
                        + " digits, not \"" + ba + "\"");
            }
            b.finish();
            benchmarks.add(new Area(bn, ba));
        }
        m.finish();
        return new Municipality(name, ags, benchmarks);
    }

    static Optional<Charset> encoding(ConfigMap m) {
        Optional<String> e = m.string("encoding");
        if (e.isEmpty() || e.get().isBlank() || e.get().trim().equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Encodings.parse(e.get()));
        } catch (IllegalArgumentException ex) {
            m.problem("encoding", ex.getMessage());
            return Optional.empty();
        }
    }

    static Optional<Character> delimiter(ConfigMap m) {
        Optional<String> d = m.string("delimiter");
        if (d.isEmpty() || d.get().equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        String s = d.get();
        if (s.equalsIgnoreCase("tab") || s.equals("\\t") || s.equals("\t")) {
            return Optional.of('\t');
        }
        if (s.length() == 1 && ",;|".contains(s)) {
            return Optional.of(s.charAt(0));
        }
        m.problem("delimiter", "must be one of , ; | tab (or auto), not \"" + s + "\"");
        return Optional.empty();
    }

    /** A path that must exist, relative to the base folder; records a problem when it does not. */
    static Optional<Path> existingFile(ConfigMap m, String key, Path base, boolean required) {
        Optional<String> s = required ? Optional.of(m.required(key)) : m.string(key);
        if (s.isEmpty() || s.get().isBlank()) {
            return Optional.empty();
        }
        Path p = base.resolve(s.get().trim()).normalize();
        if (!Files.exists(p)) {
            m.problem(key, "the file " + s.get().trim() + " does not exist (looked for " + p + ")");
        } else if (Files.isDirectory(p)) {
            m.problem(key, s.get().trim() + " is a folder, not a file");
        }
        return Optional.of(p);
    }

    private static SurveySpec survey(ConfigMap m, Path base) {
        Optional<Path> file = existingFile(m, "file", base, true);
        String fileName = m.string("file").orElse("").trim();
        Optional<Path> codebook = existingFile(m, "codebook", base, false);
        String id = m.required("id");
        Optional<Charset> encoding = encoding(m);
        Optional<Character> delimiter = delimiter(m);
        List<String> missing = m.strings("missing").stream().map(String::trim).toList();
        List<Recode> recodes = recodes(m);
        DesignSpec design = design(m);
        WeightingSpec weighting = m.map("weighting").map(w -> weighting(w, base)).orElse(WeightingSpec.none());
        VarianceMethod vmGiven = m.choice("variance", Map.of("linearization", VarianceMethod.LINEARIZATION, "jkn",
                VarianceMethod.JKN, "jk1", VarianceMethod.JK1, "bootstrap", VarianceMethod.BOOTSTRAP), null);
        VarianceMethod vm = vmGiven == null ? VarianceMethod.LINEARIZATION : vmGiven;
        int replicates = (int) m.integer("replicates", 500, 2, 100_000);
        long seed = m.integer("seed", 20240101L, Long.MIN_VALUE, Long.MAX_VALUE);
        // replicates and seed apply to the bootstrap only; the spec's own example gives them beside
        // variance: linearization, so they are accepted (and unused) with the other methods
        List<IndicatorSpec> indicators = indicators(m);
        List<String> domains = m.strings("domains").stream().map(String::trim).toList();
        Set<String> seenDomains = new HashSet<>();
        for (String d : domains) {
            if (!seenDomains.add(d)) {
                m.problem("domains", "lists " + d + " twice");
            }
        }
        List<CrosstabSpec> crosstabs = new ArrayList<>();
        for (ConfigMap c : m.maps("crosstabs")) {
            String row = c.required("row");
            String col = c.required("column");
            if (!row.isEmpty() && row.equals(col)) {
                c.problem("column", "must differ from row");
            }
            c.finish();
            crosstabs.add(new CrosstabSpec(row, col));
        }
        InvalidRows invalid = m.choice("invalid_rows", Map.of("error", InvalidRows.ERROR, "reject",
                InvalidRows.REJECT), InvalidRows.ERROR);
        Optional<RowFilter> rows = rows(m);
        m.finish();
        return new SurveySpec(file.orElse(base.resolve("survey.csv")), fileName, codebook, id, encoding, delimiter,
                missing, recodes, design, weighting, new VarianceSpec(vm, replicates, seed), indicators, domains,
                crosstabs, invalid, rows);
    }

    /** {@code rows: {column: gemeinde, equals: "14522999"}}: one municipality's rows of a shared file. */
    static Optional<RowFilter> rows(ConfigMap m) {
        Optional<ConfigMap> om = m.map("rows");
        if (om.isEmpty()) {
            return Optional.empty();
        }
        ConfigMap r = om.get();
        String column = r.required("column");
        String value = r.required("equals");
        r.finish();
        return column.isEmpty() || value.isEmpty() ? Optional.empty() : Optional.of(new RowFilter(column, value));
    }

    private static List<Recode> recodes(ConfigMap m) {
        List<Recode> out = new ArrayList<>();
        Optional<ConfigMap> rm = m.map("recode");
        if (rm.isEmpty()) {
            return out;
        }
        ConfigMap r = rm.get();
        for (String name : r.keys()) {
            Optional<ConfigMap> one = r.map(name);
            if (one.isEmpty()) {
                continue;
            }
            ConfigMap c = one.get();
            String from = c.required("from");
            Map<String, String> map = new LinkedHashMap<>();
            c.stringMap("map").forEach((k, v) -> map.put(k.trim(), v.trim()));
            List<Double> breaks = c.numbers("breaks");
            List<String> labels = c.strings("labels").stream().map(String::trim).toList();
            Optional<String> otherwise = c.string("otherwise").map(String::trim);
            if (map.isEmpty() == breaks.isEmpty()) {
                c.problem("map", "give either map (code to new code) or breaks with labels");
            }
            if (!breaks.isEmpty()) {
                if (labels.size() != breaks.size()) {
                    c.problem("labels", "must have one label per break (" + breaks.size() + " breaks, "
                            + labels.size() + " labels)");
                }
                for (int i = 1; i < breaks.size(); i++) {
                    if (!(breaks.get(i) > breaks.get(i - 1))) {
                        c.problem("breaks", "must be strictly ascending");
                        break;
                    }
                }
            }
            c.finish();
            out.add(new Recode(name, from, map, breaks, labels, otherwise));
        }
        return out;
    }

    private static DesignSpec design(ConfigMap m) {
        Optional<ConfigMap> dm = m.map("design");
        if (dm.isEmpty()) {
            return new DesignSpec(Optional.empty(), Optional.empty(), Optional.empty());
        }
        ConfigMap d = dm.get();
        DesignSpec spec = new DesignSpec(d.string("strata").map(String::trim).filter(s -> !s.isEmpty()),
                d.string("weights").map(String::trim).filter(s -> !s.isEmpty()),
                d.string("fpc").map(String::trim).filter(s -> !s.isEmpty()));
        d.finish();
        return spec;
    }

    private static WeightingSpec weighting(ConfigMap w, Path base) {
        Method method = w.choice("method", Map.of("none", Method.NONE, "poststratify", Method.POSTSTRATIFY,
                "raking", Method.RAKING, "linear", Method.LINEAR, "logit", Method.LOGIT), null);
        if (method == null) {
            if (!w.has("method")) {
                w.problem("method", "is required: none, poststratify, raking, linear or logit");
            }
            method = Method.NONE;
        }
        List<MarginSpec> margins = new ArrayList<>();
        for (ConfigMap mm : w.maps("margins")) {
            List<String> vars = mm.strings("variables").stream().map(String::trim).toList();
            if (vars.isEmpty()) {
                mm.problem("variables", "is required: the survey variables this margin is over");
            }
            if (new HashSet<>(vars).size() != vars.size()) {
                mm.problem("variables", "lists a variable twice");
            }
            Optional<Path> f = existingFile(mm, "file", base, true);
            Map<String, String> cols = new LinkedHashMap<>();
            mm.stringMap("columns").forEach((k, v) -> cols.put(k.trim(), v.trim()));
            for (String k : cols.keySet()) {
                if (!vars.contains(k)) {
                    mm.problem("columns", "maps " + k + ", which is not one of this margin's variables "
                            + String.join(", ", vars));
                }
            }
            String count = mm.string("count").map(String::trim).orElse("N");
            Optional<Charset> enc = encoding(mm);
            Optional<Character> delim = delimiter(mm);
            Optional<RowFilter> rows = rows(mm);
            mm.finish();
            margins.add(new MarginSpec(vars, f.orElse(base), mm.string("file").orElse("").trim(), cols, count, enc,
                    delim, rows));
        }
        double lower = Double.NEGATIVE_INFINITY;
        double upper = Double.POSITIVE_INFINITY;
        if (w.has("bounds")) {
            List<Double> b = w.numbers("bounds");
            if (b.size() != 2) {
                w.problem("bounds", "must be two numbers [lower, upper] for g = weight / design weight");
            } else {
                lower = b.get(0);
                upper = b.get(1);
                if (!(lower < 1 && upper > 1)) {
                    w.problem("bounds", "must enclose 1 (lower < 1 < upper), since g = 1 leaves a design weight"
                            + " unchanged; got [" + fmt(lower) + ", " + fmt(upper) + "]");
                }
                if (lower < 0) {
                    w.problem("bounds", "lower bound must not be negative (a negative weight is not a weight)");
                }
            }
        }
        boolean bounded = lower > Double.NEGATIVE_INFINITY || upper < Double.POSITIVE_INFINITY;
        if (method == Method.LOGIT && (!Double.isFinite(lower) || !Double.isFinite(upper))) {
            w.problem("bounds", "logit calibration requires bounds: two finite numbers [lower, upper]");
        }
        if (bounded && (method == Method.POSTSTRATIFY || method == Method.NONE)) {
            w.problem("bounds", "apply to raking, linear and logit calibration only, not to " + method.key());
        }
        switch (method) {
            case NONE -> {
                if (!margins.isEmpty()) {
                    w.problem("margins", "are not used with method none; remove them or choose a method");
                }
            }
            case POSTSTRATIFY -> {
                if (margins.size() != 1) {
                    w.problem("margins", "poststratify needs exactly one margin (its variables may be several,"
                            + " a joint table); for several margins use raking");
                }
            }
            default -> {
                if (margins.isEmpty()) {
                    w.problem("margins", "are required for " + method.key() + ": at least one population margin");
                }
            }
        }
        Optional<TrimSpec> trim = w.map("trim").map(t -> {
            double up = t.number("upper", Double.POSITIVE_INFINITY, 0, Double.POSITIVE_INFINITY);
            double lo = t.number("lower", Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            if (!t.has("upper") && !t.has("lower")) {
                t.problem("upper", "trim needs upper, lower or both");
            }
            if (!(lo < up)) {
                t.problem("lower", "must be below upper");
            }
            Boolean rel = t.choice("relative_to", Map.of("mean", Boolean.TRUE, "absolute", Boolean.FALSE), null);
            if (rel == null && !t.has("relative_to")) {
                t.problem("relative_to", "is required: mean (limits are multiples of the mean weight) or absolute");
            }
            boolean strict = t.bool("strict", false);
            t.finish();
            return new TrimSpec(lo, up, rel != null && rel, strict);
        });
        int maxit = (int) w.integer("max_iterations", 100, 1, 1_000_000);
        double tol = w.number("tolerance", 1e-10, 1e-15, 0.1);
        w.finish();
        return new WeightingSpec(method, margins, lower, upper, trim, maxit, tol);
    }

    private static List<IndicatorSpec> indicators(ConfigMap m) {
        List<IndicatorSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (ConfigMap i : m.maps("indicators")) {
            String name = i.required("name");
            if (!name.isEmpty() && !names.add(name)) {
                i.problem("name", "\"" + name + "\" names two indicators");
            }
            String label = i.string("label").map(String::trim).orElse(name);
            Statistic type = i.choice("type", Map.of("proportion", Statistic.PROPORTION, "mean", Statistic.MEAN,
                    "total", Statistic.TOTAL, "ratio", Statistic.RATIO), null);
            if (type == null) {
                if (!i.has("type")) {
                    i.problem("type", "is required: proportion, mean, total or ratio");
                }
                type = Statistic.MEAN;
            }
            String variable = i.required("variable");
            List<String> valid = i.strings("valid").stream().map(String::trim).toList();
            List<String> success = i.strings("success").stream().map(String::trim).toList();
            if (type == Statistic.PROPORTION && success.isEmpty()) {
                i.problem("success", "is required for a proportion: the values counted as success");
            }
            if (type != Statistic.PROPORTION && i.has("success")) {
                i.problem("success", "applies to proportions only");
            }
            Map<String, CiMethod> cis = new LinkedHashMap<>();
            cis.put("logit", CiMethod.LOGIT);
            cis.put("beta", CiMethod.BETA);
            cis.put("wilson", CiMethod.WILSON);
            cis.put("wald", CiMethod.WALD);
            CiMethod ci = i.choice("ci", cis, type == Statistic.PROPORTION ? CiMethod.LOGIT : CiMethod.WALD);
            if (type != Statistic.PROPORTION && ci != CiMethod.WALD) {
                i.problem("ci", ci.key() + " intervals are for proportions; means, totals and ratios get the"
                        + " t-based (wald) interval");
            }
            double level = i.number("level", 0.95, 0.5, 0.9999);
            Optional<String> denominator = i.string("denominator").map(String::trim);
            if (type == Statistic.RATIO && denominator.isEmpty()) {
                i.problem("denominator", "is required for a ratio");
            }
            if (type != Statistic.RATIO && denominator.isPresent()) {
                i.problem("denominator", "applies to ratios only");
            }
            i.finish();
            out.add(new IndicatorSpec(name, label, type, variable, valid, success, ci, level, denominator));
        }
        return out;
    }

    private static ReportSpec report(Optional<ConfigMap> om, Municipality municipality,
            Optional<Set<String>> indicators) {
        String defaultTitle = "Sicherheitsanalyse " + municipality.name();
        if (om.isEmpty()) {
            return new ReportSpec(defaultTitle, "de", 5, LocalDate.now(ZoneOffset.UTC));
        }
        ConfigMap r = om.get();
        String title = r.string("title").map(String::trim).filter(s -> !s.isEmpty()).orElse(defaultTitle);
        String language = r.choice("language", Map.of("de", "de"), "de");
        int minCell = (int) r.integer("min_cell", 5, 0, 1_000_000);
        LocalDate created = LocalDate.now(ZoneOffset.UTC);
        Optional<String> c = r.string("created");
        if (c.isPresent()) {
            try {
                created = LocalDate.parse(c.get().trim());
            } catch (DateTimeParseException e) {
                r.problem("created", "must be a date written YYYY-MM-DD, not \"" + c.get() + "\"");
            }
        }
        Optional<String> headline = r.string("headline").map(String::trim).filter(h -> !h.isEmpty());
        if (headline.isPresent()) {
            if (indicators.isEmpty()) {
                r.problem("headline", "names the survey indicator shown as the Sicherheitsgefühl, but the project"
                        + " has no survey: part");
            } else if (!indicators.get().contains(headline.get())) {
                r.problem("headline", "names \"" + headline.get() + "\", which is not an indicator of the survey"
                        + " part; its indicators are " + String.join(", ", new java.util.TreeSet<>(indicators.get())));
            }
        }
        r.finish();
        return new ReportSpec(title, language, minCell, created, headline);
    }

    private static String fmt(double x) {
        return de.lagebild.internal.Numbers.format(x);
    }
}
