package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** German formats, independent of the default locale (the build runs tests under tr_TR). */
class FmtTest {
    @Test
    void numbers() {
        assertEquals("1.234,5", Fmt.number(1234.5, 1));
        assertEquals("1.234.568", Fmt.number(1234567.8, 0));
        assertEquals("999", Fmt.number(999.4, 0));
        assertEquals("0,0", Fmt.number(-0.01, 1), "no negative zero");
        assertEquals("-12,35", Fmt.number(-12.345, 2));
        assertEquals("1.500", Fmt.integer(1500));
    }

    @Test
    void roundingIsHalfUpOnTheExactValue() {
        assertEquals("0,13", Fmt.number(0.125, 2), "0.125 is exact in binary: half up");
        assertEquals("2,67", Fmt.number(2.675, 2), "the double 2.675 is 2.67499... and rounds down");
    }

    @Test
    void percentsRangesAndPValues() {
        assertEquals("51,9\u00A0%", Fmt.percent(0.519, 1));
        assertEquals("52\u00A0%", Fmt.percent(0.5196, 0));
        assertEquals("49\u201354\u00A0%", Fmt.percentRange(0.4948, 0.5444, 0));
        assertEquals("<\u00A00,001", Fmt.pValue(2e-7));
        assertEquals("0,034", Fmt.pValue(0.0341));
        assertEquals("<0.001", Fmt.pValuePlain(2e-7));
        assertEquals("95", Fmt.level(0.95));
        assertEquals("99,5", Fmt.level(0.995));
    }

    @Test
    void dates() {
        assertEquals("30.06.2025", Fmt.date(LocalDate.of(2025, 6, 30)));
        assertEquals("01.01.2026", Fmt.date(LocalDate.of(2026, 1, 1)));
    }
}
