package de.lagebild.crime;

import de.lagebild.io.RowAccount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A PKS file read: its rows, how it was read, and the accounting of every data row.
 *
 * @param source  the file as the user named it
 * @param format  how the file was read and recognised, for reports
 * @param records the rows used, in file order
 * @param account rows read, used and rejected (each rejection with line and reason)
 * @param notes   remarks for the user (columns ignored, footnote lines skipped, ...)
 */
public record PksTable(String source, String format, List<PksRecord> records, RowAccount account, List<String> notes) {

    /**
     * Validates and copies.
     *
     * @param source  the file as the user named it
     * @param format  how the file was read and recognised, for reports
     * @param records the rows used, in file order
     * @param account rows read, used and rejected (each rejection with line and reason)
     * @param notes   remarks for the user (columns ignored, footnote lines skipped, ...)
     * @throws NullPointerException when a component or a list element is null
     */
    public PksTable {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        records = List.copyOf(records);
        Objects.requireNonNull(account, "account");
        notes = List.copyOf(notes);
    }

    /**
     * The years in the table, ascending.
     *
     * @return a new set of the reporting years of the rows
     */
    public SortedSet<Integer> years() {
        SortedSet<Integer> s = new TreeSet<>();
        for (PksRecord r : records) {
            s.add(r.year());
        }
        return s;
    }

    /**
     * The areas in the table (key to name), in order of first appearance.
     *
     * @return a new map from area key to the name the table gives at the key's first row ("" when none)
     */
    public Map<String, String> areas() {
        Map<String, String> m = new LinkedHashMap<>();
        for (PksRecord r : records) {
            m.putIfAbsent(r.area(), r.areaName());
        }
        return m;
    }

    /**
     * The offence keys in the table, in order of first appearance.
     *
     * @return a new list of the distinct keys
     */
    public List<OffenceKey> keys() {
        Set<OffenceKey> s = new LinkedHashSet<>();
        for (PksRecord r : records) {
            s.add(r.key());
        }
        return new ArrayList<>(s);
    }

    /**
     * The row for an area, year and key, if the table has it.
     *
     * @param area the area key, as in {@link PksRecord#area()}
     * @param year the reporting year
     * @param key  the offence key
     * @return the first such row, or empty
     */
    public Optional<PksRecord> find(String area, int year, OffenceKey key) {
        for (PksRecord r : records) {
            if (r.year() == year && r.area().equals(area) && r.key().equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
