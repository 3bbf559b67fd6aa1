/**
 * The Sicherheitsanalyse as a PDF report, with every table also as CSV.
 *
 * <p>The public types:
 * <ul>
 * <li>{@link de.lagebild.report.Analysis}: runs every part of a project (survey and official
 * statistics) and builds the whole Sicherheitsanalyse: Kernbefunde, Gebietsprofil,
 * Kriminalitätslage, Ordnungswidrigkeiten, Bürgerbefragung, Handlungsfelder, Methodik, Anhang;
 * writes the PDF, the CSV tables and the manifest;</li>
 * <li>{@link de.lagebild.report.Chapters}: the standard chapters (Kernbefunde, Bürgerbefragung,
 * Methodik, Anhang) and the standard survey report built from them;</li>
 * <li>{@link de.lagebild.report.ReportBuilder}: assembles chapters (add, insert, replace, omit,
 * extend) and builds a {@link de.lagebild.report.Report}, which renders the PDF and writes the
 * CSV tables;</li>
 * <li>{@link de.lagebild.report.Chapter} and {@link de.lagebild.report.Content}: how a chapter
 * (standard or an embedding tool's own) writes headings, text, {@link de.lagebild.report.Table}s
 * and {@link de.lagebild.report.Figure}s, and contributes {@link de.lagebild.report.Finding}s to
 * the Kernbefunde page, method sections to the Methodik and tables to the Anhang;</li>
 * <li>{@link de.lagebild.report.ReportContext}: title, municipality, date and the suppression
 * threshold {@code min_cell}.</li>
 * </ul>
 *
 * <pre>{@code
 * Project project = Project.load(Path.of("lagebild.yaml"));
 * SurveyRun run = SurveyRun.of(project);
 * SurveyResults results = SurveyEstimation.run(run);
 * Report report = Chapters.standard(project, run, results)
 *         .addBefore(Chapters.METHODS, myChapter)       // an own chapter
 *         .build();
 * try (OutputDir dir = OutputDir.open(Path.of("out/musterstadt"))) {
 *     report.write(dir);                               // Sicherheitsanalyse.pdf, tables/*.csv
 *     dir.commit();
 * }
 * }</pre>
 *
 * <p>What the PDF guarantees: A4 pages with a title page, a table of contents with page numbers,
 * numbered chapters and sections, a PDF outline, running header and footer ("Seite 3 von 24");
 * Liberation Sans embedded for all text, charts included (drawn as vectors, no raster image);
 * German number formats ({@code 1.234,5}, {@code 51,9 %}, {@code 30.06.2025}) whatever the default
 * locale; figures resting on fewer than {@code min_cell} respondents or cases withheld and marked
 * "–", with complementary suppression so that no withheld count can be recomputed from a printed
 * total ({@link de.lagebild.privacy.CellSuppression}); no page with fewer than three rows of a
 * continued table;
 * the same bytes for the same inputs (dates from {@code report.created}, no random identifiers).
 */
package de.lagebild.report;
