package de.lagebild.cli;

import de.lagebild.bench.Bench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lagebild bench}: times the phases of an analysis on seeded synthetic data. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generates a synthetic survey of a chosen size (seeded) and times the phases: import,"
                + " weighting, estimation, replicate variance (JKn), rendering. With --r, runs the same analysis in R's"
                + " survey package and prints the ratios.",
            "With --cohort N, also writes N synthetic municipalities (survey, five years of PKS, population) and times"
                + " lagebild batch on them (all reports and the comparison). --respondents 0 skips the survey"
                + " phases."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--respondents", defaultValue = "100000", description = "respondents (default ${DEFAULT-VALUE})")
    int respondents;

    @Option(names = "--districts", defaultValue = "50", description = "Ortsteile = strata (default ${DEFAULT-VALUE})")
    int districts;

    @Option(names = "--items", defaultValue = "20", description = "survey items (default ${DEFAULT-VALUE})")
    int items;

    @Option(names = "--indicators", defaultValue = "20", description = "indicators estimated (default ${DEFAULT-VALUE})")
    int indicators;

    @Option(names = "--jkn-respondents", defaultValue = "1500",
            description = "respondents of the JKn replicate phase, one re-raked replicate each (default ${DEFAULT-VALUE};"
                    + " 0 skips it)")
    int jknRespondents;

    @Option(names = "--repeat", defaultValue = "5", description = "repetitions; the median is shown (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--seed", defaultValue = "20240101", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--r", description = "also time R's survey package on the same data (needs Rscript)")
    boolean withR;

    @Option(names = "--work", description = "folder for the generated data (default: a temporary folder)")
    Path work;

    @Option(names = "--render", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "time building and rendering one municipality's report (default: on; --no-render skips it)")
    boolean render;

    @Option(names = "--cohort", defaultValue = "0", paramLabel = "N",
            description = "municipalities of the cohort phase (default ${DEFAULT-VALUE}: skipped; 419 is Saxony's count)")
    int cohort;

    @Option(names = "--cohort-respondents", defaultValue = "400",
            description = "respondents per municipality, also of the rendering phase (default ${DEFAULT-VALUE})")
    int cohortRespondents;

    @Option(names = "--cohort-districts", defaultValue = "5",
            description = "Ortsteile per municipality (default ${DEFAULT-VALUE})")
    int cohortDistricts;

    @Option(names = "--threads", defaultValue = "0",
            description = "municipalities analysed at once in the cohort phase (default: the number of processors)")
    int threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Bench.Settings s = new Bench.Settings(respondents, districts, items, indicators, jknRespondents, repeat, seed,
                withR, work, render, new Bench.Cohort(cohort, cohortRespondents, cohortDistricts, t));
        Bench.run(s, spec.commandLine().getOut());
        return Main.OK;
    }
}
