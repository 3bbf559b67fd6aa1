package de.lagebild.bench;

import de.lagebild.internal.Synthetic;
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
 * timed several times after a warm-up, the median reported.
 */
public final class Bench {
    private Bench() {
    }

    /**
     * Benchmark settings.
     *
     * @param respondents    respondents of the main survey
     * @param districts      Ortsteile (strata)
     * @param items          survey items
     * @param indicators     indicators estimated
     * @param jknRespondents respondents of the JKn phase (0 skips it)
     * @param repeat         repetitions per phase
     * @param seed           random seed
     * @param withR          also time R
     * @param work           folder for generated data, or null for a temporary one
     */
    public record Settings(int respondents, int districts, int items, int indicators, int jknRespondents, int repeat,
            long seed, boolean withR, Path work) {
    }

    /** One timed phase. */
    public record Phase(String name, double medianSeconds, double minSeconds, String note) {
    }

    /** Runs the benchmark and prints a table. */
    public static List<Phase> run(Settings s, PrintWriter out) throws IOException {
        Path work = s.work() != null ? s.work() : Files.createTempDirectory("lagebild-bench");
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
                res.length + " estimates"));
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
        out.println();
        out.printf(Locale.ROOT, "%-58s %12s %12s%n", "phase", "median s", "min s");
        for (Phase p : phases) {
            out.printf(Locale.ROOT, "%-58s %12.4f %12.4f%n", p.name(), p.medianSeconds(), p.minSeconds());
        }
        out.flush();
        if (s.withR()) {
            RComparison.run(main, s, total, out);
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
