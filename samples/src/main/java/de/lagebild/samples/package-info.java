/**
 * The synthetic sample data of Lagebild: {@code MusterstadtGenerator} writes the sample
 * municipality Musterstadt and the cohort "Städtebund" (project files, survey, codebook, margins,
 * PKS and BKA tables, Ordnungswidrigkeiten, population), from fixed seeds always the same bytes.
 * Not a library: the classes are the generator's parts and may change with the samples.
 */
package de.lagebild.samples;
