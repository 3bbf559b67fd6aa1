/**
 * Statistical disclosure control of published counts: {@link de.lagebild.privacy.CellSuppression}
 * withholds counts resting on fewer cases (or respondents) than {@code report.min_cell}, and then
 * further counts, so that no withheld count can be recomputed from a published total.
 */
package de.lagebild.privacy;
