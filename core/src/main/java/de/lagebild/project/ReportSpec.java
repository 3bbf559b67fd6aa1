package de.lagebild.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The {@code report:} part of a project file.
 *
 * @param title    the report title
 * @param language the report language ({@code de})
 * @param minCell  results resting on fewer respondents or cases are suppressed
 * @param created  the creation date printed in and stored with the PDF
 */
public record ReportSpec(String title, String language, int minCell, LocalDate created) {
    /** Validates the record. */
    public ReportSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
        if (minCell < 0) {
            throw new IllegalArgumentException("minCell must be >= 0: " + minCell);
        }
    }
}
