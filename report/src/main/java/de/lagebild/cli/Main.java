package de.lagebild.cli;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lagebild} command line. Exit status: 0 success, 1 a batch in which some
 * municipalities failed, 2 bad input or configuration (one message per problem on stderr, no stack
 * trace), 3 an internal error.
 */
@Command(name = "lagebild", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Kommunale Sicherheitsanalyse: survey weighting and estimation, crime statistics, report.",
        subcommands = {DemoCommand.class, AnalyzeCommand.class, BatchCommand.class, WeightCommand.class, EstimateCommand.class, CrimeCommand.class,
            CheckCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    /** Exit status: success. */
    public static final int OK = 0;
    /** Exit status: a batch in which some municipalities failed. */
    public static final int BATCH_FAILURES = 1;
    /** Exit status: bad input or configuration. */
    public static final int BAD_INPUT = 2;
    /** Exit status: internal error. */
    public static final int INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The top-level command, as picocli instantiates it (and injects its spec). To run the command
     * line, use {@link #run(String[], PrintWriter, PrintWriter)} or {@link #main(String[])}.
     */
    public Main() {
    }

    /** Runs {@code lagebild} without a subcommand: prints the usage to the command line's output writer. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits the JVM with its status.
     *
     * @param args the command-line arguments, such as {@code analyze lagebild.yaml --out bericht}
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with the given streams and returns the exit status (for tests and
     * embedding). Sets the default format locale to {@link Locale#ROOT} and, unless set, AWT's
     * headless mode; input problems are printed to {@code err} one per line, without a stack trace.
     *
     * @param args the command-line arguments, without the program name
     * @param out  where usage, version and command output are printed
     * @param err  where problems and errors are printed
     * @return the exit status: {@link #OK}, {@link #BATCH_FAILURES}, {@link #BAD_INPUT} or
     *         {@link #INTERNAL}
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts are drawn with AWT, never on a screen
        }
        CommandLine cl = new CommandLine(new Main());
        // picocli sorts options with the default locale's case rules (a Turkish default puts --id
        // after --year): keep the declaration order, the same everywhere
        unsorted(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, err));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("lagebild: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try 'lagebild " + (ex.getCommandLine().getCommandName().equals("lagebild") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return BAD_INPUT;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    private static void unsorted(CommandLine cl) {
        cl.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false);
        cl.getSubcommands().values().forEach(Main::unsorted);
    }

    static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof InputException ie) {
            for (Problem p : ie.problems()) {
                err.println(p);
            }
            if (ie.problems().size() > 1) {
                err.println(ie.problems().size() + " problems; nothing was written.");
            }
            err.flush();
            return BAD_INPUT;
        }
        if (ex instanceof java.io.UncheckedIOException io && io.getCause() != null) {
            err.println("lagebild: cannot write or read a file: " + io.getCause().getMessage());
            err.flush();
            return BAD_INPUT;
        }
        StringWriter sw = new StringWriter();
        ex.printStackTrace(new PrintWriter(sw));
        err.println("lagebild: internal error (please report it with the input that caused it): " + ex);
        err.println(sw);
        err.flush();
        return INTERNAL;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"lagebild " + de.lagebild.Lagebild.version()};
        }
    }
}
