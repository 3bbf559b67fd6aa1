package de.lagebild.crime;

import java.util.Objects;

/**
 * One row of an Ordnungswidrigkeiten table: the count of a category in a year (and Ortsteil).
 *
 * @param source      the file (as the user named it)
 * @param line        its line (or spreadsheet row)
 * @param year        the year
 * @param district    the Ortsteil, or "" for the whole municipality
 * @param category    the category (a standard one where recognised)
 * @param rawCategory the category as the file writes it
 * @param cases       the count
 */
public record OwiRecord(String source, long line, int year, String district, String category, String rawCategory,
        long cases) {
    /**
     * Validates.
     *
     * @param source      the file (as the user named it)
     * @param line        its line (or spreadsheet row)
     * @param year        the year
     * @param district    the Ortsteil, or "" for the whole municipality
     * @param category    the category (a standard one where recognised)
     * @param rawCategory the category as the file writes it
     * @param cases       the count
     * @throws NullPointerException     when {@code source}, {@code district}, {@code category} or
     *                                  {@code rawCategory} is null
     * @throws IllegalArgumentException when {@code cases} is negative or {@code category} is blank
     */
    public OwiRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rawCategory, "rawCategory");
        if (cases < 0) {
            throw new IllegalArgumentException("negative count in " + source + " line " + line);
        }
        if (category.isBlank()) {
            throw new IllegalArgumentException("empty category in " + source + " line " + line);
        }
    }
}
