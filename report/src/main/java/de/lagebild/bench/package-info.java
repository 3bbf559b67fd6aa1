/**
 * The benchmark behind {@code lagebild bench}: {@link de.lagebild.bench.Bench} generates seeded
 * synthetic surveys and municipalities of a chosen size and times import, weighting, estimation
 * (linearization and JKn), report rendering and a whole cohort run; optionally it times R's
 * {@code survey} package on the same data for comparison (R is never a build dependency).
 * docs/benchmarks.md reports the figures.
 */
package de.lagebild.bench;
