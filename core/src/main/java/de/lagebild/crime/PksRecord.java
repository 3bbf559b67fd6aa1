package de.lagebild.crime;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One row of a PKS table: the figures of one offence key in one area and year, as published.
 * A value a table does not have, or marks as not available ({@code -}), is empty.
 *
 * @param source            the file the row comes from (as the user named it)
 * @param line              its line (or spreadsheet row)
 * @param area              the area key ({@code 14522}, {@code 14}, {@code 14524999}, {@code DG})
 * @param areaName          the area's name as the table gives it, or ""
 * @param year              the reporting year
 * @param key               the offence key
 * @param label             the offence's label as the table gives it, or ""
 * @param cases             erfasste Fälle
 * @param attempts          of which attempts
 * @param cleared           aufgeklärte Fälle
 * @param suspects          Tatverdächtige insgesamt
 * @param nonGermanSuspects of whom not German
 * @param publishedHz       the Häufigkeitszahl the table gives
 * @param publishedAq       the Aufklärungsquote the table gives (in per cent)
 */
public record PksRecord(String source, long line, String area, String areaName, int year, OffenceKey key, String label,
        OptionalLong cases, OptionalLong attempts, OptionalLong cleared, OptionalLong suspects,
        OptionalLong nonGermanSuspects, OptionalDouble publishedHz, OptionalDouble publishedAq) {

    /**
     * Validates the record: counts are not negative, the year is plausible.
     *
     * @param source            the file the row comes from (as the user named it)
     * @param line              its line (or spreadsheet row)
     * @param area              the area key ({@code 14522}, {@code 14}, {@code 14524999}, {@code DG})
     * @param areaName          the area's name as the table gives it, or ""
     * @param year              the reporting year
     * @param key               the offence key
     * @param label             the offence's label as the table gives it, or ""
     * @param cases             erfasste Fälle
     * @param attempts          of which attempts
     * @param cleared           aufgeklärte Fälle
     * @param suspects          Tatverdächtige insgesamt
     * @param nonGermanSuspects of whom not German
     * @param publishedHz       the Häufigkeitszahl the table gives
     * @param publishedAq       the Aufklärungsquote the table gives (in per cent)
     * @throws NullPointerException     when a component other than {@code line} and {@code year} is null
     * @throws IllegalArgumentException when a count is negative, the published HZ is negative or NaN, or
     *                                  the year is outside 1900 to 2200
     */
    public PksRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(areaName, "areaName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        for (OptionalLong c : new OptionalLong[] {cases, attempts, cleared, suspects, nonGermanSuspects}) {
            Objects.requireNonNull(c, "count");
            if (c.isPresent() && c.getAsLong() < 0) {
                throw new IllegalArgumentException("negative count in " + source + " line " + line);
            }
        }
        Objects.requireNonNull(publishedHz, "publishedHz");
        Objects.requireNonNull(publishedAq, "publishedAq");
        if (publishedHz.isPresent() && !(publishedHz.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("HZ must be >= 0 in " + source + " line " + line);
        }
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("implausible year " + year + " in " + source + " line " + line);
        }
    }

    /**
     * The label from the table, or the standard label of the key, or "".
     *
     * @return the label for reports and messages
     */
    public String labelOrStandard() {
        return !label.isEmpty() ? label : key.standardLabel().orElse("");
    }
}
