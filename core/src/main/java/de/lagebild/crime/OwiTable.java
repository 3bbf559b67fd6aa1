package de.lagebild.crime;

import de.lagebild.io.RowAccount;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An Ordnungswidrigkeiten file read.
 *
 * @param source  the file as the user named it
 * @param format  how it was read
 * @param records the rows used
 * @param account rows read, used and rejected
 * @param notes   remarks for the user
 */
public record OwiTable(String source, String format, List<OwiRecord> records, RowAccount account, List<String> notes) {
    /**
     * Validates and copies.
     *
     * @param source  the file as the user named it
     * @param format  how it was read
     * @param records the rows used
     * @param account rows read, used and rejected
     * @param notes   remarks for the user
     * @throws NullPointerException when a component or a list element is null
     */
    public OwiTable {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        records = List.copyOf(records);
        Objects.requireNonNull(account, "account");
        notes = List.copyOf(notes);
    }

    /**
     * The years, ascending.
     *
     * @return a new set of the years of the rows
     */
    public SortedSet<Integer> years() {
        SortedSet<Integer> s = new TreeSet<>();
        records.forEach(r -> s.add(r.year()));
        return s;
    }

    /**
     * The categories in order of first appearance.
     *
     * @return a new set of the categories (standard ones where recognised)
     */
    public Set<String> categories() {
        Set<String> s = new LinkedHashSet<>();
        records.forEach(r -> s.add(r.category()));
        return s;
    }

    /**
     * The Ortsteile in order of first appearance ("" not included).
     *
     * @return a new set of the Ortsteile named; empty for a table of the whole municipality
     */
    public Set<String> districts() {
        Set<String> s = new LinkedHashSet<>();
        records.forEach(r -> {
            if (!r.district().isEmpty()) {
                s.add(r.district());
            }
        });
        return s;
    }
}
