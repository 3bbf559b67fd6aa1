package de.lagebild.batch;

import de.lagebild.io.InputException;
import de.lagebild.io.OutputDir;
import de.lagebild.io.Problem;
import de.lagebild.project.Cohort;
import de.lagebild.project.Project;
import de.lagebild.report.Analysis;
import de.lagebild.report.CohortReport;
import de.lagebild.report.Manifest;
import de.lagebild.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a cohort: every municipality's Sicherheitsanalyse (in parallel), then the comparison report.
 * What {@code lagebild batch} does, and what an embedding tool or a distributed engine calls.
 *
 * <ul>
 * <li>Each municipality is independent: {@link Analysis#run} on its project, written into
 * {@code OUT/<id>/} all at once ({@link OutputDir}).</li>
 * <li>A failure is isolated: problems of a municipality's inputs ({@link InputException}) or an
 * unexpected error are recorded in its {@link Outcome}; the others go on.</li>
 * <li>A municipality whose inputs and settings are unchanged since its last run (the same
 * fingerprint, a SHA-256 over the bytes of every input file, its settings and the Lagebild version,
 * recorded in {@value #STATE} in its folder) keeps its report unless {@link Options#force()}; its
 * comparison figures are recomputed without a report.</li>
 * <li>The comparison report goes to {@code OUT/_vergleich/}.</li>
 * </ul>
 *
 * <pre>{@code
 * Cohort cohort = Cohort.load(Path.of("samples/staedtebund/cohort.yaml"));
 * BatchRun.Result r = BatchRun.run(cohort, new BatchRun.Options(Path.of("out/staedtebund"), 2, false),
 *         BatchRun.Listener.NONE);
 * r.failed().forEach(o -> System.err.println(o.label() + ": " + o.messages()));
 * }</pre>
 */
public final class BatchRun {
    /** The comparison report's folder inside the output folder. */
    public static final String COMPARISON = "_vergleich";
    /** The file in a municipality's folder that records the fingerprint of what made its outputs. */
    public static final String STATE = ".lagebild-batch";

    private BatchRun() {
    }

    /**
     * How to run.
     *
     * @param out     the output folder: {@code OUT/<id>/} per municipality and {@code OUT/_vergleich/}
     * @param threads municipalities analysed at the same time (at least 1; more than the cohort has
     *                municipalities are not started)
     * @param force   redo municipalities whose inputs and settings are unchanged
     */
    public record Options(Path out, int threads, boolean force) {
        /**
         * Validates the record.
         *
         * @param out     the output folder: {@code OUT/<id>/} per municipality and {@code OUT/_vergleich/}
         * @param threads municipalities analysed at the same time (at least 1)
         * @param force   redo municipalities whose inputs and settings are unchanged
         * @throws NullPointerException     when {@code out} is null
         * @throws IllegalArgumentException when {@code threads} is less than 1
         */
        public Options {
            Objects.requireNonNull(out, "out");
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
        }
    }

    /** What happened to a municipality. */
    public enum Status {
        /** Analysed and written in this run. */
        ANALYSED,
        /** Inputs and settings unchanged since the last run: its outputs were kept. */
        UNCHANGED,
        /**
         * Its inputs have problems, or a file could not be read or written (listed in the messages).
         */
        FAILED_INPUT,
        /** An internal error (a bug; the messages hold the stack trace). */
        FAILED_INTERNAL;

        /**
         * Whether this is a failure.
         *
         * @return true for {@link #FAILED_INPUT} and {@link #FAILED_INTERNAL}
         */
        public boolean failed() {
            return this == FAILED_INPUT || this == FAILED_INTERNAL;
        }
    }

    /**
     * The outcome of one municipality.
     *
     * @param id       its output folder's name ({@link Cohort.Member#id()})
     * @param label    the municipality's name from its project; when the project could not be read,
     *                 how the cohort names it ({@link Cohort.Member#label()}, such as the project file)
     * @param status   what happened
     * @param seconds  wall time spent on it, in seconds
     * @param files    how many files the analysis wrote (the PDF, the CSV tables and
     *                 {@code manifest.json}); 0 when unchanged or failed
     * @param messages the problems, one entry each (an internal error: one entry holding its stack
     *                 trace); empty unless it failed
     */
    public record Outcome(String id, String label, Status status, double seconds, int files, List<String> messages) {
        /**
         * Validates and copies.
         *
         * @param id       its output folder's name
         * @param label    the municipality's name, or how the cohort names it
         * @param status   what happened
         * @param seconds  wall time spent on it, in seconds
         * @param files    how many files the analysis wrote (0 when unchanged or failed)
         * @param messages the problems, one entry each; empty unless it failed
         * @throws NullPointerException when {@code id}, {@code label}, {@code status}, {@code messages}
         *                              or a message is null
         */
        public Outcome {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(status, "status");
            messages = List.copyOf(messages);
        }
    }

    /**
     * The result of a cohort run.
     *
     * @param outcomes          one per municipality, in the cohort's order
     * @param comparison        the comparison report's folder ({@code OUT/_vergleich}), or empty when
     *                          it could not be written
     * @param comparisonProblem why the comparison report could not be written (the problems, one per
     *                          line, or an internal error's stack trace), or empty when it was written
     * @param seconds           wall time of the whole run, in seconds
     */
    public record Result(List<Outcome> outcomes, Optional<Path> comparison, Optional<String> comparisonProblem,
            double seconds) {
        /**
         * Validates and copies.
         *
         * @param outcomes          one per municipality, in the cohort's order
         * @param comparison        the comparison report's folder, or empty when it could not be written
         * @param comparisonProblem why the comparison report could not be written, or empty
         * @param seconds           wall time of the whole run, in seconds
         * @throws NullPointerException when a component or an outcome is null
         */
        public Result {
            outcomes = List.copyOf(outcomes);
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(comparisonProblem, "comparisonProblem");
        }

        /**
         * The municipalities that failed.
         *
         * @return the outcomes whose {@link Status#failed() status is a failure}, in the cohort's
         *         order; empty when none failed
         */
        public List<Outcome> failed() {
            return outcomes.stream().filter(o -> o.status().failed()).toList();
        }

        /**
         * How many municipalities ended with a status.
         *
         * @param s the status to count
         * @return the number of outcomes with exactly that status
         */
        public long count(Status s) {
            return outcomes.stream().filter(o -> o.status() == s).count();
        }
    }

    /**
     * Progress reports. {@link #started} and {@link #finished} are called from the worker threads,
     * {@link #comparing} from the thread that called {@link BatchRun#run}; never two calls at the
     * same time, so an implementation needs no locking of its own. Every method does nothing by
     * default.
     */
    public interface Listener {
        /** Reports nothing. */
        Listener NONE = new Listener() {
        };

        /**
         * A municipality starts.
         *
         * @param member  the municipality
         * @param running how many municipalities are being analysed now, this one included
         */
        default void started(Cohort.Member member, int running) {
        }

        /**
         * A municipality ended.
         *
         * @param outcome what happened to it
         * @param done    how many municipalities have ended so far, this one included
         * @param total   how many municipalities the cohort has
         */
        default void finished(Outcome outcome, int done, int total) {
        }

        /** The comparison report starts: every municipality has ended. */
        default void comparing() {
        }
    }

    /**
     * Runs the cohort: analyses its municipalities, {@code options.threads()} at a time, then writes
     * the comparison report. A municipality's failure and a failure of the comparison report are
     * recorded in the result, not thrown.
     *
     * @param cohort   the cohort, as {@link Cohort#load loaded}
     * @param options  the output folder, the number of threads and whether to redo unchanged
     *                 municipalities
     * @param listener receives progress reports; {@link Listener#NONE} for none
     * @return one outcome per municipality, in the cohort's order, and what became of the
     *         comparison report
     * @throws IllegalStateException when the calling thread is interrupted while it waits for the
     *                               municipalities, or when a municipality's task ends with what its
     *                               isolation does not catch (an exception thrown by the listener, an
     *                               {@link Error} such as {@link OutOfMemoryError})
     */
    public static Result run(Cohort cohort, Options options, Listener listener) {
        return run(cohort, options, listener, Analysis::run);
    }

    /** Runs the cohort with another analysis per municipality (tests inject failures here). */
    static Result run(Cohort cohort, Options options, Listener listener,
            java.util.function.Function<Project, Analysis> analysis) {
        long t0 = System.nanoTime();
        List<Cohort.Member> members = cohort.members();
        int total = members.size();
        Object lock = new Object();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), Math.max(1, total)), r -> {
            Thread t = new Thread(r, "lagebild-batch");
            t.setDaemon(true);
            return t;
        });
        List<Future<Done>> futures = new ArrayList<>();
        try {
            for (Cohort.Member m : members) {
                futures.add(pool.submit(() -> {
                    synchronized (lock) {
                        listener.started(m, running.incrementAndGet());
                    }
                    Done d = one(cohort, m, options, analysis);
                    synchronized (lock) {
                        running.decrementAndGet();
                        listener.finished(d.outcome, done.incrementAndGet(), total);
                    }
                    return d;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            List<CohortReport.Entry> entries = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                Done d = get(futures.get(i));
                outcomes.add(d.outcome);
                entries.add(d.entry);
            }
            synchronized (lock) {
                listener.comparing();
            }
            Optional<Path> comparison = Optional.empty();
            Optional<String> problem = Optional.empty();
            try {
                Report report = CohortReport.build(cohort, entries);
                Path target = options.out().resolve(COMPARISON);
                try (OutputDir dir = OutputDir.open(target)) {
                    CohortReport.write(report, dir);
                    dir.commit();
                }
                comparison = Optional.of(target);
            } catch (InputException e) {
                problem = Optional.of(String.join("\n", e.problems().stream().map(Problem::toString).toList()));
            } catch (RuntimeException e) {
                problem = Optional.of("internal error (please report it): " + stackTrace(e));
            }
            return new Result(outcomes, comparison, problem, (System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Done(Outcome outcome, CohortReport.Entry entry) {
    }

    private static Done get(Future<Done> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch task failed outside its isolation", e.getCause());
        }
    }

    /** One municipality, every failure caught and described. */
    static Done one(Cohort cohort, Cohort.Member m, Options options,
            java.util.function.Function<Project, Analysis> analysis) {
        long t0 = System.nanoTime();
        String label = m.label();
        try {
            Project p = m.load();
            label = p.municipality().name();
            Path target = options.out().resolve(m.id());
            String fp = Fingerprint.of(m, p);
            Path state = target.resolve(STATE);
            if (!options.force() && upToDate(target, state, fp)) {
                CohortReport.Entry e = CohortReport.Entry.light(m.id(), "unverändert", p, cohort.comparison());
                return new Done(new Outcome(m.id(), label, Status.UNCHANGED, secs(t0), 0, List.of()), e);
            }
            Analysis a = analysis.apply(p);
            Files.deleteIfExists(state); // outputs and state change together: no state while they are replaced
            List<String> written = a.write(target);
            Files.writeString(state, fp + "\n", StandardCharsets.UTF_8);
            CohortReport.Entry e = CohortReport.Entry.of(m.id(), "analysiert", a, cohort.comparison());
            return new Done(new Outcome(m.id(), label, Status.ANALYSED, secs(t0), written.size(), List.of()), e);
        } catch (InputException e) {
            return new Done(new Outcome(m.id(), label, Status.FAILED_INPUT, secs(t0), 0, e.problems().stream()
                    .map(Problem::toString).toList()), CohortReport.Entry.failed(m.id(), label));
        } catch (UncheckedIOException | IOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            return new Done(new Outcome(m.id(), label, Status.FAILED_INPUT, secs(t0), 0, List.of(
                    "cannot write or read a file: " + io)), CohortReport.Entry.failed(m.id(), label));
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            return new Done(new Outcome(m.id(), label, Status.FAILED_INTERNAL, secs(t0), 0, List.of(
                    "internal error (please report it with the input that caused it): " + stackTrace(e))),
                    CohortReport.Entry.failed(m.id(), label));
        }
    }

    private static boolean upToDate(Path target, Path state, String fingerprint) throws IOException {
        if (!Files.isRegularFile(state) || !Files.isRegularFile(target.resolve(Manifest.NAME))) {
            return false;
        }
        return Files.readString(state, StandardCharsets.UTF_8).trim().equals(fingerprint);
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String stackTrace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString().trim();
    }
}
