package de.lagebild.cli;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lagebild demo [--out DIR]}: analyze on the bundled sample municipality. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyses the bundled sample municipality Musterstadt: writes DIR/musterstadt/"
                + "Sicherheitsanalyse.pdf, its tables and manifest.json (default DIR: out).")
final class DemoCommand implements Callable<Integer> {
    /** The sample project, relative to the repository root. */
    static final String SAMPLE = "samples/musterstadt/lagebild.yaml";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "the output folder (default: out)")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return AnalyzeCommand.analyze(sample(), out.resolve("musterstadt"), spec);
    }

    /** The sample project: under lagebild.home (set by ./lagebild), or in a parent of the working folder. */
    static Path sample() {
        String home = System.getProperty("lagebild.home");
        if (home != null && Files.isRegularFile(Path.of(home, SAMPLE))) {
            return Path.of(home, SAMPLE);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(SAMPLE))) {
                return d.resolve(SAMPLE);
            }
        }
        throw new InputException(Problem.inFile(SAMPLE, "cannot be found: run lagebild demo from the Lagebild"
                + " repository (./lagebild demo), or analyse your own project with lagebild analyze PROJECT"));
    }
}
