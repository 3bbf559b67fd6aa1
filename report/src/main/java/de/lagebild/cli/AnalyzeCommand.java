package de.lagebild.cli;

import de.lagebild.io.RowAccount;
import de.lagebild.project.Project;
import de.lagebild.report.Analysis;
import de.lagebild.report.Manifest;
import de.lagebild.report.Report;
import java.nio.file.Path;
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
        return analyze(project, out, spec);
    }

    static Integer analyze(Path project, Path out, picocli.CommandLine.Model.CommandSpec spec) {
        Project p = Project.load(project);
        Path target = out != null ? out : Path.of("out", p.municipality().slug());
        Analysis a = Analysis.run(p);
        List<String> written = a.write(target);
        var err = spec.commandLine().getErr();
        for (RowAccount acc : a.accounts()) {
            err.println(acc.summary());
        }
        err.println("wrote " + target.resolve(Report.PDF_NAME) + ", " + (written.size() - 2) + " tables under "
                + target.resolve("tables") + " and " + target.resolve(Manifest.NAME));
        err.flush();
        return Main.OK;
    }
}
