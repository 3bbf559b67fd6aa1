/**
 * The citizen survey: reading responses with a codebook, the sampling design, weighting to the
 * population (post-stratification, raking, linear and logit calibration with bounds, trimming) and
 * design-based estimation that equals R's {@code survey} package.
 */
package de.lagebild.survey;
