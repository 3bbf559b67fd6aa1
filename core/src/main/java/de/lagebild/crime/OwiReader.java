package de.lagebild.crime;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the Ordnungsamt's Ordnungswidrigkeiten: a long table of year, category, count and
 * optionally Ortsteil, as CSV or XLSX. Categories are mapped to the standard ones
 * ({@link OwiCategories}); sum rows are rejected (Lagebild sums itself).
 */
public final class OwiReader {
    /** The column roles (keys of {@link ImportOptions#columns()}). */
    public static final Set<String> ROLES = Set.of("year", "category", "count", "district");
    private static final Set<String> SUM_WORDS = Set.of("insgesamt", "gesamt", "summe", "total", "alle", "zusammen",
            "gesamtergebnis");

    private OwiReader() {
    }

    /**
     * Reads one file, CSV or XLSX.
     *
     * @param file    the file
     * @param options how to read it, including the project's category mapping
     * @return the rows used and the accounting of all rows; damaged rows and sum rows are rejected
     * @throws InputException when the file cannot be used at all (missing, no header, no column for the
     *                        count, no year column and no year given or in the file name)
     */
    public static OwiTable read(Path file, ImportOptions options) {
        Tabular table = Tabular.read(file, options.displayName(), options.encoding(), options.delimiter(),
                options.sheet());
        String src = table.source();
        Columns.Layout layout = Columns.find(table, "table of Ordnungswidrigkeiten", options.columns(), ROLES,
                OwiReader::classify, "category", (row, c) -> true);
        if (!layout.has("count")) {
            throw new InputException(Problem.atLine(src, layout.headerLine(), "has no column for the count (Anzahl);"
                    + " its columns are " + layout.listNames() + "; name it with columns: {count: ...}"));
        }
        OptionalInt fixedYear = layout.has("year") ? OptionalInt.empty()
                : OptionalInt.of(Common.fileYear(file, options, src));
        List<OwiRecord> records = new ArrayList<>();
        List<Problem> rejected = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        long read = 0;
        List<Tabular.Row> rows = table.rows();
        for (int r = layout.dataStart(); r < rows.size(); r++) {
            Tabular.Row row = rows.get(r);
            if (row.isBlank()) {
                continue;
            }
            read++;
            List<Problem> problems = new ArrayList<>();
            long line = row.line();
            Problem shape = Columns.shapeProblem(row, layout, src, table.spreadsheet(), "", "an extra delimiter?");
            if (shape != null) {
                rejected.add(shape);
                continue;
            }
            int year = Columns.year(row, layout, fixedYear, src, "is not a year", problems);
            int cc = layout.index("category");
            String raw = row.cell(cc).trim();
            if (raw.isEmpty()) {
                problems.add(Problem.atCell(src, line, layout.name(cc), raw, "is empty; every row needs a category"));
            } else if (SUM_WORDS.contains(Names.normalize(raw))) {
                problems.add(Problem.atCell(src, line, layout.name(cc), raw, "is a sum row; leave sums out, Lagebild"
                        + " forms them"));
            }
            String district = "";
            if (layout.has("district")) {
                int dc = layout.index("district");
                district = row.cell(dc).trim();
                if (SUM_WORDS.contains(Names.normalize(district))) {
                    problems.add(Problem.atCell(src, line, layout.name(dc), district, "is a sum row; leave sums out,"
                            + " Lagebild forms them"));
                }
            }
            int nc = layout.index("count");
            Cells.Parsed n = Cells.count(row.cell(nc), row.isNumeric(nc));
            if (n.kind() == Cells.Kind.BAD) {
                problems.add(Problem.atCell(src, line, layout.name(nc), row.cell(nc).trim(), n.reason()));
            } else if (!n.isValue()) {
                problems.add(Problem.atCell(src, line, layout.name(nc), row.cell(nc).trim(),
                        "is no count; write 0 where there were none"));
            }
            if (problems.isEmpty()) {
                String id = year + "|" + Names.normalize(district) + "|" + Names.normalize(raw);
                Long first = seen.putIfAbsent(id, line);
                if (first != null) {
                    problems.add(Problem.atCell(src, line, layout.name(cc), raw, "repeats year " + year
                            + (district.isEmpty() ? "" : ", Ortsteil " + district) + " and category of line " + first));
                }
            }
            if (!problems.isEmpty()) {
                rejected.add(Common.combine(problems));
                continue;
            }
            String category = OwiCategories.canonical(raw, options.categories());
            records.add(new OwiRecord(options.displayName(), line, year, district, category, raw, (long) n.value()));
        }
        List<String> notes = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (OwiRecord rec : records) {
            if (!OwiCategories.isStandard(rec.category()) && !other.contains(rec.category())) {
                other.add(rec.category());
            }
        }
        if (!other.isEmpty()) {
            notes.add("categories that are not standard categories (kept as written): " + String.join(", ", other));
        }
        String format = "table of Ordnungswidrigkeiten (" + table.description() + ")"
                + (layout.has("district") ? ", by Ortsteil" : "");
        return new OwiTable(options.displayName(), format, records,
                new RowAccount(options.displayName(), "owi", read, records.size(), rejected), notes);
    }

    static String classify(String n) {
        switch (n) {
            case "jahr", "year", "berichtsjahr":
                return "year";
            case "kategorie", "tatbestand", "bereich", "category", "art", "delikt", "ordnungswidrigkeit",
                    "verstoss", "deliktsbereich", "sachgebiet":
                return "category";
            case "anzahl", "faelle", "verfahren", "count", "anzahl faelle", "anzahl verfahren", "fallzahl",
                    "anzahl owi", "cases":
                return "count";
            case "ortsteil", "stadtteil", "district", "ortschaft", "stadtbezirk", "gebiet":
                return "district";
            default:
                return null;
        }
    }
}
