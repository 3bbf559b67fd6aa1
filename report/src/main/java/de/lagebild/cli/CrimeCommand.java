package de.lagebild.cli;

import de.lagebild.crime.CrimeAnalysis;
import de.lagebild.crime.CrimeResult;
import de.lagebild.crime.CrimeTables;
import de.lagebild.io.OutputDir;
import de.lagebild.project.Project;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lagebild crime PROJECT --out DIR}: the official-statistics indicators of a project
 * (crime_indicators.csv, owi_indicators.csv, trends, benchmark ratios, structure, fields of action,
 * and the accounting of the inputs). Nothing is written when an input is unusable.
 */
@Command(name = "crime", mixinStandardHelpOptions = true,
        description = {"Official-statistics indicators of a project:",
            "crime_indicators.csv, owi_indicators.csv, crime_trends.csv,",
            "crime_benchmarks.csv, crime_structure.csv, fields_of_action.csv,",
            "field_indicators.csv, crime_sources.csv, crime_rejected.csv.",
            "Exit status 2 when an input is unusable; nothing is written then."})
final class CrimeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file (lagebild.yaml)")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Project p = Project.load(project);
        CrimeResult r = CrimeAnalysis.run(p);
        List<String> files;
        try (OutputDir dir = OutputDir.open(out)) {
            files = CrimeTables.write(r, dir);
            dir.commit();
        }
        for (CrimeResult.SourceSummary s : r.sources()) {
            o.println(s.file() + ": " + s.read() + " rows read, " + s.used() + " used, " + s.rejected() + " rejected ("
                    + s.format() + ")");
        }
        if (!r.rejected().isEmpty()) {
            err.println(r.rejected().size() + " row(s) rejected and left out (invalid_rows: reject); each is listed"
                    + " in crime_rejected.csv:");
            r.rejected().stream().limit(20).forEach(err::println);
            if (r.rejected().size() > 20) {
                err.println("... and " + (r.rejected().size() - 20) + " more");
            }
        }
        for (String n : r.notes()) {
            o.println("note: " + n);
        }
        o.println(r.indicators().size() + " indicator rows, " + r.owi().size() + " Ordnungswidrigkeiten rows; written"
                + " to " + out + ": " + String.join(", ", files));
        o.flush();
        err.flush();
        return Main.OK;
    }
}
