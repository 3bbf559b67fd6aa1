package de.lagebild.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.lagebild.Lagebild;
import de.lagebild.io.OutputDir;
import de.lagebild.io.RowAccount;
import de.lagebild.project.CrimeSpec;
import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.Project;
import de.lagebild.project.SurveySpec;
import de.lagebild.project.WeightingSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code manifest.json}: what a Sicherheitsanalyse was made from and what it consists of, so that
 * it can be checked and reproduced. It holds the library version, every input file with its
 * SHA-256, every setting of the project (paths relative to the project folder), the row
 * accounting of every input, and every output file with its SHA-256. It holds no clock time and no
 * absolute path: the same inputs give the same manifest on every machine.
 */
public final class Manifest {
    /** The manifest's file name. */
    public static final String NAME = "manifest.json";

    private Manifest() {
    }

    static void write(OutputDir dir, Project p, List<RowAccount> accounts, List<String> parts, List<String> outputs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("generator", "Lagebild");
        m.put("lagebild_version", Lagebild.version());
        m.put("command", "analyze");
        m.put("municipality", p.municipality().name());
        m.put("parts", parts);
        m.put("inputs", inputs(p));
        m.put("settings", settings(p));
        List<Object> rows = new ArrayList<>();
        for (RowAccount a : accounts) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("file", a.source());
            r.put("kind", a.kind());
            r.put("read", a.read());
            r.put("used", a.used());
            r.put("rejected", a.rejected().size());
            List<Object> why = new ArrayList<>();
            for (de.lagebild.io.Problem pr : a.rejected()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("line", pr.line());
                if (pr.column() != null) {
                    x.put("column", pr.column());
                }
                x.put("reason", pr.message());
                why.add(x);
            }
            r.put("rejected_rows", why);
            rows.add(r);
        }
        m.put("row_accounting", rows);
        List<Object> outs = new ArrayList<>();
        for (String name : outputs) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", name);
            Path f = dir.file(name);
            o.put("sha256", sha256(f));
            o.put("bytes", size(f));
            outs.add(o);
        }
        m.put("outputs", outs);
        try {
            ObjectMapper json = new ObjectMapper();
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            String text = json.writer(pp).writeValueAsString(m) + "\n";
            Files.writeString(dir.file(NAME), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> inputs(Project p) {
        List<Object> out = new ArrayList<>();
        out.add(input("project", p, p.file()));
        p.survey().ifPresent(s -> {
            out.add(input("survey", p, s.file()));
            s.codebook().ifPresent(c -> out.add(input("codebook", p, c)));
            for (WeightingSpec.MarginSpec ms : s.weighting().margins()) {
                out.add(input("margin", p, ms.file()));
            }
        });
        p.crime().ifPresent(c -> {
            for (CrimeSpec.Source f : c.pksFiles()) {
                out.add(input("pks", p, f.file()));
            }
            for (CrimeSpec.Source f : c.owiFiles()) {
                out.add(input("owi", p, f.file()));
            }
            for (CrimeSpec.Source f : c.populationFiles()) {
                out.add(input("population", p, f.file()));
            }
        });
        return out;
    }

    private static Map<String, Object> input(String role, Project p, Path file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("file", rel(p, file));
        m.put("sha256", sha256(file));
        m.put("bytes", size(file));
        return m;
    }

    /** A path as written relative to the project folder, with {@code /}. */
    static String rel(Project p, Path file) {
        Path base = p.baseDir().toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        Path r = f.startsWith(base) ? base.relativize(f) : f.getFileName();
        return r.toString().replace('\\', '/');
    }

    private static Map<String, Object> settings(Project p) {
        Map<String, Object> s = new LinkedHashMap<>();
        Map<String, Object> mun = new LinkedHashMap<>();
        mun.put("name", p.municipality().name());
        mun.put("ags", p.municipality().ags());
        List<Object> bench = new ArrayList<>();
        p.municipality().benchmarks().forEach(a -> bench.add(map("name", a.name(), "ags", a.ags())));
        mun.put("benchmarks", bench);
        s.put("municipality", mun);
        p.survey().ifPresent(sv -> s.put("survey", survey(p, sv)));
        p.crime().ifPresent(c -> s.put("crime", crime(p, c)));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("title", p.report().title());
        r.put("language", p.report().language());
        r.put("min_cell", p.report().minCell());
        r.put("created", p.report().created().toString());
        p.survey().ifPresent(sv -> r.put("headline", p.report().headlineOf(sv.indicators()).orElse(null)));
        s.put("report", r);
        return s;
    }

    private static Map<String, Object> survey(Project p, SurveySpec sv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", rel(p, sv.file()));
        m.put("codebook", sv.codebook().map(c -> rel(p, c)).orElse(null));
        m.put("id", sv.id());
        m.put("encoding", sv.encoding().map(Object::toString).orElse(null));
        m.put("delimiter", sv.delimiter().map(String::valueOf).orElse(null));
        m.put("missing", sv.missing());
        Map<String, Object> recodes = new LinkedHashMap<>();
        for (SurveySpec.Recode rc : sv.recodes()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("from", rc.from());
            if (!rc.map().isEmpty()) {
                r.put("map", new LinkedHashMap<>(rc.map()));
            }
            if (!rc.breaks().isEmpty()) {
                r.put("breaks", rc.breaks());
                r.put("labels", rc.labels());
            }
            r.put("otherwise", rc.otherwise().orElse(null));
            recodes.put(rc.name(), r);
        }
        m.put("recode", recodes);
        m.put("design", map("strata", sv.design().strata().orElse(null), "weights",
                sv.design().weights().orElse(null), "fpc", sv.design().fpc().orElse(null)));
        WeightingSpec w = sv.weighting();
        Map<String, Object> wm = new LinkedHashMap<>();
        wm.put("method", w.method().key());
        List<Object> margins = new ArrayList<>();
        for (WeightingSpec.MarginSpec ms : w.margins()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("variables", ms.variables());
            mm.put("file", rel(p, ms.file()));
            mm.put("columns", new TreeMap<>(ms.columns()));
            mm.put("count", ms.count());
            mm.put("encoding", ms.encoding().map(Object::toString).orElse(null));
            mm.put("delimiter", ms.delimiter().map(String::valueOf).orElse(null));
            ms.rows().ifPresent(f -> mm.put("rows", map("column", f.column(), "equals", f.value())));
            margins.add(mm);
        }
        wm.put("margins", margins);
        wm.put("bounds", w.bounded() ? List.of(num(w.lowerBound()), num(w.upperBound())) : null);
        wm.put("trim", w.trim().map(t -> (Object) map("lower", num(t.lower()), "upper", num(t.upper()),
                "relative_to", t.relativeToMean() ? "mean" : "absolute", "strict", t.strict())).orElse(null));
        wm.put("max_iterations", w.maxIterations());
        wm.put("tolerance", w.tolerance());
        m.put("weighting", wm);
        m.put("variance", sv.variance().method().toString().toLowerCase(java.util.Locale.ROOT));
        m.put("replicates", sv.variance().replicates());
        m.put("seed", sv.variance().seed());
        List<Object> inds = new ArrayList<>();
        for (IndicatorSpec i : sv.indicators()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("name", i.name());
            im.put("label", i.label());
            im.put("type", i.type().key());
            im.put("variable", i.variable());
            im.put("valid", i.valid());
            im.put("success", i.success());
            im.put("ci", i.ci().key());
            im.put("level", i.level());
            im.put("denominator", i.denominator().orElse(null));
            inds.add(im);
        }
        m.put("indicators", inds);
        m.put("domains", sv.domains());
        List<Object> cts = new ArrayList<>();
        sv.crosstabs().forEach(c -> cts.add(map("row", c.row(), "column", c.column())));
        m.put("crosstabs", cts);
        m.put("invalid_rows", sv.invalidRows().toString().toLowerCase(java.util.Locale.ROOT));
        sv.rows().ifPresent(f -> m.put("rows", map("column", f.column(), "equals", f.value())));
        return m;
    }

    private static Map<String, Object> crime(Project p, CrimeSpec c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pks", sources(p, c.pksFiles()));
        m.put("owi", sources(p, c.owiFiles()));
        m.put("population", sources(p, c.populationFiles()));
        m.put("population_year", c.populationYear().toString().toLowerCase(java.util.Locale.ROOT));
        m.put("trend_years", c.trendYears());
        m.put("level", c.level());
        m.put("invalid_rows", c.invalidRows().toString().toLowerCase(java.util.Locale.ROOT));
        m.put("structure", c.structure().stream().map(de.lagebild.crime.OffenceKey::code).toList());
        List<Object> fields = new ArrayList<>();
        for (de.lagebild.crime.FieldOfAction f : c.fields()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("label", f.label());
            fm.put("pks", f.pks().stream().map(de.lagebild.crime.OffenceKey::code).toList());
            fm.put("owi", f.owi());
            fm.put("survey", f.survey());
            fields.add(fm);
        }
        m.put("fields", fields);
        return m;
    }

    /** Each file of a crime input with how it is read (only the options given). */
    private static List<Object> sources(Project p, List<CrimeSpec.Source> files) {
        List<Object> out = new ArrayList<>();
        for (CrimeSpec.Source s : files) {
            de.lagebild.crime.ImportOptions o = s.options();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", rel(p, s.file()));
            if (!o.columns().isEmpty()) {
                m.put("columns", new TreeMap<>(o.columns()));
            }
            o.area().ifPresent(a -> m.put("area", a));
            if (o.year().isPresent()) {
                m.put("year", o.year().getAsInt());
            }
            m.put("numbers", o.numbers().toString().toLowerCase(java.util.Locale.ROOT));
            o.encoding().ifPresent(e -> m.put("encoding", e.name()));
            o.delimiter().ifPresent(d -> m.put("delimiter", String.valueOf(d)));
            o.sheet().ifPresent(x -> m.put("sheet", x));
            if (!o.format().equals("auto")) {
                m.put("format", o.format());
            }
            if (!o.categories().isEmpty()) {
                m.put("categories", new TreeMap<>(o.categories()));
            }
            out.add(m);
        }
        return out;
    }

    /** Infinite bounds as null (JSON has no infinity). */
    private static Object num(double d) {
        return Double.isFinite(d) ? (Object) d : null;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /**
     * The SHA-256 of a file, in hex.
     *
     * @param file the file to read
     * @return the SHA-256 of its bytes, 64 lower-case hex digits
     * @throws UncheckedIOException when the file cannot be read
     */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            byte[] d = ((DigestInputStream) in).getMessageDigest().digest();
            StringBuilder sb = new StringBuilder();
            for (byte b : d) {
                sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
