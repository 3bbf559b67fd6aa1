package de.lagebild.crime;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How to read one official-statistics file (PKS, Ordnungswidrigkeiten or population). Everything
 * not given is detected; see docs/data-formats-crime.md.
 *
 * <pre>{@code
 * ImportOptions o = ImportOptions.of("pks/pks_musterstadt.csv")
 *         .withArea("14524999")
 *         .withNumbers(NumberStyle.GERMAN)
 *         .withColumns(Map.of("cases", "Fallzahl"));
 * }</pre>
 *
 * @param displayName the file as the user named it, for messages
 * @param columns     role to header name, where the header is not recognised (roles per kind in the docs)
 * @param area        the area key of every row, for files without an area column
 * @param year        the year of every row, for files without a year column
 * @param numbers     how decimal numbers are written
 * @param encoding    the encoding, or empty to detect it
 * @param delimiter   the delimiter, or empty to detect it
 * @param sheet       the sheet of an XLSX workbook, or empty for the first
 * @param format      population files: {@code auto}, {@code long}, {@code ffcsv} or {@code genesis}
 * @param categories  Ordnungswidrigkeiten: a file's category spelling to the category used
 * @param areaNames   names of areas (as in the project) to their keys, for area columns holding names
 */
public record ImportOptions(String displayName, Map<String, String> columns, Optional<String> area,
        OptionalInt year, NumberStyle numbers, Optional<Charset> encoding, Optional<Character> delimiter,
        Optional<String> sheet, String format, Map<String, String> categories, Map<String, String> areaNames) {

    /** Population file formats. */
    public static final Set<String> FORMATS = Set.of("auto", "long", "ffcsv", "genesis");

    /**
     * Validates and copies.
     *
     * @param displayName the file as the user named it, for messages
     * @param columns     role to header name, where the header is not recognised (roles per kind in the docs)
     * @param area        the area key of every row, for files without an area column
     * @param year        the year of every row, for files without a year column
     * @param numbers     how decimal numbers are written
     * @param encoding    the encoding, or empty to detect it
     * @param delimiter   the delimiter, or empty to detect it
     * @param sheet       the sheet of an XLSX workbook, or empty for the first
     * @param format      population files: {@code auto}, {@code long}, {@code ffcsv} or {@code genesis}
     * @param categories  Ordnungswidrigkeiten: a file's category spelling to the category used
     * @param areaNames   names of areas (as in the project) to their keys, for area columns holding names
     * @throws NullPointerException     when a component is null, or a map holds a null key or value
     * @throws IllegalArgumentException when {@code format} is not one of {@link #FORMATS}
     */
    public ImportOptions {
        Objects.requireNonNull(displayName, "displayName");
        columns = Map.copyOf(columns);
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(delimiter, "delimiter");
        Objects.requireNonNull(sheet, "sheet");
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("format must be one of " + FORMATS + ": " + format);
        }
        categories = Map.copyOf(categories);
        areaNames = Map.copyOf(areaNames);
    }

    /**
     * Options with everything detected: no column mapping, area or year, number style
     * {@link NumberStyle#AUTO}, encoding and delimiter detected, the first sheet, format {@code auto}.
     *
     * @param displayName the file as the user named it, for messages
     * @return the options
     */
    public static ImportOptions of(String displayName) {
        return new ImportOptions(displayName, Map.of(), Optional.empty(), OptionalInt.empty(), NumberStyle.AUTO,
                Optional.empty(), Optional.empty(), Optional.empty(), "auto", Map.of(), Map.of());
    }

    /**
     * With a column mapping (role to header name), replacing the one set before.
     *
     * @param c the header name of each role that is not recognised by itself, such as
     *          {@code cases -> Fallzahl}
     * @return a copy with this mapping
     */
    public ImportOptions withColumns(Map<String, String> c) {
        return new ImportOptions(displayName, c, area, year, numbers, encoding, delimiter, sheet, format, categories,
                areaNames);
    }

    /**
     * With the area of every row.
     *
     * @param a the area key (AGS) of every row, for a file without an area column
     * @return a copy with this area
     */
    public ImportOptions withArea(String a) {
        return new ImportOptions(displayName, columns, Optional.of(a), year, numbers, encoding, delimiter, sheet,
                format, categories, areaNames);
    }

    /**
     * With the year of every row.
     *
     * @param y the year of every row, for a file without a year column
     * @return a copy with this year
     */
    public ImportOptions withYear(int y) {
        return new ImportOptions(displayName, columns, area, OptionalInt.of(y), numbers, encoding, delimiter, sheet,
                format, categories, areaNames);
    }

    /**
     * With the number style.
     *
     * @param n how decimal numbers are written in the file
     * @return a copy with this style
     */
    public ImportOptions withNumbers(NumberStyle n) {
        return new ImportOptions(displayName, columns, area, year, n, encoding, delimiter, sheet, format, categories,
                areaNames);
    }

    /**
     * With an encoding, so that it is not detected.
     *
     * @param e the file's encoding
     * @return a copy with this encoding
     */
    public ImportOptions withEncoding(Charset e) {
        return new ImportOptions(displayName, columns, area, year, numbers, Optional.of(e), delimiter, sheet, format,
                categories, areaNames);
    }

    /**
     * With a delimiter, so that it is not detected.
     *
     * @param d the delimiter of a delimited file
     * @return a copy with this delimiter
     */
    public ImportOptions withDelimiter(char d) {
        return new ImportOptions(displayName, columns, area, year, numbers, encoding, Optional.of(d), sheet, format,
                categories, areaNames);
    }

    /**
     * With a sheet name.
     *
     * @param s the name of the sheet of an XLSX workbook to read
     * @return a copy with this sheet
     */
    public ImportOptions withSheet(String s) {
        return new ImportOptions(displayName, columns, area, year, numbers, encoding, delimiter, Optional.of(s),
                format, categories, areaNames);
    }

    /**
     * With a population file format.
     *
     * @param f one of {@link #FORMATS}
     * @return a copy with this format
     * @throws IllegalArgumentException when {@code f} is not one of {@link #FORMATS}
     */
    public ImportOptions withFormat(String f) {
        return new ImportOptions(displayName, columns, area, year, numbers, encoding, delimiter, sheet, f, categories,
                areaNames);
    }

    /**
     * With a category mapping for Ordnungswidrigkeiten, replacing the one set before.
     *
     * @param c the category as spelled in the file to the category used
     * @return a copy with this mapping
     */
    public ImportOptions withCategories(Map<String, String> c) {
        return new ImportOptions(displayName, columns, area, year, numbers, encoding, delimiter, sheet, format, c,
                areaNames);
    }

    /**
     * With the names of areas (as the project calls them) and their keys, replacing those set before.
     * The names are stored normalised, as area cells are compared.
     *
     * @param names the area names to their keys (AGS)
     * @return a copy with these names
     */
    public ImportOptions withAreaNames(Map<String, String> names) {
        Map<String, String> n = new LinkedHashMap<>();
        names.forEach((k, v) -> n.put(Names.normalize(k), v));
        return new ImportOptions(displayName, columns, area, year, numbers, encoding, delimiter, sheet, format,
                categories, n);
    }
}
