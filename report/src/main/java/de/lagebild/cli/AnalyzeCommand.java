package de.lagebild.cli;

import de.lagebild.io.InputException;
import de.lagebild.io.OutputDir;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import de.lagebild.project.Project;
import de.lagebild.report.Chapter;
import de.lagebild.report.Chapters;
import de.lagebild.report.Report;
import de.lagebild.report.ReportBuilder;
import de.lagebild.report.ReportContext;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lagebild analyze PROJECT [--out DIR]}: the whole Sicherheitsanalyse of one municipality:
 * {@code Sicherheitsanalyse.pdf}, every table of it as CSV under {@code tables/}, and
 * {@code manifest.json}, written all at once (a failed run leaves the folder as it was).
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "The whole Sicherheitsanalyse: writes Sicherheitsanalyse.pdf, every table of it as CSV (tables/)"
                + " and manifest.json (inputs with SHA-256, version, settings, row accounting, outputs).")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (lagebild.yaml)")
    Path project;

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: out/<municipality>)")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Project p = Project.load(project);
        Path target = out != null ? out : Path.of("out", p.municipality().slug());
        Analysis a = Analysis.run(p);
        Report report = a.report();
        List<String> written;
        try (OutputDir dir = OutputDir.open(target)) {
            written = report.write(dir);
            Manifest.write(dir, p, a.accounts(), a.parts(), written);
            dir.commit();
        }
        var err = spec.commandLine().getErr();
        for (RowAccount acc : a.accounts()) {
            err.println(acc.summary());
        }
        if (p.crime().isPresent() && !a.parts().contains("crime")) {
            err.println("note: the crime: part of " + p.displayName() + " is not in the report yet (this version of"
                    + " analyze reports the survey part)");
        }
        err.println("wrote " + target.resolve(Report.PDF_NAME) + ", " + (written.size() - 1) + " tables under "
                + target.resolve("tables") + " and " + target.resolve(Manifest.NAME));
        err.flush();
        return Main.OK;
    }

    /**
     * One project analysed: the parts it has, run and assembled into the standard report.
     *
     * @param report   the report
     * @param accounts the row accounting of every input read
     * @param parts    the parts reported ("survey", later "crime")
     */
    record Analysis(Report report, List<RowAccount> accounts, List<String> parts) {

        static Analysis run(Project p) {
            List<RowAccount> accounts = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            List<Chapter> chapters = new ArrayList<>();
            ReportContext ctx = ReportContext.of(p);
            // the crime part: its chapters and row accounting plug in here, before the survey
            chapters.addAll(crimeChapters(p, accounts, parts));
            if (p.survey().isPresent()) {
                SurveyRun run = SurveyRun.of(p);
                SurveyResults results = SurveyEstimation.run(run);
                accounts.addAll(run.accounts());
                chapters.add(Chapters.survey(run, results));
                parts.add("survey");
            }
            if (chapters.isEmpty()) {
                throw new InputException(Problem.atKey(p.displayName(), 0, "survey", "is required: lagebild analyze"
                        + " reports the survey part of a project (the crime part is not supported by analyze yet)"));
            }
            if (parts.equals(List.of("survey"))) {
                ctx = ctx.withSubtitle("Ergebnisse der Bürgerbefragung zum Sicherheitsgefühl");
            }
            ReportBuilder b = Report.builder(ctx).add(Chapters.keyFindings());
            chapters.forEach(b::add);
            b.add(Chapters.methods()).add(Chapters.appendix());
            return new Analysis(b.build(), List.copyOf(accounts), List.copyOf(parts));
        }

        /**
         * The seam for the official statistics (PKS, Ordnungswidrigkeiten): returns the crime
         * chapters of a project and adds their inputs' row accounting and "crime" to parts. Empty
         * until the crime module is merged.
         */
        static List<Chapter> crimeChapters(Project p, List<RowAccount> accounts, List<String> parts) {
            return List.of();
        }
    }
}
