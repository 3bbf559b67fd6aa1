package de.lagebild.crime;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds the header of a table (possibly spread over several rows, with merged cells) and assigns
 * each column a role by its name or by the user's mapping.
 */
final class Columns {
    private Columns() {
    }

    /**
     * Where the header and the data are, and which column plays which role.
     *
     * @param headerRow  index (in the table's rows) of the first header row
     * @param dataStart  index of the first row after the header
     * @param names      the column names (joined over header rows)
     * @param roles      role to column index (the first column of that role)
     * @param extra      role to further columns of that role (for example several HZ columns)
     * @param width      number of columns the header has (up to the last named one)
     * @param headerLine the line of the header row, for messages
     */
    record Layout(int headerRow, int dataStart, List<String> names, Map<String, Integer> roles,
            Map<String, List<Integer>> extra, int width, long headerLine) {

        int index(String role) {
            Integer i = roles.get(role);
            return i == null ? -1 : i;
        }

        boolean has(String role) {
            return roles.containsKey(role);
        }

        String name(int i) {
            return i >= 0 && i < names.size() && !names.get(i).isEmpty() ? names.get(i) : "column " + (i + 1);
        }

        String listNames() {
            List<String> n = new ArrayList<>();
            for (String s : names) {
                if (!s.isEmpty()) {
                    n.add(s);
                }
            }
            return String.join(", ", n);
        }
    }

    /** Whether a row is a line of column numbers (1;2;3;...), as BKA tables have above or below the header. */
    static boolean isNumberRow(Tabular.Row row) {
        int expected = 1;
        int seen = 0;
        for (String c : row.cells()) {
            String t = c.trim();
            if (t.isEmpty()) {
                continue;
            }
            if (t.endsWith(".0")) {
                t = t.substring(0, t.length() - 2);
            }
            if (!AreaKeys.allDigits(t) || t.length() > 4) {
                return false;
            }
            int v = Integer.parseInt(t);
            if (v != expected) {
                return false;
            }
            expected++;
            seen++;
        }
        return seen >= 3;
    }

    /**
     * Finds the header and classifies its columns.
     *
     * @param table      the table
     * @param kind       what the file is, for messages ("PKS table")
     * @param mapping    role to header name, from the user
     * @param roles      the roles there are (for checking the mapping)
     * @param classifier normalised column name to role, or null
     * @param marker     the role whose column identifies the header row
     * @param isData     whether a row is a data row, given the marker column's index (for multi-row headers)
     * @throws InputException when no header is found or the mapping names missing columns
     */
    static Layout find(Tabular table, String kind, Map<String, String> mapping, Set<String> roles,
            Function<String, String> classifier, String marker, java.util.function.BiPredicate<Tabular.Row, Integer> isData) {
        for (String role : mapping.keySet()) {
            if (!roles.contains(role)) {
                throw new InputException(Problem.inFile(table.source(), "columns: maps \"" + role
                        + "\", which is not a column role of a " + kind + "; the roles are "
                        + String.join(", ", new java.util.TreeSet<>(roles))));
            }
        }
        String markerName = mapping.containsKey(marker) ? Names.normalize(mapping.get(marker)) : null;
        Predicate<String> isMarker = name -> {
            String n = Names.normalize(name);
            if (markerName != null) {
                return n.equals(markerName);
            }
            return marker.equals(classifier.apply(n));
        };
        List<Tabular.Row> rows = table.rows();
        int header = -1;
        int markerCol = -1;
        for (int r = 0; r < Math.min(rows.size(), 60) && header < 0; r++) {
            Tabular.Row row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (!row.cell(c).isBlank() && isMarker.test(row.cell(c))) {
                    header = r;
                    markerCol = c;
                    break;
                }
            }
        }
        if (header < 0 && rows.stream().allMatch(Tabular.Row::isBlank)) {
            throw new InputException(Problem.inFile(table.source(), "is empty: it needs a header row and data rows"));
        }
        if (header < 0) {
            throw new InputException(Problem.inFile(table.source(), "has no header row this importer recognises as a "
                    + kind + " (looked for a column " + (markerName != null ? "\"" + mapping.get(marker) + "\""
                    : "like " + describeMarker(marker)) + " in the first 60 lines)"));
        }
        int dataStart = header + 1;
        boolean anyData = false;
        for (int r = dataStart; r < rows.size() && !anyData; r++) {
            anyData = !rows.get(r).isBlank();
        }
        if (!anyData) {
            throw new InputException(Problem.inFile(table.source(), "has a header but no data rows"));
        }
        for (int r = header + 1; r < Math.min(rows.size(), header + 8); r++) {
            if (isData.test(rows.get(r), markerCol)) {
                dataStart = r;
                break;
            }
        }
        List<Tabular.Row> headerRows = new ArrayList<>();
        for (int r = header; r < dataStart; r++) {
            if (!isNumberRow(rows.get(r)) && !rows.get(r).isBlank()) {
                headerRows.add(rows.get(r));
            }
        }
        int cols = 0;
        for (Tabular.Row hr : headerRows) {
            cols = Math.max(cols, hr.size());
        }
        String[][] carried = new String[headerRows.size()][cols];
        for (int r = 0; r < headerRows.size(); r++) {
            for (int c = 0; c < cols; c++) {
                String t = headerRows.get(r).cell(c).trim();
                if (t.isEmpty() && c > 0 && r < headerRows.size() - 1 && hasBelow(headerRows, r, c)
                        && hasBelow(headerRows, r, c - 1)) {
                    t = carried[r][c - 1];
                }
                carried[r][c] = t;
            }
        }
        List<String> names = new ArrayList<>();
        int width = 0;
        for (int c = 0; c < cols; c++) {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < headerRows.size(); r++) {
                String t = carried[r][c];
                if (!t.isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append(" - ");
                    }
                    sb.append(t);
                }
            }
            names.add(sb.toString().replace("\uFEFF", ""));
            if (sb.length() > 0) {
                width = c + 1;
            }
        }
        Map<String, Integer> assigned = new LinkedHashMap<>();
        Map<String, List<Integer>> extra = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Set<Integer> mappedColumns = new java.util.HashSet<>();
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            String want = Names.normalize(e.getValue());
            int found = -1;
            for (int c = 0; c < names.size() && found < 0; c++) {
                if (Names.normalize(names.get(c)).equals(want)) {
                    found = c;
                }
                for (Tabular.Row hr : headerRows) {
                    if (found < 0 && Names.normalize(hr.cell(c)).equals(want) && !want.isEmpty()) {
                        found = c;
                    }
                }
            }
            if (found < 0) {
                problems.add(Problem.atLine(table.source(), rows.get(header).line(), "has no column \"" + e.getValue()
                        + "\" (mapped to " + e.getKey() + " in columns:); its columns are " + join(names)));
            } else {
                assigned.put(e.getKey(), found);
                mappedColumns.add(found);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        for (int c = 0; c < width; c++) {
            if (mappedColumns.contains(c) || names.get(c).isEmpty()) {
                continue;
            }
            String role = classifier.apply(Names.normalize(names.get(c)));
            if (role == null || role.isEmpty() || mapping.containsKey(role)) {
                continue;
            }
            if (assigned.containsKey(role)) {
                extra.computeIfAbsent(role, k -> new ArrayList<>()).add(c);
            } else {
                assigned.put(role, c);
            }
        }
        return new Layout(header, dataStart, Collections.unmodifiableList(names), Collections.unmodifiableMap(assigned),
                Collections.unmodifiableMap(extra), width, rows.get(header).line());
    }

    private static boolean hasBelow(List<Tabular.Row> headerRows, int r, int c) {
        for (int k = r + 1; k < headerRows.size(); k++) {
            if (!headerRows.get(k).cell(c).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<String> names) {
        List<String> n = new ArrayList<>();
        for (String s : names) {
            if (!s.isEmpty()) {
                n.add(s);
            }
        }
        return String.join(", ", n);
    }

    private static String describeMarker(String marker) {
        switch (marker) {
            case "key":
                return "Schlüssel (the offence key)";
            case "category":
                return "Kategorie";
            case "population":
                return "Einwohner or Bevölkerung";
            default:
                return marker;
        }
    }

    /**
     * What is wrong with a data row's shape, or null: fewer fields than the header (in a text file;
     * a spreadsheet may leave trailing cells out), or a value beyond the header's last column.
     *
     * @param row         the row
     * @param layout      the header's layout
     * @param src         the file name for messages
     * @param spreadsheet whether the file is a spreadsheet
     * @param cutHint     text added to the message about missing fields
     * @param shiftHint   what an extra value beyond the header suggests
     */
    static Problem shapeProblem(Tabular.Row row, Layout layout, String src, boolean spreadsheet, String cutHint,
            String shiftHint) {
        int width = layout.width();
        if (!spreadsheet && row.size() < width) {
            return Problem.atLine(src, row.line(), "has " + row.size() + " fields, the header " + width
                    + ": a delimiter is missing or the line is cut off" + cutHint);
        }
        if (row.lastNonBlank() >= width) {
            int c = row.lastNonBlank();
            return new Problem(src, row.line(), null, null, row.cell(c), "in field " + (c + 1)
                    + " lies beyond the header's " + width + " columns: a column is shifted (" + shiftHint + ")");
        }
        return null;
    }

    /**
     * The year of a row: the fixed year of the file, or its year column; 0 with a problem recorded
     * when the cell is not a year.
     *
     * @param row       the row
     * @param layout    the header's layout
     * @param fixedYear the year of every row, if the file has no year column
     * @param src       the file name for messages
     * @param message   what to say about a cell that is not a year
     * @param problems  where a problem is recorded
     */
    static int year(Tabular.Row row, Layout layout, java.util.OptionalInt fixedYear, String src, String message,
            List<Problem> problems) {
        if (fixedYear.isPresent()) {
            return fixedYear.getAsInt();
        }
        int yc = layout.index("year");
        java.util.OptionalInt y = Common.year(row.cell(yc));
        if (y.isEmpty()) {
            problems.add(Problem.atCell(src, row.line(), layout.name(yc), row.cell(yc).trim(), message));
            return 0;
        }
        return y.getAsInt();
    }
}
