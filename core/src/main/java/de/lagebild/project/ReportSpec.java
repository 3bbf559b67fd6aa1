package de.lagebild.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code report:} part of a project file.
 *
 * @param title    the report title
 * @param language the report language ({@code de})
 * @param minCell  results resting on fewer respondents or cases are suppressed
 * @param created  the creation date printed in and stored with the PDF
 * @param headline the survey indicator shown as the Sicherheitsgefühl (key {@code headline}); empty:
 *                 the default of {@link #headlineOf(List)}
 */
public record ReportSpec(String title, String language, int minCell, LocalDate created,
        Optional<String> headline) {
    /**
     * Validates the record.
     *
     * @param title    the report title
     * @param language the report language ({@code de})
     * @param minCell  results resting on fewer respondents or cases are suppressed
     * @param created  the creation date printed in and stored with the PDF
     * @param headline the survey indicator shown as the Sicherheitsgefühl (key {@code headline}); empty:
     *                 the default of {@link #headlineOf(List)}
     * @throws NullPointerException     when {@code title}, {@code language}, {@code created} or
     *                                  {@code headline} is null
     * @throws IllegalArgumentException when {@code minCell} is negative
     */
    public ReportSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(headline, "headline");
        if (minCell < 0) {
            throw new IllegalArgumentException("minCell must be >= 0: " + minCell);
        }
    }

    /**
     * Report settings without a headline indicator (the default one is used).
     *
     * @param title    the report title
     * @param language the report language ({@code de})
     * @param minCell  results resting on fewer respondents or cases are suppressed; not negative
     * @param created  the creation date printed in and stored with the PDF
     */
    public ReportSpec(String title, String language, int minCell, LocalDate created) {
        this(title, language, minCell, created, Optional.empty());
    }

    /**
     * The headline indicator among a survey's indicators: the one named by {@code report.headline};
     * without it, the first indicator of the night-time safety item (its variable or its label
     * speaks of safety, "safe"/"sicher", at night, "night"/"nacht", as {@code q_safe_night} or "Fühlt
     * sich nachts in der Wohngegend sicher"), else the first indicator.
     *
     * @param indicators the survey's indicators, in project-file order
     * @return the indicator's name, or empty when there are no indicators
     */
    public Optional<String> headlineOf(List<IndicatorSpec> indicators) {
        if (headline.isPresent()) {
            return headline;
        }
        for (IndicatorSpec i : indicators) {
            if (nightSafety(i.variable()) || nightSafety(i.label())) {
                return Optional.of(i.name());
            }
        }
        return indicators.isEmpty() ? Optional.empty() : Optional.of(indicators.get(0).name());
    }

    private static boolean nightSafety(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        return (t.contains("night") || t.contains("nacht")) && (t.contains("safe") || t.contains("sicher"));
    }
}
