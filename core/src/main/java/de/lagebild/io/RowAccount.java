package de.lagebild.io;

import java.util.List;
import java.util.Objects;

/**
 * The accounting of one import: every data row read was either used or rejected, and each
 * rejection says why. {@code read == used + rejected.size()} always holds.
 *
 * @param source   the file as the user named it
 * @param kind     what kind of input it is (survey, pks, owi, population, margin, ...)
 * @param read     data rows read (header lines and blank lines not counted)
 * @param used     rows used
 * @param rejected rejected rows, each with line and reason
 */
public record RowAccount(String source, String kind, long read, long used, List<Problem> rejected) {

    /**
     * Validates the identity read = used + rejected.
     *
     * @param source   the file as the user named it; must not be null
     * @param kind     what kind of input it is (survey, pks, owi, population, margin, ...); must not be null
     * @param read     data rows read (header lines and blank lines not counted)
     * @param used     rows used
     * @param rejected rejected rows, each with line and reason; copied
     * @throws NullPointerException     when {@code source}, {@code kind} or {@code rejected} is null
     * @throws IllegalArgumentException when {@code read != used + rejected.size()}
     */
    public RowAccount {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        rejected = List.copyOf(rejected);
        if (read != used + rejected.size()) {
            throw new IllegalArgumentException("row accounting of " + source + " does not add up: read " + read
                    + ", used " + used + ", rejected " + rejected.size());
        }
    }

    /**
     * A one-line summary such as {@code survey.csv: 1500 rows read, 1498 used, 2 rejected}.
     *
     * @return the summary line, naming the source and the three counts
     */
    public String summary() {
        return source + ": " + read + " rows read, " + used + " used, " + rejected.size() + " rejected";
    }
}
