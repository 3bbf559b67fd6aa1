package de.lagebild.crime;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One population figure: residents of an area (or Ortsteil) on 31.12. of a year, by sex and age
 * group. A figure marked as not available ({@code .}, {@code x}, {@code /}, {@code ...}) is empty.
 *
 * @param source   the file (as the user named it)
 * @param line     its line (or spreadsheet row)
 * @param area     the area key
 * @param district the Ortsteil, or "" for the whole area
 * @param year     the year of the Stichtag 31.12.
 * @param sex      the sex, or {@link Sex#TOTAL}
 * @param ageFrom  first age of the group (0 for all ages)
 * @param ageTo    first age after the group; {@link Integer#MAX_VALUE} for "and over" and all ages
 * @param count    the number of residents
 */
public record PopulationRecord(String source, long line, String area, String district, int year, Sex sex,
        int ageFrom, int ageTo, OptionalLong count) {

    /** Sex as official statistics record it. */
    public enum Sex {
        /** Both sexes (insgesamt). */
        TOTAL,
        /** männlich. */
        MALE,
        /** weiblich. */
        FEMALE,
        /** divers. */
        DIVERSE
    }

    /**
     * Validates.
     *
     * @param source   the file (as the user named it)
     * @param line     its line (or spreadsheet row)
     * @param area     the area key
     * @param district the Ortsteil, or "" for the whole area
     * @param year     the year of the Stichtag 31.12.
     * @param sex      the sex, or {@link Sex#TOTAL}
     * @param ageFrom  first age of the group (0 for all ages)
     * @param ageTo    first age after the group; {@link Integer#MAX_VALUE} for "and over" and all ages
     * @param count    the number of residents
     * @throws NullPointerException     when {@code source}, {@code area}, {@code district}, {@code sex}
     *                                  or {@code count} is null
     * @throws IllegalArgumentException when {@code ageFrom} is negative or {@code ageTo} is not above it,
     *                                  or when the count is negative
     */
    public PopulationRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(count, "count");
        if (ageFrom < 0 || ageTo <= ageFrom) {
            throw new IllegalArgumentException("bad age group [" + ageFrom + ", " + ageTo + ") in " + source);
        }
        if (count.isPresent() && count.getAsLong() < 0) {
            throw new IllegalArgumentException("negative population in " + source + " line " + line);
        }
    }

    /**
     * Whether the figure covers all ages.
     *
     * @return true when the age group runs from 0 to {@link Integer#MAX_VALUE}
     */
    public boolean allAges() {
        return ageFrom == 0 && ageTo == Integer.MAX_VALUE;
    }

    /**
     * The age group as text: "" for all ages, {@code 8-13}, {@code 75+}.
     *
     * @return the label
     */
    public String ageLabel() {
        return allAges() ? "" : new AgeGroup(ageFrom, ageTo).toString();
    }
}
