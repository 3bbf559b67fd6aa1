package de.lagebild.cli;

import de.lagebild.io.OutputDir;
import de.lagebild.project.Project;
import de.lagebild.survey.SurveyCsv;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lagebild estimate PROJECT --out DIR}: weighting and survey estimates. */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Weights the survey and estimates its indicators: writes weights.csv, weighting.csv,"
                + " survey_estimates.csv and crosstabs.csv.")
final class EstimateCommand implements Callable<Integer> {
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
        SurveyResults results = SurveyEstimation.run(run);
        try (OutputDir dir = OutputDir.open(out)) {
            SurveyCsv.writeWeights(dir.file("weights.csv"), run.weighted());
            SurveyCsv.writeWeighting(dir.file("weighting.csv"), run.weighted().diagnostics());
            SurveyCsv.writeEstimates(dir.file("survey_estimates.csv"), results);
            SurveyCsv.writeCrosstabs(dir.file("crosstabs.csv"), results);
            WeightCommand.writeRejected(dir, run.accounts());
            dir.commit();
        }
        WeightCommand.report(spec, run.accounts(), out);
        WeightCommand.notes(spec, run.weighted().diagnostics());
        return Main.OK;
    }
}
