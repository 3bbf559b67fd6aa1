package de.lagebild.cli;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lagebild check FILE --kind KIND}: validates one input file and prints what it read (rows,
 * years, areas, keys), what it rejected and why (each with its line). Exit status 0 when every row
 * can be used, 2 when the file is unusable or has rejected rows (which {@code lagebild crime} stops
 * on unless {@code invalid_rows: reject}).
 *
 * <p>Kinds are pluggable: each is a {@link FileCheck} in {@link #CHECKS}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates one input file: prints what it read (rows, years,",
            "areas, keys), what it rejected and why (each with its line).",
            "Exit status 0 when every row can be used; 2 when the file is",
            "unusable or rows are rejected."})
final class CheckCommand implements Callable<Integer> {
    /** How many rejected rows are listed before the rest is counted. */
    static final int SHOWN = 100;

    /** The kinds of file and their checks; a kind without a check yet says so. */
    static final Map<String, Optional<FileCheck>> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("pks", Optional.of(new CrimeChecks.Pks()));
        CHECKS.put("owi", Optional.of(new CrimeChecks.Owi()));
        CHECKS.put("population", Optional.of(new CrimeChecks.Population()));
        CHECKS.put("survey", Optional.of(new SurveyChecks.Survey()));
        CHECKS.put("margin", Optional.of(new SurveyChecks.MarginCheck()));
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "the file to check (CSV or XLSX)")
    Path file;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "pks, owi, population, survey or margin")
    String kind;

    @Option(names = "--year", paramLabel = "YEAR", description = "the year of every row, for files without a year")
    Integer year;

    @Option(names = "--area", paramLabel = "AGS", description = "the area key of every row, for files without one")
    String area;

    @Option(names = "--encoding", paramLabel = "ENC", description = "UTF-8, ISO-8859-1, windows-1252 (default: detect)")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "D", description = "; , | or tab (default: detect)")
    String delimiter;

    @Option(names = "--sheet", paramLabel = "NAME", description = "the sheet of an XLSX workbook")
    String sheet;

    @Option(names = "--numbers", paramLabel = "STYLE", description = "german, english or auto (default)")
    String numbers;

    @Option(names = "--id", paramLabel = "COLUMN", description = "survey: the respondent id column (default: the first)")
    String id;

    @Option(names = "--codebook", paramLabel = "FILE", description = "survey: a codebook to check the values against")
    Path codebook;

    @Option(names = "--missing", paramLabel = "CODES", split = ",",
            description = "survey: item-nonresponse codes, such as 8,9")
    java.util.List<String> missing = new java.util.ArrayList<>();

    @Option(names = "--variables", paramLabel = "NAMES", split = ",",
            description = "margin: the variable columns (default: every column but the count)")
    java.util.List<String> variables = new java.util.ArrayList<>();

    @Option(names = "--count", paramLabel = "COLUMN", description = "margin: the count column (default N)")
    String count;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!CHECKS.containsKey(kind)) {
            throw new InputException(Problem.inFile("--kind", "\"" + kind + "\" is not a kind of file; the kinds are "
                    + String.join(", ", CHECKS.keySet())));
        }
        Optional<FileCheck> check = CHECKS.get(kind);
        if (check.isEmpty()) {
            err.println("lagebild check: --kind " + kind + " is not yet supported");
            err.flush();
            return Main.BAD_INPUT;
        }
        String name = file.toString();
        FileCheck.Report r = check.get().check(file, new FileCheck.Options(name, Optional.ofNullable(year),
                Optional.ofNullable(area), Optional.ofNullable(encoding), Optional.ofNullable(delimiter),
                Optional.ofNullable(sheet), Optional.ofNullable(numbers), Optional.ofNullable(id),
                Optional.ofNullable(codebook), missing, variables, Optional.ofNullable(count)));
        out.println(name + " (" + kind + ")");
        for (String f : r.facts()) {
            out.println(f);
        }
        out.println("rows: " + r.read() + " read, " + r.used() + " used, " + r.rejected().size() + " rejected");
        for (String n : r.notes()) {
            out.println("note: " + n);
        }
        if (r.clean()) {
            out.println("OK: every row can be used.");
            out.flush();
            return Main.OK;
        }
        out.println("rejected:");
        r.rejected().stream().limit(SHOWN).forEach(p -> out.println("  " + p));
        if (r.rejected().size() > SHOWN) {
            out.println("  ... and " + (r.rejected().size() - SHOWN) + " more");
        }
        out.println("NOT USABLE AS IS: " + r.rejected().size() + " row(s) rejected; an analysis stops on them unless"
                + " the project says invalid_rows: reject.");
        out.flush();
        return Main.BAD_INPUT;
    }
}
