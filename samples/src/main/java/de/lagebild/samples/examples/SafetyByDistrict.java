package de.lagebild.samples.examples;

import de.lagebild.io.InputException;
import de.lagebild.project.Project;
import de.lagebild.survey.Difference;
import de.lagebild.survey.Estimate;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Weights the sample survey and prints the share of residents who feel safe at night by Ortsteil,
 * with 95 % confidence intervals, and whether the safest and the least safe Ortsteil differ
 * significantly.
 */
public final class SafetyByDistrict {
    private SafetyByDistrict() {
    }

    /**
     * Runs the example.
     *
     * @param args optionally the project file; default {@code samples/musterstadt/lagebild.yaml}
     */
    public static void main(String[] args) {
        Path project = Path.of(args.length > 0 ? args[0] : "samples/musterstadt/lagebild.yaml");
        try {
            run(project, System.out);
        } catch (InputException e) {
            e.problems().forEach(System.err::println);
            System.exit(2);
        }
    }

    /**
     * Prints the table for a project.
     *
     * @param projectFile the project file
     * @param out         where to print
     * @throws InputException when the project or its inputs cannot be used
     */
    public static void run(Path projectFile, PrintStream out) {
        SurveyRun run = SurveyRun.of(Project.load(projectFile));
        SurveyResults results = SurveyEstimation.run(run);
        List<Estimate> byDistrict = results.by("safe_night", "district");
        out.println("Fühlt sich nachts in der Wohngegend sicher, nach Ortsteil");
        for (Estimate e : byDistrict) {
            out.printf(Locale.GERMANY, "  %-18s %5.1f %%  (95-%%-KI %5.1f–%5.1f %%)  n = %d%n", e.domain(),
                    100 * e.estimate(), 100 * e.ci().orElseThrow().low(), 100 * e.ci().orElseThrow().high(), e.n());
        }
        Estimate best = byDistrict.stream().max(Comparator.comparingDouble(Estimate::estimate)).orElseThrow();
        Estimate worst = byDistrict.stream().min(Comparator.comparingDouble(Estimate::estimate)).orElseThrow();
        Difference d = SurveyEstimation.difference(run.weighted(), run.spec().indicators().stream()
                .filter(i -> i.name().equals("safe_night")).findFirst().orElseThrow(), "district", best.domain(),
                worst.domain());
        out.printf(Locale.GERMANY, "%s gegenüber %s: %+.1f Prozentpunkte (SE %.1f), p = %.4f%n", best.domain(),
                worst.domain(), 100 * d.estimate(), 100 * d.se(), d.p());
    }
}
