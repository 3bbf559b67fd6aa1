package de.lagebild.crime;

/** How decimal numbers are written in a file. Counts accept thousands separators of either style. */
public enum NumberStyle {
    /** Decided per file from the cells that are unambiguous; see the data-format documentation. */
    AUTO,
    /** {@code 3.661} and {@code 61,3}: {@code .} groups thousands, {@code ,} is the decimal point. */
    GERMAN,
    /** {@code 3,661} and {@code 61.3}, as in the BKA's tables. */
    ENGLISH
}
