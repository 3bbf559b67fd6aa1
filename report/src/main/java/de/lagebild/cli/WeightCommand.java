package de.lagebild.cli;

import de.lagebild.io.OutputDir;
import de.lagebild.io.RowAccount;
import de.lagebild.project.Project;
import de.lagebild.survey.SurveyCsv;
import de.lagebild.survey.SurveyRun;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lagebild weight PROJECT --out DIR}: weighting only. */
@Command(name = "weight", mixinStandardHelpOptions = true,
        description = "Weights the survey of a project: writes weights.csv and weighting.csv.")
final class WeightCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (lagebild.yaml)")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Project p = Project.load(project);
        SurveyRun run = SurveyRun.of(p);
        try (OutputDir dir = OutputDir.open(out)) {
            SurveyCsv.writeWeights(dir.file("weights.csv"), run.weighted());
            SurveyCsv.writeWeighting(dir.file("weighting.csv"), run.weighted().diagnostics());
            writeRejected(dir, run.accounts());
            dir.commit();
        }
        report(spec, run.accounts(), out);
        notes(spec, run.weighted().diagnostics());
        return Main.OK;
    }

    static void writeRejected(OutputDir dir, List<RowAccount> accounts) {
        if (accounts.stream().anyMatch(a -> !a.rejected().isEmpty())) {
            SurveyCsv.writeRejected(dir.file("rejected_rows.csv"), accounts);
        }
    }

    /** Prints what a user should know about the weighting to stderr. */
    static void notes(picocli.CommandLine.Model.CommandSpec spec, de.lagebild.survey.WeightingDiagnostics d) {
        if (d.boundsScale() != 1.0) {
            spec.commandLine().getErr().println(String.format(java.util.Locale.ROOT, "note: the design weights sum to"
                    + " far less than the population, so (as R's calibrate does) they were scaled by %.4g before"
                    + " the bounds were applied: the bounds hold for weight / (%.4g x design weight)",
                    d.boundsScale(), d.boundsScale()));
            spec.commandLine().getErr().flush();
        }
    }

    /** Prints the row accounting to stderr, so that stdout stays clean for scripts. */
    static void report(picocli.CommandLine.Model.CommandSpec spec, List<RowAccount> accounts, Path out) {
        var err = spec.commandLine().getErr();
        for (RowAccount a : accounts) {
            err.println(a.summary() + (a.rejected().isEmpty() ? "" : " (listed in "
                    + out.resolve("rejected_rows.csv") + ")"));
        }
        err.flush();
    }
}
