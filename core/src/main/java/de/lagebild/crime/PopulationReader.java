package de.lagebild.crime;

import de.lagebild.crime.PopulationRecord.Sex;
import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads population figures: a plain long CSV (or XLSX), the GENESIS flat-file CSV (ffcsv, the
 * current English-headed layout and the older German-headed one) and the GENESIS table CSV (the
 * table as shown, with title lines, header lines and a footer), as downloaded from GENESIS-Online,
 * regionalstatistik.de or Statistik Sachsen. See docs/data-formats-crime.md.
 *
 * <p>Markers of official statistics: {@code -} is exactly zero; {@code .}, {@code ...}, {@code x},
 * {@code /} and empty are "not available".
 */
public final class PopulationReader {
    /** The column roles of the long format (keys of {@link ImportOptions#columns()}). */
    public static final Set<String> ROLES = Set.of("area", "district", "year", "sex", "age", "population");
    private static final Pattern VALUE_COLUMN = Pattern.compile("([A-Za-z0-9]+)__(.+?)__(.+)");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private PopulationReader() {
    }

    /**
     * Reads one file; the format is recognised unless {@link ImportOptions#format()} names it.
     *
     * @param file    the file, CSV or XLSX
     * @param options how to read it
     * @return the figures read, with the accounting of the file
     * @throws InputException when the file cannot be used at all
     */
    public static PopulationTable read(Path file, ImportOptions options) {
        Tabular table = Tabular.read(file, options.displayName(), options.encoding(), options.delimiter(),
                options.sheet());
        String format = options.format();
        if (format.equals("auto")) {
            format = detect(table);
        }
        switch (format) {
            case "ffcsv":
                return ffcsv(table, options);
            case "genesis":
                return genesisTable(table, options);
            default:
                return longFormat(table, file, options);
        }
    }

    private static String detect(Tabular table) {
        for (Tabular.Row row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            for (String c : row.cells()) {
                String n = Names.normalize(c);
                if (n.equals("statistics code") || n.equals("statistik code")) {
                    return "ffcsv";
                }
            }
            break;
        }
        int checked = 0;
        for (Tabular.Row row : table.rows()) {
            if (checked++ > 10) {
                break;
            }
            if (Names.normalize(row.cell(0)).startsWith("genesis")) {
                return "genesis";
            }
        }
        try {
            Columns.find(table, "population table", Map.of(), ROLES, PopulationReader::classify, "population",
                    (r, c) -> true);
            return "long";
        } catch (InputException e) {
            return "genesis";
        }
    }

    static String classify(String n) {
        switch (n) {
            case "ags", "ars", "gemeindeschluessel", "regionalschluessel", "area", "gebietsschluessel",
                    "kreisschluessel", "schluessel", "gemeinde schluessel":
                return "area";
            case "ortsteil", "stadtteil", "district", "ortschaft", "stadtbezirk", "bezirk":
                return "district";
            case "jahr", "year", "stichtag", "berichtsjahr", "zeit":
                return "year";
            case "geschlecht", "sex", "gender":
                return "sex";
            case "altersgruppe", "alter", "age", "altersklasse", "age group", "altersgruppen":
                return "age";
            case "einwohner", "bevoelkerung", "population", "anzahl", "personen", "einwohnerzahl",
                    "bevoelkerungsstand", "count", "ew", "einwohner insgesamt":
                return "population";
            default:
                return null;
        }
    }

    /** A population count: {@code -} is zero, the markers of "not available" give empty, otherwise a count. */
    static Cells.Parsed count(String text, boolean numeric) {
        String t = text.trim();
        if (t.equals("-") || t.equals("\u2013")) {
            return Cells.Parsed.value(0, 0);
        }
        if (t.isEmpty() || t.equals(".") || t.equals("...") || t.equals("\u2026") || t.equalsIgnoreCase("x")
                || t.equals("/")) {
            return Cells.Parsed.MISSING;
        }
        return Cells.count(t, numeric);
    }

    /** Reads a sex: empty, insgesamt, total mean TOTAL. */
    static Optional<Sex> sex(String text) {
        String n = Names.normalize(text);
        switch (n) {
            case "", "insgesamt", "gesamt", "total", "i", "alle", "zusammen", "gest", "t":
                return Optional.of(Sex.TOTAL);
            case "m", "maennlich", "male", "gesm", "mann", "maenner", "1":
                return Optional.of(Sex.MALE);
            case "w", "weiblich", "f", "female", "gesw", "gesf", "frau", "frauen", "2":
                return Optional.of(Sex.FEMALE);
            case "d", "divers", "diverse", "gesd", "x", "3":
                return Optional.of(Sex.DIVERSE);
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> areaKey(String text, ImportOptions options) {
        Optional<String> k = AreaKeys.normalize(text);
        if (k.isPresent()) {
            return k;
        }
        return Optional.ofNullable(options.areaNames().get(Names.normalize(text)));
    }

    // ---------------------------------------------------------------- long format

    private static PopulationTable longFormat(Tabular table, Path file, ImportOptions options) {
        String src = table.source();
        Columns.Layout layout = Columns.find(table, "population table", options.columns(), ROLES,
                PopulationReader::classify, "population", (r, c) -> true);
        String fixedArea = null;
        if (!layout.has("area")) {
            if (options.area().isEmpty()) {
                throw new InputException(Problem.atLine(src, layout.headerLine(), "has no area column (ags); say"
                        + " which area its rows belong to with area: in the project file"));
            }
            fixedArea = AreaKeys.normalize(options.area().get()).orElseThrow(() -> new InputException(
                    Problem.inFile(src, "area: \"" + options.area().get() + "\" is not an area key")));
        }
        OptionalInt fixedYear = layout.has("year") ? OptionalInt.empty()
                : OptionalInt.of(Common.fileYear(file, options, src));
        List<PopulationRecord> recs = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        long read = 0;
        List<Tabular.Row> rows = table.rows();
        for (int r = layout.dataStart(); r < rows.size(); r++) {
            Tabular.Row row = rows.get(r);
            if (row.isBlank()) {
                continue;
            }
            read++;
            long line = row.line();
            Problem shape = Columns.shapeProblem(row, layout, src, table.spreadsheet(), "", "an extra delimiter?");
            if (shape != null) {
                rejected.add(shape);
                continue;
            }
            List<Problem> problems = new ArrayList<>();
            String area = fixedArea;
            if (area == null) {
                int ac = layout.index("area");
                area = areaKey(row.cell(ac), options).orElse(null);
                if (area == null) {
                    problems.add(Problem.atCell(src, line, layout.name(ac), row.cell(ac).trim(),
                            "is not an area key (AGS, Kreis or Land key, DG)"));
                }
            }
            String district = layout.has("district") ? row.cell(layout.index("district")).trim() : "";
            int year = Columns.year(row, layout, fixedYear, src, "is not a year (2022, 31.12.2022 or 2022-12-31)",
                    problems);
            Sex sex = Sex.TOTAL;
            if (layout.has("sex")) {
                int sc = layout.index("sex");
                Optional<Sex> s = sex(row.cell(sc));
                if (s.isEmpty()) {
                    problems.add(Problem.atCell(src, line, layout.name(sc), row.cell(sc).trim(),
                            "is not a sex (m, w, d or insgesamt)"));
                } else {
                    sex = s.get();
                }
            }
            AgeGroup age = AgeGroup.ALL;
            if (layout.has("age")) {
                int gc = layout.index("age");
                Optional<AgeGroup> g = AgeGroup.parse(row.cell(gc));
                if (g.isEmpty()) {
                    problems.add(Problem.atCell(src, line, layout.name(gc), row.cell(gc).trim(),
                            "is not an age group (such as 0-7, 8-13, 65+, unter 3 Jahre, 75 Jahre und mehr)"));
                } else {
                    age = g.get();
                }
            }
            int pc = layout.index("population");
            Cells.Parsed n = count(row.cell(pc), row.isNumeric(pc));
            if (n.kind() == Cells.Kind.BAD) {
                problems.add(Problem.atCell(src, line, layout.name(pc), row.cell(pc).trim(), n.reason()));
            }
            if (!problems.isEmpty()) {
                rejected.add(Common.combine(problems));
                continue;
            }
            recs.add(new PopulationRecord(options.displayName(), line, area, district, year, sex, age.from(), age.to(),
                    n.isValue() ? OptionalLong.of((long) n.value()) : OptionalLong.empty()));
        }
        return finish(options, table, "long population table", read, recs, rejected, List.of());
    }

    private static PopulationTable finish(ImportOptions options, Tabular table, String kind, long read,
            List<PopulationRecord> recs, List<Problem> rejected, List<String> notes) {
        // the same figure twice within one file is damage, not a repetition to ignore
        Map<String, PopulationRecord> seen = new LinkedHashMap<>();
        List<PopulationRecord> kept = new ArrayList<>();
        Set<Long> badLines = new LinkedHashSet<>();
        List<Problem> dups = new ArrayList<>();
        for (PopulationRecord r : recs) {
            String id = r.area() + "|" + r.district() + "|" + r.year() + "|" + r.sex() + "|" + r.ageFrom() + "|"
                    + r.ageTo();
            PopulationRecord first = seen.putIfAbsent(id, r);
            if (first != null && first.line() != r.line()) {
                badLines.add(r.line());
                dups.add(Problem.atLine(table.source(), r.line(), "repeats the figure of line " + first.line()
                        + " (area " + r.area() + (r.district().isEmpty() ? "" : ", " + r.district()) + ", "
                        + r.year() + (r.sex() == Sex.TOTAL ? "" : ", " + r.sex().name().toLowerCase(java.util.Locale.ROOT))
                        + (r.allAges() ? "" : ", " + r.ageLabel()) + ")"));
            }
        }
        for (PopulationRecord r : recs) {
            if (!badLines.contains(r.line())) {
                kept.add(r);
            }
        }
        List<Problem> allRejected = new ArrayList<>(rejected);
        Set<Long> reported = new LinkedHashSet<>();
        for (Problem p : dups) {
            if (reported.add(p.line())) {
                allRejected.add(p);
            }
        }
        allRejected.sort(java.util.Comparator.comparingLong(Problem::line));
        Set<Long> usedLines = new LinkedHashSet<>();
        kept.forEach(r -> usedLines.add(r.line()));
        RowAccount account = new RowAccount(options.displayName(), "population", read, usedLines.size(), allRejected);
        return new PopulationTable(kept, List.of(account), List.of(kind + " (" + table.description() + ")"), notes);
    }

    // ---------------------------------------------------------------- GENESIS ffcsv

    private static String ffName(String header) {
        String h = header.replace("\uFEFF", "").trim();
        if (h.contains("__")) {
            return h;
        }
        String l = h.toLowerCase(java.util.Locale.ROOT);
        return l.replace("statistik_", "statistics_").replace("zeit", "time").replace("auspraegung", "variable_attribute")
                .replace("merkmal", "variable").replace("wert", "value").replace("einheit", "unit");
    }

    private static PopulationTable ffcsv(Tabular table, ImportOptions options) {
        String src = table.source();
        List<Tabular.Row> rows = table.rows();
        int h = 0;
        while (h < rows.size() && rows.get(h).isBlank()) {
            h++;
        }
        if (h >= rows.size()) {
            throw new InputException(Problem.inFile(src, "is empty"));
        }
        Tabular.Row header = rows.get(h);
        Map<String, Integer> col = new LinkedHashMap<>();
        List<Integer> valueCols = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = ffName(header.cell(c));
            col.putIfAbsent(name, c);
            Matcher m = VALUE_COLUMN.matcher(name);
            if (m.matches() && !m.group(3).equalsIgnoreCase("q")) {
                valueCols.add(c);
            }
        }
        Integer timeCol = col.get("time");
        if (timeCol == null) {
            throw new InputException(Problem.atLine(src, header.line(), "is a GENESIS flat file without a time"
                    + " (Zeit) column"));
        }
        List<int[]> variables = new ArrayList<>(); // code, attribute code, attribute label columns
        for (int i = 1; i <= 20; i++) {
            Integer code = col.get(i + "_variable_code");
            Integer attr = col.get(i + "_variable_attribute_code");
            Integer label = col.get(i + "_variable_attribute_label");
            if (code != null && attr != null) {
                variables.add(new int[] {code, attr, label == null ? attr : label});
            }
        }
        List<String> notes = new ArrayList<>();
        boolean newLayout = col.containsKey("value");
        int valueCol;
        Integer measureCol = col.get("value_variable_code");
        Integer measureLabelCol = col.get("value_variable_label");
        Integer unitCol = col.get("value_unit");
        String measureWanted = null;
        if (newLayout) {
            valueCol = col.get("value");
            Set<String> measures = new LinkedHashSet<>();
            if (measureCol != null) {
                for (int r = h + 1; r < rows.size(); r++) {
                    if (!rows.get(r).isBlank()) {
                        measures.add(rows.get(r).cell(measureCol).trim());
                    }
                }
            }
            if (measures.size() > 1) {
                if (measures.contains("BEVSTD")) {
                    measureWanted = "BEVSTD";
                } else {
                    for (int r = h + 1; r < rows.size() && measureWanted == null; r++) {
                        String label = measureLabelCol == null ? "" : Names.normalize(rows.get(r).cell(measureLabelCol));
                        if (isPopulationLabel(label)) {
                            measureWanted = rows.get(r).cell(measureCol).trim();
                        }
                    }
                }
                if (measureWanted == null) {
                    throw new InputException(Problem.atLine(src, header.line(), "holds the measures "
                            + String.join(", ", measures) + " and none is the population (BEVSTD)"));
                }
                notes.add("measure " + measureWanted + " used; rows of other measures skipped");
            }
        } else {
            if (valueCols.isEmpty()) {
                throw new InputException(Problem.atLine(src, header.line(), "is a GENESIS flat file without a value"
                        + " column (CODE__Label__Unit)"));
            }
            int chosen = -1;
            for (int c : valueCols) {
                Matcher m = VALUE_COLUMN.matcher(header.cell(c).trim());
                if (m.matches() && (m.group(1).equals("BEVSTD") || isPopulationLabel(Names.normalize(m.group(2))))) {
                    chosen = c;
                    break;
                }
            }
            if (chosen < 0 && valueCols.size() == 1) {
                chosen = valueCols.get(0);
            }
            if (chosen < 0) {
                List<String> names = new ArrayList<>();
                valueCols.forEach(c -> names.add(header.cell(c).trim()));
                throw new InputException(Problem.atLine(src, header.line(), "holds the measures "
                        + String.join(", ", names) + " and none is the population (BEVSTD)"));
            }
            valueCol = chosen;
            if (valueCols.size() > 1) {
                notes.add("column " + header.cell(chosen).trim() + " used as the population");
            }
        }
        List<PopulationRecord> recs = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        long read = 0;
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (int r = h + 1; r < rows.size(); r++) {
            Tabular.Row row = rows.get(r);
            if (row.isBlank()) {
                continue;
            }
            long line = row.line();
            if (measureWanted != null && !row.cell(measureCol).trim().equals(measureWanted)) {
                skipped.merge("other measure " + row.cell(measureCol).trim(), 1, Integer::sum);
                continue;
            }
            if (newLayout && unitCol != null && !row.cell(unitCol).isBlank()
                    && !Names.normalize(row.cell(unitCol)).equals("anzahl")
                    && !Names.normalize(row.cell(unitCol)).equals("persons")
                    && !Names.normalize(row.cell(unitCol)).equals("number")) {
                skipped.merge("unit " + row.cell(unitCol).trim(), 1, Integer::sum);
                continue;
            }
            String area = null;
            Sex sex = Sex.TOTAL;
            AgeGroup age = AgeGroup.ALL;
            String other = null;
            List<Problem> problems = new ArrayList<>();
            for (int[] v : variables) {
                String code = row.cell(v[0]).trim();
                String attr = row.cell(v[1]).trim();
                String label = row.cell(v[2]).trim();
                if (code.isEmpty()) {
                    continue;
                }
                String upper = code.toUpperCase(java.util.Locale.ROOT);
                if (attr.equalsIgnoreCase("DG") || AreaKeys.allDigits(attr)) {
                    Optional<String> k = AreaKeys.normalize(attr);
                    if (k.isEmpty()) {
                        problems.add(Problem.atCell(src, line, header.cell(v[1]).trim(), attr, "is not an area key"));
                    } else {
                        area = k.get();
                    }
                } else if (upper.startsWith("GES") || attr.toUpperCase(java.util.Locale.ROOT).startsWith("GES")) {
                    Optional<Sex> s = sex(attr.isEmpty() ? "" : attr);
                    if (s.isEmpty()) {
                        s = sex(label);
                    }
                    if (s.isEmpty()) {
                        problems.add(Problem.atCell(src, line, header.cell(v[1]).trim(), attr, "is not a sex code"));
                    } else {
                        sex = s.get();
                    }
                } else if (upper.startsWith("ALT") || attr.toUpperCase(java.util.Locale.ROOT).startsWith("ALT")) {
                    Optional<AgeGroup> g = attr.isEmpty() ? Optional.of(AgeGroup.ALL) : AgeGroup.parse(label);
                    if (g.isEmpty()) {
                        g = AgeGroup.parse(attr);
                    }
                    if (g.isEmpty()) {
                        problems.add(Problem.atCell(src, line, header.cell(v[2]).trim(), label,
                                "is not an age group this importer understands"));
                    } else {
                        age = g.get();
                    }
                } else if (!attr.isEmpty()) {
                    other = code;
                }
            }
            if (other != null) {
                skipped.merge("broken down by " + other, 1, Integer::sum);
                continue;
            }
            read++;
            if (area == null) {
                if (options.area().isPresent()) {
                    area = AreaKeys.normalize(options.area().get()).orElse(null);
                }
                if (area == null) {
                    problems.add(Problem.atLine(src, line, "has no area key among its variables"));
                }
            }
            OptionalInt year = Common.year(row.cell(timeCol));
            if (year.isEmpty()) {
                problems.add(Problem.atCell(src, line, header.cell(timeCol).trim(), row.cell(timeCol).trim(),
                        "is not a date or year"));
            }
            Cells.Parsed n = count(row.cell(valueCol), row.isNumeric(valueCol));
            if (n.kind() == Cells.Kind.BAD) {
                problems.add(Problem.atCell(src, line, header.cell(valueCol).trim(), row.cell(valueCol).trim(),
                        n.reason()));
            }
            if (!problems.isEmpty()) {
                rejected.add(Common.combine(problems));
                continue;
            }
            recs.add(new PopulationRecord(options.displayName(), line, area, "", year.getAsInt(), sex, age.from(),
                    age.to(), n.isValue() ? OptionalLong.of((long) n.value()) : OptionalLong.empty()));
        }
        skipped.forEach((why, k) -> notes.add(k + " row(s) skipped: " + why));
        return finish(options, table, newLayout ? "GENESIS flat file (ffcsv)" : "GENESIS flat file (ffcsv, older"
                + " layout)", read, recs, rejected, notes);
    }

    private static boolean isPopulationLabel(String n) {
        return n.contains("bevoelkerung") || n.contains("einwohner") || n.equals("personen") || n.equals("population")
                || n.contains("bevoelkerungsstand");
    }

    // ---------------------------------------------------------------- GENESIS table CSV

    private static boolean isAreaCode(String t) {
        String s = t.trim();
        return s.equalsIgnoreCase("DG") || (AreaKeys.allDigits(s) && AreaKeys.normalize(s).isPresent());
    }

    private static boolean isText(String t) {
        String s = t.trim();
        return !s.isEmpty() && Double.isNaN(de.lagebild.internal.Numbers.parseGerman(s, true))
                && count(s, false).kind() == Cells.Kind.BAD;
    }

    private static PopulationTable genesisTable(Tabular table, ImportOptions options) {
        String src = table.source();
        List<Tabular.Row> rows = table.rows();
        int first = -1;
        int keyCol = -1;
        for (int r = 0; r < rows.size() && first < 0; r++) {
            Tabular.Row row = rows.get(r);
            if (isFooter(row)) {
                break;
            }
            for (int k = 0; k <= 2; k++) {
                if (isAreaCode(row.cell(k)) && isText(row.cell(k + 1)) && row.size() > k + 2) {
                    first = r;
                    keyCol = k;
                    break;
                }
            }
        }
        if (first < 0) {
            throw new InputException(Problem.inFile(src, "is not a population table this importer recognises: no"
                    + " header with a population column (long format), no GENESIS flat-file header, and no data"
                    + " line starting with an area key (GENESIS table)"));
        }
        Tabular.Row firstRow = rows.get(first);
        int dateCol = keyCol > 0 && DATE.matcher(firstRow.cell(keyCol - 1).trim()).matches() ? keyCol - 1 : -1;
        int nameCol = keyCol + 1;
        int ageCol = -1;
        int valueStart = keyCol + 2;
        if (isText(firstRow.cell(keyCol + 2)) && AgeGroup.parse(firstRow.cell(keyCol + 2)).isPresent()) {
            ageCol = keyCol + 2;
            valueStart = keyCol + 3;
        }
        // header lines above the data: sex and dates per value column
        int width = 0;
        for (int r = first; r < rows.size() && !isFooter(rows.get(r)); r++) {
            width = Math.max(width, rows.get(r).size());
        }
        Sex[] sexOf = new Sex[width];
        int[] yearOf = new int[width];
        int titleYear = 0;
        for (int r = 0; r < first; r++) {
            Matcher m = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})").matcher(String.join(" ",
                    rows.get(r).cells()));
            if (m.find() && titleYear == 0 && rows.get(r).cell(valueStart).isBlank()) {
                titleYear = Integer.parseInt(m.group(3));
            }
        }
        for (int r = Math.max(0, first - 4); r < first; r++) {
            Tabular.Row hr = rows.get(r);
            int lastYear = 0;
            for (int c = valueStart; c < width; c++) {
                String t = hr.cell(c).trim();
                Optional<Sex> s = t.isEmpty() ? Optional.empty() : sex(t);
                Matcher d = DATE.matcher(t);
                if (s.isPresent()) {
                    sexOf[c] = s.get();
                } else if (d.matches()) {
                    yearOf[c] = Integer.parseInt(d.group(3));
                    lastYear = yearOf[c];
                } else if (t.isEmpty() && lastYear != 0 && yearOf[c] == 0) {
                    yearOf[c] = lastYear; // a merged date cell spans the columns to its right
                }
            }
        }
        List<Integer> valueCols = new ArrayList<>();
        for (int c = valueStart; c < width; c++) {
            if (sexOf[c] != null) {
                valueCols.add(c);
            }
        }
        if (valueCols.isEmpty()) {
            if (width == valueStart + 1) {
                valueCols.add(valueStart);
                sexOf[valueStart] = Sex.TOTAL;
            } else {
                throw new InputException(Problem.atLine(src, firstRow.line(), "is a GENESIS table whose value"
                        + " columns are not labelled Insgesamt, männlich or weiblich in the lines above the data"));
            }
        }
        List<PopulationRecord> recs = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        long read = 0;
        for (int r = first; r < rows.size(); r++) {
            Tabular.Row row = rows.get(r);
            if (isFooter(row)) {
                break;
            }
            if (row.isBlank()) {
                continue;
            }
            read++;
            long line = row.line();
            List<Problem> problems = new ArrayList<>();
            String key = row.cell(keyCol).trim();
            Optional<String> area = isAreaCode(key) ? AreaKeys.normalize(key) : Optional.empty();
            if (area.isEmpty()) {
                rejected.add(Problem.atCell(src, line, "column " + (keyCol + 1), key,
                        "is not an area key: not a data line of this table"));
                continue;
            }
            AgeGroup age = AgeGroup.ALL;
            if (ageCol >= 0) {
                Optional<AgeGroup> g = AgeGroup.parse(row.cell(ageCol));
                if (g.isEmpty()) {
                    problems.add(Problem.atCell(src, line, "column " + (ageCol + 1), row.cell(ageCol).trim(),
                            "is not an age group this importer understands"));
                } else {
                    age = g.get();
                }
            }
            int rowYear = 0;
            if (dateCol >= 0) {
                OptionalInt y = Common.year(row.cell(dateCol));
                if (y.isEmpty()) {
                    problems.add(Problem.atCell(src, line, "column " + (dateCol + 1), row.cell(dateCol).trim(),
                            "is not a date"));
                } else {
                    rowYear = y.getAsInt();
                }
            }
            List<PopulationRecord> rowRecs = new ArrayList<>();
            for (int c : valueCols) {
                int year = rowYear != 0 ? rowYear : yearOf[c] != 0 ? yearOf[c] : titleYear;
                if (year == 0 && options.year().isPresent()) {
                    year = options.year().getAsInt();
                }
                if (year == 0) {
                    problems.add(Problem.atLine(src, line, "has no date (31.12.YYYY) in its line, above its column"
                            + " or in the title; give year: in the project file"));
                    break;
                }
                Cells.Parsed n = count(row.cell(c), row.isNumeric(c));
                if (n.kind() == Cells.Kind.BAD) {
                    problems.add(Problem.atCell(src, line, "column " + (c + 1), row.cell(c).trim(), n.reason()));
                    continue;
                }
                rowRecs.add(new PopulationRecord(options.displayName(), line, area.get(), "", year, sexOf[c],
                        age.from(), age.to(), n.isValue() ? OptionalLong.of((long) n.value()) : OptionalLong.empty()));
            }
            if (!problems.isEmpty()) {
                rejected.add(Common.combine(problems));
            } else {
                recs.addAll(rowRecs);
            }
        }
        List<String> notes = new ArrayList<>();
        if (nameCol >= 0) {
            notes.add("areas named in column " + (nameCol + 1));
        }
        return finish(options, table, "GENESIS table", read, recs, rejected, notes);
    }

    private static boolean isFooter(Tabular.Row row) {
        return row.cell(0).trim().startsWith("___");
    }
}
