package de.lagebild.crime;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads PKS tables: the BKA's Grundtabellen (CSV and XLSX, Kreise, Länder, Städte, Bund), the BKA's
 * time series, and municipal exports with their own column names. The edition is recognised from
 * the header; see docs/data-formats-crime.md for the layouts, the markers and the plausibility
 * checks (AQ, attempts share, non-German share, HZ against the other rows of the area).
 *
 * <pre>{@code
 * PksTable t = PksReader.read(Path.of("KR-F-01-T01-Kreise-Faelle-HZ_csv_2022.csv"),
 *         ImportOptions.of("KR-F-01-T01-Kreise-Faelle-HZ_csv_2022.csv"));
 * t.account().read();   // 16400 rows, every one used or rejected with line and reason
 * }</pre>
 */
public final class PksReader {
    /** The column roles of a PKS table (keys of {@link ImportOptions#columns()}). */
    public static final Set<String> ROLES = Set.of("key", "label", "area", "area_name", "area_type", "year", "cases",
            "hz", "attempts", "attempts_share", "cleared", "aq", "suspects", "suspects_male", "suspects_female",
            "non_german_suspects", "non_german_share");

    private static final String[] COUNT_ROLES = {"cases", "attempts", "cleared", "suspects", "suspects_male",
        "suspects_female", "non_german_suspects"};
    private static final String[] DECIMAL_ROLES = {"hz", "aq", "attempts_share", "non_german_share"};

    private PksReader() {
    }

    /**
     * Reads one PKS file, CSV or XLSX.
     *
     * @param file    the file
     * @param options how to read it; what it does not give is detected
     * @return the rows used and the accounting of all rows; damaged rows are rejected, never used
     * @throws InputException when the file cannot be used at all (missing, no header, no column for
     *                       the key or the cases, no year or area where one is needed)
     */
    public static PksTable read(Path file, ImportOptions options) {
        Tabular table = Tabular.read(file, options.displayName(), options.encoding(), options.delimiter(),
                options.sheet());
        return read(table, file, options);
    }

    static PksTable read(Tabular table, Path file, ImportOptions options) {
        String src = table.source();
        Columns.Layout layout = Columns.find(table, "PKS table", options.columns(), ROLES, PksReader::classify, "key",
                (row, col) -> OffenceKey.isKey(row.cell(col)));
        List<String> notes = new ArrayList<>();
        if (!layout.has("cases")) {
            throw new InputException(Problem.atLine(src, layout.headerLine(), "has no column for the number of cases"
                    + " (erfasste Fälle); its columns are " + layout.listNames()
                    + "; name it with columns: {cases: ...} in the project file"));
        }
        for (Map.Entry<String, List<Integer>> e : layout.extra().entrySet()) {
            if (!e.getKey().equals("hz") && !e.getKey().equals("ignore")) {
                for (int c : e.getValue()) {
                    notes.add("column \"" + layout.name(c) + "\" also looks like " + e.getKey() + "; the first such"
                            + " column, \"" + layout.name(layout.index(e.getKey())) + "\", is used");
                }
            }
        }
        OptionalInt fixedYear = OptionalInt.empty();
        if (!layout.has("year")) {
            fixedYear = OptionalInt.of(Common.fileYear(file, options, src));
        } else if (options.year().isPresent()) {
            notes.add("the file has a year column (\"" + layout.name(layout.index("year"))
                    + "\"); year: in the project file is not used");
        }
        String fixedArea = null;
        if (!layout.has("area")) {
            if (options.area().isEmpty()) {
                throw new InputException(Problem.atLine(src, layout.headerLine(), "has no area column (such as"
                        + " Gemeindeschluessel); say which area its rows belong to with area: in the project file"
                        + " (for example the municipality's AGS)"));
            }
            fixedArea = AreaKeys.normalize(options.area().get()).orElseThrow(() -> new InputException(
                    Problem.inFile(src, "area: \"" + options.area().get() + "\" is not an area key (AGS, Kreis or"
                            + " Land key, or DG)")));
        }
        NumberStyle style = options.numbers() == NumberStyle.AUTO ? detectStyle(table, layout) : options.numbers();
        notes.add("decimal numbers read in " + style.name().toLowerCase(java.util.Locale.ROOT) + " style");

        List<Tabular.Row> rows = table.rows();
        List<PksRecord> records = new ArrayList<>();
        Map<PksRecord, Tabular.Row> rowOf = new java.util.IdentityHashMap<>();
        Map<PksRecord, double[]> hzRounding = new java.util.IdentityHashMap<>();
        List<Problem> rejected = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        long read = 0;
        int footnotes = 0;
        List<Integer> hzCols = new ArrayList<>();
        if (layout.has("hz")) {
            hzCols.add(layout.index("hz"));
            hzCols.addAll(layout.extra().getOrDefault("hz", List.of()));
        }
        for (int r = layout.dataStart(); r < rows.size(); r++) {
            Tabular.Row row = rows.get(r);
            if (row.isBlank() || Columns.isNumberRow(row)) {
                continue;
            }
            if (row.nonBlankCount() == 1 && !OffenceKey.isKey(row.cell(row.lastNonBlank()))) {
                footnotes++;
                continue;
            }
            read++;
            RowResult res = readRow(row, layout, src, table.spreadsheet(), style, fixedYear, fixedArea, options,
                    hzCols);
            if (res.problems.isEmpty()) {
                PksRecord rec = res.record;
                String id = rec.area() + "|" + rec.year() + "|" + rec.key().code();
                Long first = seen.putIfAbsent(id, row.line());
                if (first != null) {
                    rejected.add(Problem.atCell(src, row.line(), layout.name(layout.index("key")), rec.key().code(),
                            "repeats area " + rec.area() + ", year " + rec.year() + " and key " + rec.key().code()
                                    + " of line " + first + "; one of the two is wrong"));
                    continue;
                }
                records.add(rec);
                rowOf.put(rec, row);
                if (res.hzHalfUnit >= 0) {
                    hzRounding.put(rec, new double[] {res.hzHalfUnit, res.hzCol});
                }
            } else {
                rejected.add(Common.combine(res.problems));
            }
        }
        if (footnotes > 0) {
            notes.add(footnotes + " footnote line(s) below or between the data skipped");
        }
        // HZ consistency within each area and year
        List<Problem> hzProblems = checkHz(records, hzRounding, rowOf, layout, src);
        if (!hzProblems.isEmpty()) {
            Set<Long> bad = new java.util.HashSet<>();
            for (Problem p : hzProblems) {
                bad.add(p.line());
            }
            records.removeIf(rec -> bad.contains(rec.line()));
            rejected.addAll(hzProblems);
            rejected.sort(Comparator.comparingLong(Problem::line));
        }
        String format = describe(table, layout, fixedYear, fixedArea);
        RowAccount account = new RowAccount(options.displayName(), "pks", read, records.size(), rejected);
        return new PksTable(options.displayName(), format, records, account, notes);
    }

    private static String describe(Tabular table, Columns.Layout layout, OptionalInt fixedYear, String fixedArea) {
        StringBuilder sb = new StringBuilder();
        boolean bka = layout.names().stream().anyMatch(n -> n.contains("Faelle") || n.contains("Schluessel")
                || n.equals("Schluesse"));
        if (bka && layout.has("year")) {
            sb.append("BKA time-series table");
        } else if (bka) {
            sb.append("BKA table");
        } else {
            sb.append("PKS export");
        }
        sb.append(" (").append(table.description()).append(")");
        sb.append(layout.has("year") ? ", years in rows" : ", year " + fixedYear.getAsInt() + " for every row");
        sb.append(layout.has("area") ? ", areas in rows" : ", area " + fixedArea + " for every row");
        return sb.toString();
    }

    /** Classifies a normalised column name to its role, or null. */
    static String classify(String n) {
        if (n.contains("schusswaffe")) {
            return "ignore";
        }
        boolean share = Names.hasWord(n, "anteil") || Names.hasWord(n, "prozent") || n.endsWith(" in");
        if (Names.hasWord(n, "nichtdeutsch")) {
            return share ? "non_german_share" : "non_german_suspects";
        }
        if (n.contains("tatverdaechtig") || n.equals("tv") || n.startsWith("tv ") || n.equals("suspects")) {
            if (Names.hasWord(n, "maennlich")) {
                return "suspects_male";
            }
            if (Names.hasWord(n, "weiblich")) {
                return "suspects_female";
            }
            return "suspects";
        }
        if (Names.hasWord(n, "versuch") || n.equals("attempts")) {
            return share ? "attempts_share" : "attempts";
        }
        boolean clearing = Names.hasWord(n, "aufklaer") || Names.hasWord(n, "auffklaer")
                || Names.hasWord(n, "aufgeklaert") || n.equals("cleared");
        if (n.contains("aufklaerungsquote") || n.contains("auffklaerungsquote") || n.equals("aq")
                || n.startsWith("aq ") || (clearing && (Names.hasWord(n, "quote") || share))) {
            return "aq";
        }
        if (clearing) {
            return "cleared";
        }
        if (n.contains("haeufigkeitszahl") || Names.hasWord(n, "hz") && !n.contains("schluessel")) {
            return "hz";
        }
        if (n.startsWith("schluess") || n.startsWith("straftatenschluess") || n.equals("sz") || n.equals("key")
                || n.equals("schluesselzahl") || n.equals("pks schluessel")) {
            return "key";
        }
        if (n.equals("straftat") || n.equals("straftaten") || n.equals("straftatengruppe") || n.equals("delikt")
                || n.equals("deliktsbezeichnung") || n.equals("bezeichnung") || n.equals("label")
                || n.equals("straftatenbezeichnung")) {
            return "label";
        }
        String joined = n.replace(" ", "");
        if (joined.equals("gemeindeschluessel") || joined.equals("kreisschluessel") || n.equals("ags")
                || n.equals("ars") || joined.equals("regionalschluessel") || joined.equals("landesschluessel")
                || n.equals("area") || n.equals("bundesland") || n.equals("land")
                || joined.equals("gebietsschluessel")) {
            return "area";
        }
        if (n.equals("stadt landkreis") || n.equals("kreis") || n.equals("stadt") || n.equals("gemeinde")
                || n.equals("landkreis") || n.equals("area name") || n.equals("gebiet") || n.equals("kreisname")) {
            return "area_name";
        }
        if (n.equals("kreisart")) {
            return "area_type";
        }
        if (n.equals("jahr") || n.equals("berichtsjahr") || n.equals("year")) {
            return "year";
        }
        if (Names.hasWord(n, "faelle") || Names.hasWord(n, "erfasste") || n.equals("fallzahl")
                || n.equals("fallzahlen") || n.equals("cases")) {
            return "cases";
        }
        return null;
    }

    private static NumberStyle detectStyle(Tabular table, Columns.Layout layout) {
        int evidence = 0;
        List<Tabular.Row> rows = table.rows();
        for (int r = layout.dataStart(); r < rows.size(); r++) {
            Tabular.Row row = rows.get(r);
            for (String role : COUNT_ROLES) {
                int c = layout.index(role);
                if (c >= 0 && !row.isNumeric(c)) {
                    evidence += Cells.styleEvidence(row.cell(c), true);
                }
            }
            for (String role : DECIMAL_ROLES) {
                int c = layout.index(role);
                if (c >= 0 && !row.isNumeric(c)) {
                    evidence += Cells.styleEvidence(row.cell(c), false);
                }
            }
        }
        if (evidence > 0) {
            return NumberStyle.ENGLISH;
        }
        if (evidence < 0) {
            return NumberStyle.GERMAN;
        }
        boolean ascii = layout.names().stream().anyMatch(n -> n.contains("Faelle") || n.contains("Schluessel")
                || n.equals("Schluesse"));
        return ascii ? NumberStyle.ENGLISH : NumberStyle.GERMAN;
    }

    /** The result of reading one row. */
    private static final class RowResult {
        final List<Problem> problems = new ArrayList<>();
        PksRecord record;
        double hzHalfUnit = -1;
        int hzCol = -1;
    }

    private static RowResult readRow(Tabular.Row row, Columns.Layout layout, String src, boolean spreadsheet,
            NumberStyle style, OptionalInt fixedYear, String fixedArea, ImportOptions options, List<Integer> hzCols) {
        RowResult res = new RowResult();
        long line = row.line();
        Problem shape = Columns.shapeProblem(row, layout, src, spreadsheet, " (truncated file?)",
                "an extra delimiter in the line?");
        if (shape != null) {
            res.problems.add(shape);
            return res;
        }
        // key
        int kc = layout.index("key");
        OffenceKey key = null;
        try {
            key = OffenceKey.parse(row.cell(kc));
        } catch (IllegalArgumentException e) {
            res.problems.add(Problem.atCell(src, line, layout.name(kc), row.cell(kc).trim(),
                    e.getMessage().replaceFirst("^\"[^\"]*\" ", "")));
        }
        // area
        String area = fixedArea;
        String areaName = "";
        if (layout.has("area_name")) {
            areaName = row.cell(layout.index("area_name")).trim();
        }
        if (area == null) {
            int ac = layout.index("area");
            String text = row.cell(ac).trim();
            area = AreaKeys.normalize(text).orElse(null);
            if (area == null) {
                area = options.areaNames().get(Names.normalize(text));
            }
            if (area == null) {
                res.problems.add(Problem.atCell(src, line, layout.name(ac), text,
                        "is not an area key (AGS, Kreis or Land key, DG) nor the name of an area of the project"));
            } else if (!AreaKeys.normalize(text).isPresent() && areaName.isEmpty()) {
                areaName = text;
            }
        }
        // year
        int year = Columns.year(row, layout, fixedYear, src, "is not a year", res.problems);
        OptionalLong cases = count(row, layout, "cases", src, res);
        OptionalLong attempts = count(row, layout, "attempts", src, res);
        OptionalLong cleared = count(row, layout, "cleared", src, res);
        OptionalLong suspects = count(row, layout, "suspects", src, res);
        OptionalLong male = count(row, layout, "suspects_male", src, res);
        OptionalLong female = count(row, layout, "suspects_female", src, res);
        OptionalLong nonGerman = count(row, layout, "non_german_suspects", src, res);
        Cells.Parsed aq = decimal(row, layout, layout.index("aq"), style, src, res);
        Cells.Parsed attShare = decimal(row, layout, layout.index("attempts_share"), style, src, res);
        Cells.Parsed ngShare = decimal(row, layout, layout.index("non_german_share"), style, src, res);
        Cells.Parsed hz = Cells.Parsed.MISSING;
        int hzCol = -1;
        for (int c : hzCols) {
            Cells.Parsed p = decimal(row, layout, c, style, src, res);
            if (p.kind() != Cells.Kind.MISSING) {
                hz = p;
                hzCol = c;
            }
        }
        if (!res.problems.isEmpty()) {
            return res;
        }
        // identities
        if (cases.isPresent()) {
            long n = cases.getAsLong();
            if (attempts.isPresent() && attempts.getAsLong() > n) {
                res.problems.add(Problem.atCell(src, line, layout.name(layout.index("attempts")),
                        Long.toString(attempts.getAsLong()), "attempts exceed the " + n + " cases"));
            }
            share(res, src, line, layout, "aq", row, aq, cleared, n, "cleared / cases x 100", "cleared", "cases");
            share(res, src, line, layout, "attempts_share", row, attShare, attempts, n, "attempts / cases x 100",
                    "attempts", "cases");
            if (n == 0 && hz.isValue() && hz.value() > hz.halfUnit()) {
                res.problems.add(Problem.atCell(src, line, layout.name(hzCol), row.cell(hzCol).trim(),
                        "is an HZ above 0 for 0 cases"));
            }
        }
        if (suspects.isPresent()) {
            long s = suspects.getAsLong();
            if (nonGerman.isPresent() && nonGerman.getAsLong() > s) {
                res.problems.add(Problem.atCell(src, line, layout.name(layout.index("non_german_suspects")),
                        Long.toString(nonGerman.getAsLong()), "non-German suspects exceed the " + s + " suspects"));
            }
            if (male.isPresent() && female.isPresent() && male.getAsLong() + female.getAsLong() != s) {
                res.problems.add(Problem.atCell(src, line, layout.name(layout.index("suspects")), Long.toString(s),
                        "suspects are not male + female suspects (" + male.getAsLong() + " + " + female.getAsLong()
                                + " = " + (male.getAsLong() + female.getAsLong()) + ")"));
            }
            share(res, src, line, layout, "non_german_share", row, ngShare, nonGerman, s,
                    "non-German / suspects x 100", "non-German", "suspects");
        }
        if (!res.problems.isEmpty() || key == null || area == null) {
            return res;
        }
        String label = layout.has("label") ? row.cell(layout.index("label")).trim() : "";
        OptionalDouble publishedHz = hz.isValue() ? OptionalDouble.of(hz.value()) : OptionalDouble.empty();
        OptionalDouble publishedAq = aq.isValue() ? OptionalDouble.of(aq.value()) : OptionalDouble.empty();
        res.record = new PksRecord(options.displayName(), line, area, areaName, year, key, label, cases, attempts,
                cleared, suspects, nonGerman, publishedHz, publishedAq);
        if (hz.isValue()) {
            res.hzHalfUnit = hz.halfUnit();
            res.hzCol = hzCol;
        }
        return res;
    }

    /** Checks a published share against its parts: |part / whole x 100 - share| within the rounding shown. */
    private static void share(RowResult res, String src, long line, Columns.Layout layout, String role, Tabular.Row row,
            Cells.Parsed shown, OptionalLong part, long whole, String formula, String partName, String wholeName) {
        int c = layout.index(role);
        if (c < 0) {
            return;
        }
        String text = row.cell(c).trim();
        if (whole == 0) {
            if (shown.isValue() && shown.value() != 0) {
                res.problems.add(Problem.atCell(src, line, layout.name(c), text, "is a share of 0 " + wholeName
                        + "; it should be #DIV/0! or empty"));
            }
            return;
        }
        if (shown.kind() == Cells.Kind.UNDEFINED) {
            res.problems.add(Problem.atCell(src, line, layout.name(c), text, "says \"not defined\" although there are "
                    + whole + " " + wholeName));
            return;
        }
        if (!shown.isValue() || part.isEmpty()) {
            return;
        }
        double computed = part.getAsLong() * 100.0 / whole;
        if (Math.abs(computed - shown.value()) > shown.halfUnit() + 1e-9) {
            res.problems.add(Problem.atCell(src, line, layout.name(c), text, "does not match " + formula + " = "
                    + Common.fmt(Math.round(computed * 100) / 100.0) + " (" + part.getAsLong() + " " + partName + " of "
                    + whole + " " + wholeName + "); the row is damaged"));
        }
    }

    private static OptionalLong count(Tabular.Row row, Columns.Layout layout, String role, String src, RowResult res) {
        int c = layout.index(role);
        if (c < 0) {
            return OptionalLong.empty();
        }
        Cells.Parsed p = Cells.count(row.cell(c), row.isNumeric(c));
        switch (p.kind()) {
            case VALUE:
                return OptionalLong.of((long) p.value());
            case BAD:
                res.problems.add(Problem.atCell(src, row.line(), layout.name(c), row.cell(c).trim(), p.reason()));
                return OptionalLong.empty();
            default:
                return OptionalLong.empty();
        }
    }

    private static Cells.Parsed decimal(Tabular.Row row, Columns.Layout layout, int c, NumberStyle style, String src,
            RowResult res) {
        if (c < 0) {
            return Cells.Parsed.MISSING;
        }
        Cells.Parsed p = Cells.decimal(row.cell(c), row.isNumeric(c), style);
        if (p.kind() == Cells.Kind.BAD) {
            res.problems.add(Problem.atCell(src, row.line(), layout.name(c), row.cell(c).trim(), p.reason()));
        }
        if (p.isValue() && p.value() < 0) {
            res.problems.add(Problem.atCell(src, row.line(), layout.name(c), row.cell(c).trim(),
                    "is negative; a rate or share cannot be"));
            return Cells.Parsed.MISSING;
        }
        return p;
    }

    /**
     * The HZ check: all rows of an area and year share one population P; a row with cases c and HZ h
     * (rounding d) says c x 100,000 / (h + d) &lt;= P &lt;= c x 100,000 / (h - d). The P most rows
     * agree with is taken; rows that exclude it are damaged. When no P is shared by more than half
     * of the rows, every row that disagrees with another is reported.
     */
    private static List<Problem> checkHz(List<PksRecord> records, Map<PksRecord, double[]> rounding,
            Map<PksRecord, Tabular.Row> rowOf, Columns.Layout layout, String src) {
        Map<String, List<PksRecord>> groups = new LinkedHashMap<>();
        for (PksRecord r : records) {
            if (r.publishedHz().isPresent() && r.cases().isPresent() && r.cases().getAsLong() > 0) {
                groups.computeIfAbsent(r.area() + "|" + r.year(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Problem> out = new ArrayList<>();
        for (List<PksRecord> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            double[][] iv = new double[g.size()][];
            for (int i = 0; i < g.size(); i++) {
                PksRecord r = g.get(i);
                double c = r.cases().getAsLong() * 100_000.0;
                double h = r.publishedHz().getAsDouble();
                double d = rounding.get(r)[0];
                double lo = c / (h + d);
                double hi = h - d > 0 ? c / (h - d) : Double.POSITIVE_INFINITY;
                iv[i] = new double[] {lo * (1 - 1e-9), hi * (1 + 1e-9)};
            }
            // the point covered by most intervals (sweep over the interval ends)
            List<double[]> events = new ArrayList<>();
            for (double[] v : iv) {
                events.add(new double[] {v[0], +1});
                events.add(new double[] {v[1], -1});
            }
            events.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(b[1], a[1]));
            int cover = 0;
            int best = 0;
            double bestPoint = 0;
            for (double[] e : events) {
                cover += (int) e[1];
                if (cover > best) {
                    best = cover;
                    bestPoint = e[0];
                }
            }
            if (best == g.size()) {
                continue;
            }
            boolean majority = best * 2 > g.size();
            double agreedLo = 0;
            double agreedHi = Double.POSITIVE_INFINITY;
            for (double[] v : iv) {
                if (v[0] <= bestPoint && bestPoint <= v[1]) {
                    agreedLo = Math.max(agreedLo, v[0]);
                    agreedHi = Math.min(agreedHi, v[1]);
                }
            }
            double population = Double.isInfinite(agreedHi) ? agreedLo : (agreedLo + agreedHi) / 2;
            for (int i = 0; i < g.size(); i++) {
                boolean inside = iv[i][0] <= bestPoint && bestPoint <= iv[i][1];
                if (majority && inside) {
                    continue;
                }
                PksRecord r = g.get(i);
                long c = r.cases().getAsLong();
                int hzCol = (int) rounding.get(r)[1];
                String hzText = rowOf.get(r).cell(hzCol).trim();
                String msg;
                if (majority) {
                    double expect = c * 100_000.0 / population;
                    int decimals = Math.max(0, (int) Math.round(-Math.log10(2 * rounding.get(r)[0])));
                    double scale = Math.pow(10, Math.min(decimals, 6));
                    msg = "does not fit the " + c + " cases: the other rows of area " + r.area() + " in " + r.year()
                            + " imply a population of about " + Common.fmt(Math.round(population)) + ", for which"
                            + " the HZ would be " + Common.fmt(Math.round(expect * scale) / scale)
                            + "; the cases or the HZ are damaged";
                } else {
                    msg = "and the HZ of the other rows of area " + r.area() + " in " + r.year() + " imply different"
                            + " populations, and no population is shared by most rows; the rows cannot be trusted";
                }
                out.add(Problem.atCell(src, r.line(), layout.name(hzCol), hzText, msg));
            }
        }
        return out;
    }
}
