/**
 * Official statistics of a Sicherheitsanalyse: PKS tables, Ordnungswidrigkeiten and population
 * figures as municipalities receive them, and the crime indicators computed from them.
 *
 * <p>Entry points: {@link de.lagebild.crime.CrimeAnalysis#run(de.lagebild.project.Project)} for a
 * whole project (results in {@link de.lagebild.crime.CrimeResult}, written by
 * {@link de.lagebild.crime.CrimeTables}); the importers {@link de.lagebild.crime.PksReader},
 * {@link de.lagebild.crime.OwiReader} and {@link de.lagebild.crime.PopulationReader}, each
 * configured by {@link de.lagebild.crime.ImportOptions} and returning its rows with a
 * {@link de.lagebild.io.RowAccount} (read = used + rejected, each rejection with line and reason);
 * the value types {@link de.lagebild.crime.OffenceKey} and {@link de.lagebild.crime.FieldOfAction};
 * the formulas in {@link de.lagebild.crime.CrimeIndicators} (HZ, AQ, TVBZ, and R's
 * {@code poisson.test} for the comparison of two rates, {@link de.lagebild.crime.RateComparison}).
 *
 * <p>File formats: docs/data-formats-crime.md; project-file keys: docs/project-file-crime.md.
 */
package de.lagebild.crime;
