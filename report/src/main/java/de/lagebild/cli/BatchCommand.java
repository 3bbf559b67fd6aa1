package de.lagebild.cli;

import de.lagebild.batch.BatchRun;
import de.lagebild.batch.BatchRun.Outcome;
import de.lagebild.batch.BatchRun.Status;
import de.lagebild.project.Cohort;
import de.lagebild.report.CohortReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lagebild batch COHORT [--out DIR] [--threads N] [--force]}: every municipality of a cohort
 * and the comparison report. Progress and the summary go to stderr (one updating line on a
 * terminal, a line per municipality otherwise); stdout stays empty. Exit status 1 when some
 * municipalities failed.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Analyses every municipality of a cohort file (in parallel) and writes a comparison report:"
                + " DIR/<municipality>/ (Sicherheitsanalyse.pdf, tables/, manifest.json) and DIR/_vergleich/"
                + " (Kohortenvergleich.pdf, tables/).",
            "A municipality whose inputs, settings and Lagebild version are unchanged since its last run keeps its"
                + " outputs (--force redoes it). A failing municipality is reported and the others go on; the exit"
                + " status is then 1."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "COHORT", description = "the cohort file (cohort.yaml)")
    Path cohortFile;

    @Option(names = "--out", paramLabel = "DIR", description = "the output folder (default: out/<cohort file's folder>)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "municipalities analysed at once (default: the number"
            + " of processors, ${DEFAULT-VALUE})", defaultValue = "0")
    int threads;

    @Option(names = "--force", description = "redo municipalities whose inputs and settings are unchanged")
    boolean force;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Cohort cohort = Cohort.load(cohortFile);
        if (threads < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        int n = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        Path target = out != null ? out : Path.of("out", folderName(cohort));
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        Progress progress = new Progress(err, terminal, cohort.members().size());
        err.printf(Locale.ROOT, "batch: %s, %d municipalities, %d thread%s, into %s%n", cohort.name(),
                cohort.members().size(), n, n == 1 ? "" : "s", target);
        err.flush();
        BatchRun.Result r = BatchRun.run(cohort, new BatchRun.Options(target, n, force), progress);
        progress.clear();
        summary(err, r, target);
        if (r.comparisonProblem().isPresent() && r.comparisonProblem().get().startsWith("internal error")) {
            return Main.INTERNAL;
        }
        return r.failed().isEmpty() && r.comparisonProblem().isEmpty() ? Main.OK : Main.BATCH_FAILURES;
    }

    private static String folderName(Cohort c) {
        Path parent = c.file().getParent();
        return parent == null || parent.getFileName() == null ? "cohort" : parent.getFileName().toString();
    }

    static void summary(PrintWriter err, BatchRun.Result r, Path target) {
        err.printf(Locale.ROOT, "batch: %d analysed, %d unchanged, %d failed in %.1f s%n", r.count(Status.ANALYSED),
                r.count(Status.UNCHANGED), r.failed().size(), r.seconds());
        for (Outcome o : r.failed()) {
            err.println("  failed: " + o.label() + " (" + o.id() + "/): " + (o.status() == Status.FAILED_INTERNAL
                    ? "internal error" : o.messages().size() + (o.messages().size() == 1 ? " problem" : " problems")));
        }
        r.comparison().ifPresent(p -> err.println("wrote " + p.resolve(CohortReport.PDF_NAME) + " and its tables"));
        r.comparisonProblem().ifPresent(p -> err.println("the comparison report could not be written:\n" + p));
        err.flush();
    }

    /** Progress on stderr: one updating line on a terminal, a plain line per municipality otherwise. */
    static final class Progress implements BatchRun.Listener {
        private final PrintWriter err;
        private final boolean terminal;
        private final int total;
        private int failed;
        private int done;
        private int lastWidth;

        Progress(PrintWriter err, boolean terminal, int total) {
            this.err = err;
            this.terminal = terminal;
            this.total = total;
        }

        @Override
        public void started(Cohort.Member member, int running) {
            if (terminal) {
                line(String.format(Locale.ROOT, "[%d/%d] %s ...%s", done, total, member.label(),
                        failed > 0 ? " (" + failed + " failed)" : ""), false);
            }
        }

        @Override
        public void finished(Outcome o, int done, int total) {
            this.done = done;
            if (o.status().failed()) {
                failed++;
                clear();
                err.println("batch: " + o.label() + " (" + o.id() + "/) failed"
                        + (o.status() == Status.FAILED_INTERNAL ? " with an internal error:" : ":"));
                for (String m : o.messages()) {
                    err.println("  " + m.replace("\n", "\n  "));
                }
            }
            String what = switch (o.status()) {
                case ANALYSED -> String.format(Locale.ROOT, "done in %.1f s", o.seconds());
                case UNCHANGED -> "unchanged, kept";
                case FAILED_INPUT, FAILED_INTERNAL -> "failed";
            };
            String text = String.format(Locale.ROOT, "[%d/%d] %s: %s", done, total, o.label(), what);
            if (terminal) {
                line(text + (failed > 0 ? " (" + failed + " failed)" : ""), false);
            } else if (!o.status().failed()) {
                err.println("batch: " + text);
            }
            err.flush();
        }

        @Override
        public void comparing() {
            if (terminal) {
                line("comparison report ...", false);
            } else {
                err.println("batch: comparison report");
            }
            err.flush();
        }

        private void line(String s, boolean newline) {
            String pad = s.length() < lastWidth ? " ".repeat(lastWidth - s.length()) : "";
            err.print("\r" + s + pad);
            lastWidth = s.length();
            if (newline) {
                err.println();
                lastWidth = 0;
            }
            err.flush();
        }

        void clear() {
            if (terminal && lastWidth > 0) {
                err.print("\r" + " ".repeat(lastWidth) + "\r");
                lastWidth = 0;
                err.flush();
            }
        }
    }
}
