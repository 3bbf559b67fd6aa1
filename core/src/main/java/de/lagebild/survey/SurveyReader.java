package de.lagebild.survey;

import de.lagebild.internal.DelimitedReader;
import de.lagebild.internal.Header;
import de.lagebild.io.InputException;
import de.lagebild.internal.Numbers;
import de.lagebild.io.Problem;
import de.lagebild.internal.Problems;
import de.lagebild.io.RowAccount;
import de.lagebild.project.IndicatorSpec;
import de.lagebild.project.SurveySpec;
import de.lagebild.project.SurveySpec.InvalidRows;
import de.lagebild.project.SurveySpec.Recode;
import de.lagebild.project.WeightingSpec.MarginSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads survey responses as a project file's {@code survey:} part describes them, checks every row
 * and accounts for it: each row is used or rejected with its reason.
 *
 * <p>Rows whose cells are all blank are skipped (not counted as read). A row is rejected when it has the wrong number of fields, an empty or duplicated id, a design
 * weight that is not a positive number, an fpc that is not a number, an empty stratum, a value the
 * codebook does not know, a value a recode does not cover, or no value in a weighting variable.
 * With {@code invalid_rows: error} (the default) any such row stops the run with a message per
 * row; with {@code invalid_rows: reject} the rows are left out and listed.
 */
public final class SurveyReader {
    private SurveyReader() {
    }

    /**
     * The survey read: the responses and the account of every row.
     *
     * @param data      the rows used, with derived variables (recodes, scales) added
     * @param account   rows read, used and rejected with reasons
     * @param charset   the name of the encoding the file was read with, {@code (table)} for a Tablesaw
     *                  table
     * @param delimiter the delimiter the file was read with, {@code ,} for a Tablesaw table
     */
    public record Result(SurveyData data, RowAccount account, String charset, char delimiter) {
    }

    /**
     * Reads the survey a project describes.
     *
     * @param spec        the survey part of the project file
     * @param codebook    the codebook ({@link Codebook#empty()} when there is none)
     * @param projectName the project file name, for messages about keys
     * @return the responses and the account of every row
     * @throws InputException listing every problem
     */
    public static Result read(SurveySpec spec, Codebook codebook, String projectName) {
        String src = spec.fileName().isEmpty() ? spec.file().getFileName().toString() : spec.fileName();
        try (DelimitedReader in = DelimitedReader.open(spec.file(), src, spec.encoding().orElse(null),
                spec.delimiter().orElse(null))) {
            DelimitedReader.Record first = in.next();
            if (first == null) {
                throw new InputException(Problem.inFile(src, "is empty: it needs a header line and one line per"
                        + " respondent"));
            }
            Header header = Header.of(first, src);
            checkColumns(spec, codebook, header, src, projectName);
            Rows rows = rows(in);
            if (spec.rows().isPresent()) {
                rows = selected(rows, spec.rows().get(), header, src, projectName, "survey.rows.column");
            }
            Result r = readRows(spec, codebook, rows, header, src);
            if (spec.rows().isPresent() && r.account().read() == 0) {
                throw new InputException(Problem.inFile(src, "has no rows where " + spec.rows().get().describe()));
            }
            return r;
        }
    }

    /** The names a project may refer to: file columns, recodes and scales. */
    private static void checkColumns(SurveySpec spec, Codebook codebook, Header header, String src,
            String project) {
        Problems p = new Problems();
        Set<String> known = new LinkedHashSet<>();
        for (String n : header.names()) {
            if (!n.isEmpty()) {
                known.add(n);
            }
        }
        String cols = header.listNames();
        need(p, known, spec.id(), project, "survey.id", src, cols);
        spec.design().strata().ifPresent(s -> need(p, known, s, project, "survey.design.strata", src, cols));
        spec.design().weights().ifPresent(s -> need(p, known, s, project, "survey.design.weights", src, cols));
        spec.design().fpc().ifPresent(s -> need(p, known, s, project, "survey.design.fpc", src, cols));
        for (Recode r : spec.recodes()) {
            need(p, known, r.from(), project, "survey.recode." + r.name() + ".from", src, cols);
            if (header.has(r.name())) {
                p.add(Problem.atKey(project, 0, "survey.recode." + r.name(), "would replace the column " + r.name()
                        + " of " + src + "; give the derived variable a new name"));
            }
            known.add(r.name());
        }
        for (Codebook.Scale s : codebook.scales().values()) {
            for (String item : s.items()) {
                if (!known.contains(item)) {
                    p.add(Problem.inFile(src, "has no column \"" + item + "\", an item of the codebook's scale "
                            + s.name()));
                }
            }
            known.add(s.name());
        }
        int m = 0;
        for (MarginSpec ms : spec.weighting().margins()) {
            for (String v : ms.variables()) {
                need(p, known, v, project, "survey.weighting.margins[" + (m + 1) + "].variables", src, cols);
            }
            m++;
        }
        int i = 0;
        for (IndicatorSpec ind : spec.indicators()) {
            need(p, known, ind.variable(), project, "survey.indicators[" + (i + 1) + "].variable", src, cols);
            ind.denominator().ifPresent(d -> need(p, known, d, project, "survey.indicators.denominator", src, cols));
            i++;
        }
        for (String d : spec.domains()) {
            need(p, known, d, project, "survey.domains", src, cols);
        }
        Set<String> indicatorNames = new HashSet<>();
        spec.indicators().forEach(x -> indicatorNames.add(x.name()));
        int c = 0;
        for (SurveySpec.CrosstabSpec ct : spec.crosstabs()) {
            if (!indicatorNames.contains(ct.row())) {
                need(p, known, ct.row(), project, "survey.crosstabs[" + (c + 1) + "].row", src, cols);
            }
            if (!indicatorNames.contains(ct.column())) {
                need(p, known, ct.column(), project, "survey.crosstabs[" + (c + 1) + "].column", src, cols);
            }
            c++;
        }
        p.throwIfAny();
    }

    private static void need(Problems p, Set<String> known, String name, String project, String key, String src,
            String cols) {
        if (!known.contains(name)) {
            p.add(Problem.atKey(project, 0, key, "names \"" + name + "\", which is not a column of " + src
                    + " nor a recode or scale; the columns are " + cols));
        }
    }

    /** A source of survey rows: a delimited file or an in-memory table. */
    interface Rows {
        DelimitedReader.Record next();

        char delimiter();

        String charsetName();
    }

    /**
     * The rows a filter selects; a row too short to have the filter's column is kept (and reported
     * for its field count).
     */
    static Rows selected(Rows in, de.lagebild.project.RowFilter filter, Header header, String src, String project,
            String key) {
        int col = header.indexOf(filter.column());
        if (col < 0) {
            throw new InputException(Problem.atKey(project, 0, key, "names \"" + filter.column() + "\", which is not a"
                    + " column of " + src + "; the columns are " + header.listNames()));
        }
        return new Rows() {
            @Override
            public DelimitedReader.Record next() {
                DelimitedReader.Record r;
                while ((r = in.next()) != null) {
                    if (r.size() <= col || filter.matches(r.cell(col))) {
                        return r;
                    }
                }
                return null;
            }

            @Override
            public char delimiter() {
                return in.delimiter();
            }

            @Override
            public String charsetName() {
                return in.charsetName();
            }
        };
    }

    static Rows rows(DelimitedReader in) {
        return new Rows() {
            @Override
            public DelimitedReader.Record next() {
                return in.next();
            }

            @Override
            public char delimiter() {
                return in.delimiter();
            }

            @Override
            public String charsetName() {
                return in.charset().name();
            }
        };
    }

    /**
     * Reads survey responses from an in-memory Tablesaw table instead of the file a project names:
     * the same checks, recodes and accounting as for a file. Numbers are taken as written by
     * {@link de.lagebild.internal.Numbers#format(double)}; missing cells are empty. Row i (0-based) is
     * reported as line i + 2, the header being line 1. The table's name is used in messages
     * ({@code table} when it has none).
     *
     * @param table       the responses, one row per respondent
     * @param spec        the survey settings (its {@code file} is not read)
     * @param codebook    the codebook
     * @param projectName the name used in messages about settings
     * @return the responses and the account of every row
     * @throws InputException listing every problem
     */
    public static Result read(tech.tablesaw.api.Table table, SurveySpec spec, Codebook codebook, String projectName) {
        String src = table.name() == null || table.name().isBlank() ? "table" : table.name();
        String[] names = table.columnNames().toArray(new String[0]);
        Header header = Header.of(new DelimitedReader.Record(1, names), src);
        checkColumns(spec, codebook, header, src, projectName);
        int rowCount = table.rowCount();
        java.util.List<tech.tablesaw.columns.Column<?>> cols = table.columns();
        Rows rows = new Rows() {
            private int i;

            @Override
            public DelimitedReader.Record next() {
                if (i >= rowCount) {
                    return null;
                }
                String[] cells = new String[cols.size()];
                for (int j = 0; j < cells.length; j++) {
                    tech.tablesaw.columns.Column<?> c = cols.get(j);
                    if (c.isMissing(i)) {
                        cells[j] = "";
                        continue;
                    }
                    Object o = c.get(i);
                    if (o instanceof Double d) {
                        cells[j] = Numbers.format(d);
                    } else if (o instanceof Float f) {
                        cells[j] = Numbers.format(f.doubleValue());
                    } else {
                        cells[j] = String.valueOf(o);
                    }
                }
                i++;
                return new DelimitedReader.Record(i + 1, cells); // line i+1: the header is line 1
            }

            @Override
            public char delimiter() {
                return ',';
            }

            @Override
            public String charsetName() {
                return "(table)";
            }
        };
        return readRows(spec, codebook, rows, header, src);
    }

    private static Result readRows(SurveySpec spec, Codebook codebook, Rows in, Header header,
            String src) {
        int ncol = header.size();
        List<Column.Builder> builders = new ArrayList<>(ncol);
        for (int j = 0; j < ncol; j++) {
            String name = header.names().get(j);
            builders.add(new Column.Builder(name.isEmpty() ? "column" + (j + 1) : name));
        }
        int idCol = header.indexOf(spec.id());
        int wCol = spec.design().weights().map(header::indexOf).orElse(-1);
        int fpcCol = spec.design().fpc().map(header::indexOf).orElse(-1);
        int strataCol = spec.design().strata().map(header::indexOf).orElse(-1);
        // codebook checks per column: allowed codes
        List<List<String>> allowed = new ArrayList<>(ncol);
        List<Boolean> numericCol = new ArrayList<>(ncol);
        for (int j = 0; j < ncol; j++) {
            Codebook.Variable v = codebook.variables().get(header.names().get(j));
            List<String> a = null;
            if (v != null && !v.values().isEmpty()) {
                a = new ArrayList<>(v.values().keySet());
                for (String m : v.missing()) {
                    if (!Codes.in(m, a)) {
                        a.add(m);
                    }
                }
                for (String m : spec.missing()) {
                    if (!Codes.in(m, a) && j != idCol && j != wCol && j != fpcCol && j != strataCol) {
                        a.add(m);
                    }
                }
            }
            allowed.add(a);
            numericCol.add(v != null && v.type() == Codebook.Type.NUMERIC);
        }
        Map<String, Long> idLines = new HashMap<>();
        List<Long> lines = new ArrayList<>();
        TreeMap<Integer, List<Problem>> rowProblems = new TreeMap<>();
        List<Problem> droppedRecords = new ArrayList<>();
        Map<String, Set<String>> unknownSeen = new HashMap<>();
        DelimitedReader.Record r;
        char delim = in.delimiter();
        while ((r = in.next()) != null) {
            if (r.isBlank()) {
                continue; // a row of empty cells (as spreadsheets export) is no respondent, as in margins
            }
            if (r.size() != ncol && !(r.size() > ncol && trailingBlank(r, ncol))) {
                droppedRecords.add(Problem.atLine(src, r.line(), "has " + r.size() + " fields, but the header has "
                        + ncol + (r.size() < ncol ? " (a truncated or shifted line?)" : " (an unquoted "
                        + (delim == '\t' ? "tab" : String.valueOf(delim)) + " in a value?)")));
                continue;
            }
            int row = lines.size();
            lines.add(r.line());
            List<Problem> probs = null;
            for (int j = 0; j < ncol; j++) {
                String cell = r.cell(j).trim();
                builders.get(j).add(cell);
                if (j == idCol) {
                    if (cell.isEmpty()) {
                        probs = add(probs, Problem.atCell(src, r.line(), spec.id(), cell, "is an empty respondent id"));
                    } else {
                        Long prev = idLines.putIfAbsent(cell, r.line());
                        if (prev != null) {
                            probs = add(probs, Problem.atCell(src, r.line(), spec.id(), cell,
                                    "is a duplicate respondent id (first on line " + prev + ")"));
                        }
                    }
                } else if (j == wCol) {
                    double w = number(cell, delim);
                    if (!(w > 0) || Double.isInfinite(w)) {
                        probs = add(probs, Problem.atCell(src, r.line(), header.names().get(j), cell,
                                "is not a design weight: it must be a positive number"));
                    }
                } else if (j == fpcCol) {
                    double f = number(cell, delim);
                    if (!(f >= 1) || Double.isInfinite(f)) {
                        probs = add(probs, Problem.atCell(src, r.line(), header.names().get(j), cell,
                                "is not a population size (fpc): it must be a number of at least 1"));
                    }
                } else if (j == strataCol) {
                    if (cell.isEmpty()) {
                        probs = add(probs, Problem.atCell(src, r.line(), header.names().get(j), cell,
                                "is an empty stratum: every respondent needs a stratum"));
                    }
                } else if (!cell.isEmpty()) {
                    List<String> a = allowed.get(j);
                    if (a != null && !Codes.in(cell, a)) {
                        probs = add(probs, Problem.atCell(src, r.line(), header.names().get(j), cell,
                                "is not one of " + String.join(", ", a) + " (the codebook's values)"));
                        unknownSeen.computeIfAbsent(header.names().get(j), k -> new LinkedHashSet<>()).add(cell);
                    } else if (numericCol.get(j) && Double.isNaN(Numbers.parsePlain(cell))
                            && !Codes.in(cell, spec.missing())) {
                        probs = add(probs, Problem.atCell(src, r.line(), header.names().get(j), cell,
                                "is not a number (the codebook says the variable is numeric)"));
                    }
                }
            }
            if (probs != null) {
                rowProblems.put(row, probs);
            }
        }
        long[] lineArr = lines.stream().mapToLong(Long::longValue).toArray();
        // columns with the project's missing codes (not for id and design columns)
        Map<String, Column> columns = new LinkedHashMap<>();
        for (int j = 0; j < ncol; j++) {
            String name = builders.get(j).build(List.of()).name();
            List<String> miss = new ArrayList<>();
            if (j != idCol && j != wCol && j != fpcCol && j != strataCol) {
                miss.addAll(spec.missing());
                codebook.variable(name).ifPresent(v -> miss.addAll(v.missing()));
            }
            columns.put(name, builders.get(j).build(miss));
        }
        if (lineArr.length == 0 && droppedRecords.isEmpty()) {
            throw new InputException(Problem.inFile(src, "has a header but no respondents"));
        }
        // recodes, in the order given
        for (Recode rc : spec.recodes()) {
            Column from = columns.get(rc.from());
            columns.put(rc.name(), recode(rc, from, src, lineArr, rowProblems));
        }
        // weighting variables need a value
        Set<String> marginVars = new LinkedHashSet<>();
        spec.weighting().margins().forEach(m -> marginVars.addAll(m.variables()));
        for (String v : marginVars) {
            Column c = columns.get(v);
            if (c == null) {
                continue; // a scale: reported by the weighting
            }
            for (int i = 0; i < c.size(); i++) {
                if (c.isMissing(i)) {
                    rowProblems.computeIfAbsent(i, k -> new ArrayList<>()).add(Problem.atCell(src, lineArr[i], v,
                            c.raw(i), "is missing in a weighting variable: every respondent needs a category of "
                                    + v + " to be weighted"));
                }
            }
        }
        List<Problem> rejected = new ArrayList<>(droppedRecords);
        rowProblems.values().forEach(rejected::addAll);
        rejected.sort((a, b) -> Long.compare(a.line(), b.line()));
        if (!rejected.isEmpty() && spec.invalidRows() == InvalidRows.ERROR) {
            List<Problem> all = new ArrayList<>(rejected);
            all.add(Problem.inFile(src, rejected.size() + " rows cannot be used; correct them, or set"
                    + " survey.invalid_rows: reject to leave such rows out (they are then listed in the outputs)"));
            throw new InputException(all);
        }
        int[] keep = new int[lineArr.length - rowProblems.size()];
        int k = 0;
        for (int i = 0; i < lineArr.length; i++) {
            if (!rowProblems.containsKey(i)) {
                keep[k++] = i;
            }
        }
        SurveyData data = new SurveyData(src, spec.id(), columns, lineArr, codebook);
        if (keep.length < lineArr.length) {
            data = data.select(keep);
        }
        if (data.size() == 0) {
            List<Problem> all = new ArrayList<>(rejected);
            all.add(Problem.inFile(src, "has no usable respondents"));
            throw new InputException(all);
        }
        data = Scales.addAll(data, codebook);
        // one rejection entry per rejected line: the first reason, others appended
        List<Problem> perRow = new ArrayList<>(droppedRecords);
        for (Map.Entry<Integer, List<Problem>> e : rowProblems.entrySet()) {
            List<Problem> ps = e.getValue();
            Problem p0 = ps.get(0);
            if (ps.size() > 1) {
                StringBuilder sb = new StringBuilder(p0.message());
                for (int i = 1; i < ps.size(); i++) {
                    sb.append("; also ").append(ps.get(i).column() == null ? "" : "column " + ps.get(i).column()
                            + ": ").append(ps.get(i).value() == null ? "" : Problem.quote(ps.get(i).value()) + " ")
                            .append(ps.get(i).message());
                }
                p0 = new Problem(p0.source(), p0.line(), p0.column(), p0.key(), p0.value(), sb.toString());
            }
            perRow.add(p0);
        }
        perRow.sort((a, b) -> Long.compare(a.line(), b.line()));
        long read = lineArr.length + droppedRecords.size();
        RowAccount account = new RowAccount(src, "survey", read, data.size(), perRow);
        return new Result(data, account, in.charsetName(), in.delimiter());
    }

    private static boolean trailingBlank(DelimitedReader.Record r, int ncol) {
        for (int j = ncol; j < r.size(); j++) {
            if (!r.cell(j).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Problem> add(List<Problem> list, Problem p) {
        List<Problem> l = list == null ? new ArrayList<>(2) : list;
        l.add(p);
        return l;
    }

    /** A number in a cell: plain, or with a decimal comma when the file is not comma-separated. */
    static double number(String cell, char delimiter) {
        double v = Numbers.parsePlain(cell);
        if (Double.isNaN(v) && delimiter != ',' && cell.indexOf(',') >= 0) {
            v = Numbers.parseGerman(cell, false);
        }
        return v;
    }

    private static Column recode(Recode rc, Column from, String src, long[] lines,
            Map<Integer, List<Problem>> rowProblems) {
        Column.Builder b = new Column.Builder(rc.name());
        String covered = rc.map().isEmpty() ? "breaks from " + Numbers.format(rc.breaks().get(0))
                : "the map covers " + String.join(", ", rc.map().keySet());
        for (int i = 0; i < from.size(); i++) {
            if (from.isMissing(i)) {
                b.add("");
                continue;
            }
            String v = from.raw(i);
            String out = null;
            if (!rc.map().isEmpty()) {
                for (Map.Entry<String, String> e : rc.map().entrySet()) {
                    if (Codes.same(e.getKey(), v)) {
                        out = e.getValue();
                        break;
                    }
                }
            } else {
                double x = from.number(i);
                if (!Double.isNaN(x)) {
                    for (int k = rc.breaks().size() - 1; k >= 0; k--) {
                        if (x >= rc.breaks().get(k)) {
                            out = rc.labels().get(k);
                            break;
                        }
                    }
                }
            }
            if (out == null && rc.otherwise().isPresent()) {
                out = rc.otherwise().get();
            }
            if (out == null) {
                rowProblems.computeIfAbsent(i, k -> new ArrayList<>()).add(Problem.atCell(src, lines[i], rc.from(), v,
                        "has no recode to " + rc.name() + " (" + covered + "; add it or give otherwise:)"));
                b.add("");
            } else {
                b.add(out);
            }
        }
        return b.build(List.of());
    }
}
