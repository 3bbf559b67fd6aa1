/**
 * Running a cohort: {@link de.lagebild.batch.BatchRun} analyses every municipality of a
 * {@link de.lagebild.project.Cohort} in parallel, each written into its own output folder all at
 * once and each failure isolated to its municipality, skips municipalities whose inputs and
 * settings are unchanged since their last run (by a fingerprint of input bytes, settings and
 * Lagebild version), and then writes the comparison report. What {@code lagebild batch} does.
 */
package de.lagebild.batch;
