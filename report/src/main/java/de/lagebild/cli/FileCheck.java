package de.lagebild.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One kind of input file that {@code lagebild check FILE --kind KIND} can validate. To add a kind,
 * implement this interface and register it in {@link CheckCommand#CHECKS}.
 */
interface FileCheck {

    /**
     * Reads the file and reports what was read and rejected.
     *
     * @throws de.lagebild.io.InputException when the file cannot be used at all (exit status 2)
     */
    Report check(Path file, Options options);

    /**
     * What the user told {@code check} about the file; every value is optional.
     *
     * @param displayName the file as the user named it
     * @param year        the year of every row, for files without a year column
     * @param area        the area key of every row, for files without an area column
     * @param encoding    the encoding
     * @param delimiter   the delimiter
     * @param sheet       the sheet of an XLSX workbook
     * @param numbers     german, english or auto
     * @param id          survey: the respondent id column
     * @param codebook    survey: the codebook to check values against
     * @param missing     survey: item-nonresponse codes
     * @param variables   margin: the variable columns
     * @param count       margin: the count column
     */
    record Options(String displayName, Optional<Integer> year, Optional<String> area, Optional<String> encoding,
            Optional<String> delimiter, Optional<String> sheet, Optional<String> numbers, Optional<String> id,
            Optional<Path> codebook, List<String> missing, List<String> variables, Optional<String> count) {
        /** Validates. */
        public Options {
            Objects.requireNonNull(displayName, "displayName");
            missing = List.copyOf(missing);
            variables = List.copyOf(variables);
        }

        /** Options with only the crime settings. */
        Options(String displayName, Optional<Integer> year, Optional<String> area, Optional<String> encoding,
                Optional<String> delimiter, Optional<String> sheet, Optional<String> numbers) {
            this(displayName, year, area, encoding, delimiter, sheet, numbers, Optional.empty(), Optional.empty(),
                    List.of(), List.of(), Optional.empty());
        }
    }

    /**
     * The outcome of a check.
     *
     * @param facts    what was read, one line each ("years: 2019-2023")
     * @param read     data rows read
     * @param used     rows used
     * @param rejected each rejected row with line and reason
     * @param notes    remarks
     */
    record Report(List<String> facts, long read, long used, List<de.lagebild.io.Problem> rejected,
            List<String> notes) {
        /** Copies. */
        public Report {
            facts = List.copyOf(facts);
            rejected = List.copyOf(rejected);
            notes = List.copyOf(notes);
        }

        /** Whether every row was used. */
        boolean clean() {
            return rejected.isEmpty();
        }
    }
}
