package de.lagebild.bench;

import de.lagebild.batch.BatchRun;
import de.lagebild.internal.Synthetic;
import de.lagebild.report.Analysis;
import de.lagebild.project.Project;
import de.lagebild.survey.Codebook;
import de.lagebild.survey.Design;
import de.lagebild.survey.Margin;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyReader;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import de.lagebild.survey.WeightedDesign;
import de.lagebild.survey.Weighting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark behind {@code lagebild bench}: seeded synthetic data of a chosen size, each phase
 * timed several times after a warm-up, the median reported (the cohort phase runs once, without a
 * warm-up).
 */
public final class Bench {
    private Bench() {
    }

    /**
     * Benchmark settings.
     *
     * @param respondents    respondents of the main survey (0 skips the import, weighting and
     *                       estimation phases)
     * @param districts      Ortsteile (strata)
     * @param items          survey items
     * @param indicators     indicators estimated
     * @param jknRespondents respondents of the JKn phase (0 skips it)
     * @param repeat         timed repetitions per phase, after one warm-up run (at least 1 is run)
     * @param seed           random seed
     * @param withR          also time R (needs {@code Rscript} with the {@code survey} package; skipped
     *                       with a message when it is missing)
     * @param work           folder for generated data, or null for a temporary one
     * @param render         also time the analysis and PDF rendering of one synthetic municipality,
     *                       sized as the cohort's municipalities
     * @param cohort         the cohort phase's settings
     */
    public record Settings(int respondents, int districts, int items, int indicators, int jknRespondents, int repeat,
            long seed, boolean withR, Path work, boolean render, Cohort cohort) {
        /**
         * Settings without the rendering and cohort phases (the cohort's municipalities, had it any, would
         * have 400 respondents in 5 Ortsteile, analysed one at a time).
         *
         * @param respondents    respondents of the main survey
         * @param districts      Ortsteile (strata)
         * @param items          survey items
         * @param indicators     indicators estimated
         * @param jknRespondents respondents of the JKn phase (0 skips it)
         * @param repeat         timed repetitions per phase, after one warm-up run
         * @param seed           random seed
         * @param withR          also time R
         * @param work           folder for generated data, or null for a temporary one
         */
        public Settings(int respondents, int districts, int items, int indicators, int jknRespondents, int repeat,
                long seed, boolean withR, Path work) {
            this(respondents, districts, items, indicators, jknRespondents, repeat, seed, withR, work, false,
                    new Cohort(0, 400, 5, 1));
        }
    }

    /**
     * The cohort phase: synthetic municipalities analysed and written as {@code lagebild batch} does.
     *
     * @param municipalities municipalities (0 skips the phase)
     * @param respondents    respondents per municipality
     * @param districts      Ortsteile per municipality
     * @param threads        municipalities analysed at once
     */
    public record Cohort(int municipalities, int respondents, int districts, int threads) {
    }

    /**
     * One timed phase.
     *
     * @param name          what was timed, as printed in the table
     * @param medianSeconds the median wall-clock time of the timed runs in seconds (of an even number of
     *                      runs, the upper of the two middle ones)
     * @param minSeconds    the fastest timed run in seconds
     * @param note          a remark printed after the times (such as the number of estimates), or ""
     */
    public record Phase(String name, double medianSeconds, double minSeconds, String note) {
    }

    /**
     * Runs the benchmark: the survey phases (import, weighting, estimation and, if asked, JKn and
     * R), then the rendering and the cohort phases where the settings ask for them. Progress and a
     * table of each group of phases are printed as they finish. The generated data stay in the work
     * folder.
     *
     * @param s   the settings
     * @param out where progress and the tables are printed
     * @return the phases timed, in the order run
     * @throws IOException                 when the temporary work folder, the cohort file or an R
     *                                     script cannot be written, or R's output cannot be read
     * @throws java.io.UncheckedIOException when the synthetic data cannot be written
     */
    public static List<Phase> run(Settings s, PrintWriter out) throws IOException {
        Path work = s.work() != null ? s.work() : Files.createTempDirectory("lagebild-bench");
        List<Phase> phases = new ArrayList<>();
        if (s.respondents() > 0) {
            phases.addAll(survey(s, work, out));
        }
        if (s.render()) {
            phases.add(render(s, work, out));
        }
        if (s.cohort().municipalities() > 0) {
            phases.add(cohort(s, work, out));
        }
        return phases;
    }

    private static void printPhases(List<Phase> phases, PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "%-58s %12s %12s%n", "phase", "median s", "min s");
        for (Phase p : phases) {
            out.printf(Locale.ROOT, "%-58s %12.4f %12.4f%s%n", p.name(), p.medianSeconds(), p.minSeconds(),
                    p.note().isEmpty() ? "" : "  " + p.note());
        }
        out.flush();
    }

    /** Rendering: the standard report of one synthetic municipality (survey part), built and rendered to PDF. */
    static Phase render(Settings s, Path work, PrintWriter out) {
        Path project = Synthetic.writeMunicipality(work.resolve("render"), "Gemeinde Rendering", "14999000",
                s.cohort().respondents(), s.cohort().districts(), s.seed() + 2);
        Project p = Project.load(project);
        Analysis a = Analysis.run(p);
        int[] bytes = new int[1];
        Phase ph = time("rendering: report of 1 municipality (" + s.cohort().respondents() + " resp.)", s.repeat(),
                () -> bytes[0] = a.report().pdf().length, "");
        Phase analysis = time("analysis: read, weight, estimate, build report", s.repeat(), () -> Analysis.run(p), "");
        Phase rendered = new Phase(ph.name(), ph.medianSeconds(), ph.minSeconds(), String.format(Locale.ROOT,
                "%,d bytes, %d tables", bytes[0], a.report().tables().size()));
        printPhases(List.of(analysis, rendered), out);
        return rendered;
    }

    /**
     * The cohort phase: N synthetic municipalities (survey, five years of PKS, Ordnungswidrigkeiten,
     * population) written, then analysed and written by {@link BatchRun} in parallel, once, in this
     * JVM as {@code lagebild batch --force} would (generating the inputs is not timed).
     */
    static Phase cohort(Settings s, Path work, PrintWriter out) throws IOException {
        Cohort c = s.cohort();
        Path dir = work.resolve("cohort");
        out.printf(Locale.ROOT, "%ncohort: writing %d synthetic municipalities (%d respondents, %d Ortsteile, PKS"
                + " 2020-2024, population, Ordnungswidrigkeiten) ...%n", c.municipalities(), c.respondents(),
                c.districts());
        out.flush();
        StringBuilder y = new StringBuilder("cohort: {name: Synthetische Kohorte, created: 2025-06-30}\n"
                + "municipalities:\n");
        for (int i = 1; i <= c.municipalities(); i++) {
            String id = String.format(Locale.ROOT, "g%04d", i);
            Synthetic.writeMunicipality(dir.resolve(id), "Gemeinde " + i, String.format(Locale.ROOT, "14999%03d",
                    i % 1000), c.respondents(), c.districts(), s.seed() + 1000 + i);
            y.append("  - ").append(id).append("/lagebild.yaml\n");
        }
        Path file = dir.resolve("cohort.yaml");
        Files.writeString(file, y, java.nio.charset.StandardCharsets.UTF_8);
        de.lagebild.project.Cohort cohort = de.lagebild.project.Cohort.load(file);
        out.printf(Locale.ROOT, "cohort: lagebild batch %s --threads %d --force ...%n", file, c.threads());
        out.flush();
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        BatchRun.Result r = BatchRun.run(cohort, new BatchRun.Options(dir.resolve("out"), c.threads(), true),
                BatchRun.Listener.NONE);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        if (!r.failed().isEmpty()) {
            out.println("cohort: " + r.failed().size() + " municipalities failed: " + r.failed().get(0).messages());
        }
        double sum = r.outcomes().stream().mapToDouble(BatchRun.Outcome::seconds).sum();
        Phase ph = new Phase(String.format(Locale.ROOT, "cohort: %d municipalities, reports + comparison",
                c.municipalities()), secs, secs, String.format(Locale.ROOT, "%d threads; %.3f s per municipality"
                        + " and thread; process CPU %.1f s (%.1f s per core of %d); %d failed", c.threads(),
                        sum / Math.max(1, c.municipalities()), cpu, cpu / Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().availableProcessors(), r.failed().size()));
        printPhases(List.of(ph), out);
        return ph;
    }

    /** CPU time of the whole process (all threads, JIT and GC included), or -1 where the JVM does not tell. */
    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static List<Phase> survey(Settings s, Path work, PrintWriter out) throws IOException {
        Path main = work.resolve("main");
        out.printf(Locale.ROOT, "Lagebild bench: %,d respondents, %d Ortsteile, %d indicators by 3 domain variables,"
                + " raking to 2 margins; Java %s, %d cores%n", s.respondents(), s.districts(), s.indicators(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        out.flush();
        Synthetic.Files3 f = Synthetic.write(main, s.respondents(), s.districts(), s.items(), s.indicators(), s.seed(),
                "linearization");
        Project project = Project.load(f.project());
        var spec = project.survey().orElseThrow();
        List<Phase> phases = new ArrayList<>();
        SurveyReader.Result[] read = new SurveyReader.Result[1];
        phases.add(time("import (read + check CSV)", s.repeat(), () -> read[0] = SurveyReader.read(spec,
                Codebook.empty(), "lagebild.yaml"), ""));
        List<Margin> margins = spec.weighting().margins().stream().map(m -> Margin.read(m).margin()).toList();
        Design design = Design.of(read[0].data(), spec.design());
        WeightedDesign[] wd = new WeightedDesign[1];
        phases.add(time("weighting (raking, 2 margins)", s.repeat(), () -> wd[0] = Weighting.apply(design,
                spec.weighting(), margins, "lagebild.yaml"), ""));
        SurveyResults[] res = new SurveyResults[1];
        phases.add(time("estimation (linearization)", s.repeat(), () -> res[0] = SurveyEstimation.run(wd[0],
                spec.indicators(), spec.domains(), spec.crosstabs(), spec.variance()),
                ""));
        Phase total = new Phase("rake + estimate (R comparison)", phases.get(1).medianSeconds()
                + phases.get(2).medianSeconds(), phases.get(1).minSeconds() + phases.get(2).minSeconds(),
                res[0].estimates().size() + " estimates");
        phases.add(total);
        if (s.jknRespondents() > 0) {
            Path jk = work.resolve("jkn");
            Synthetic.Files3 fj = Synthetic.write(jk, s.jknRespondents(), 5, 3, 1, s.seed() + 1, "jkn");
            Project pj = Project.load(fj.project());
            SurveyRun rj = SurveyRun.of(pj);
            var sj = pj.survey().orElseThrow();
            phases.add(time("JKn: " + s.jknRespondents() + " re-raked replicates, 1 indicator x 3 domains",
                    s.repeat(), () -> SurveyEstimation.run(rj.weighted(), sj.indicators(), sj.domains(), List.of(),
                            sj.variance()), ""));
        }
        printPhases(phases, out);
        if (s.withR()) {
            RComparison.run(main, s, total, out);
            if (s.jknRespondents() > 0) {
                RComparison.runJkn(work.resolve("jkn"), phases.get(phases.size() - 1), out);
            }
        }
        return phases;
    }

    static Phase time(String name, int repeat, Runnable r, String note) {
        r.run(); // warm-up
        double[] t = new double[Math.max(1, repeat)];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        return new Phase(name, t[t.length / 2], t[0], note);
    }
}
