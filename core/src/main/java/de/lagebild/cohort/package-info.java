/**
 * Comparing the municipalities of a cohort: rankings that show their uncertainty.
 */
package de.lagebild.cohort;
