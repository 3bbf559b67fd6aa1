/**
 * Lagebild: the statistics of a municipal Sicherheitsanalyse (citizen survey, police crime
 * statistics, Ordnungswidrigkeiten), reproducible from a project file. This package holds only
 * {@link de.lagebild.Lagebild}, the library version recorded in every manifest.
 *
 * <p>The library is organised by subject: {@link de.lagebild.project} reads and checks project
 * and cohort files; {@link de.lagebild.survey} reads, weights and estimates the survey;
 * {@link de.lagebild.crime} imports official statistics and computes the crime indicators;
 * {@link de.lagebild.privacy} withholds counts that are too small to publish;
 * {@link de.lagebild.cohort} ranks the municipalities of a cohort; {@link de.lagebild.io} holds
 * what every input and output shares (delimited files, encodings, numbers, problems, output
 * folders).
 */
package de.lagebild;
