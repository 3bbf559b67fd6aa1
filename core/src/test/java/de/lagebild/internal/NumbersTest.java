package de.lagebild.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Locale-free number parsing: plain, German and English notation. */
class NumbersTest {

    private static void nan(double v, String what) {
        assertTrue(Double.isNaN(v), what + " must not be a number, got " + v);
    }

    @Test
    void parsePlain() {
        assertEquals(1234.5, Numbers.parsePlain(" 1234.5 "));
        assertEquals(-0.25, Numbers.parsePlain("-.25"));
        assertEquals(3, Numbers.parsePlain("+3"));
        assertEquals(1.5e-7, Numbers.parsePlain("1.5e-7"));
        assertEquals(2e10, Numbers.parsePlain("2E10"));
        for (String s : new String[] {"", "  ", "NaN", "Infinity", "-Infinity", "0x10", "1d", "2f", "1e", "1,5", "abc",
            "1.2.3", "--1", "e5", ".", "-"}) {
            nan(Numbers.parsePlain(s), "\"" + s + "\"");
        }
    }

    @Test
    void parseGerman() {
        assertEquals(1234.5, Numbers.parseGerman("1.234,5", false));
        assertEquals(1234.5, Numbers.parseGerman("1.234,5", true));
        assertEquals(-1234567.89, Numbers.parseGerman("-1.234.567,89", false));
        assertEquals(1.5, Numbers.parseGerman("1,5", false));
        assertEquals(0.5, Numbers.parseGerman(",5", false));
        assertEquals(1234.5, Numbers.parseGerman("1 234,5", false));
        assertEquals(1234.5, Numbers.parseGerman("1\u00A0234,5", false));
        assertEquals(1234, Numbers.parseGerman("1.234", true), "a grouping dot when asked for");
        assertEquals(1.234, Numbers.parseGerman("1.234", false), "a decimal dot otherwise");
        assertEquals(1234567, Numbers.parseGerman("1.234.567", true));
        assertEquals(12.5, Numbers.parseGerman("12.5", true), "not groups of three: a decimal dot");
        assertEquals(1234.56, Numbers.parseGerman("1234.56", true));
        assertEquals(1234567, Numbers.parseGerman("1,234,567", false), "several commas: English grouping");
        assertEquals(1234.5, Numbers.parseGerman("1,234.5", false), "dot after comma: English");
        assertEquals(42, Numbers.parseGerman("42", true));
        assertEquals(-7, Numbers.parseGerman("-7", false));
        for (String s : new String[] {"", " ", "abc", "1,2,3", "1,2,3,", "12,34,5", "1.23,4", "12.3456,7", "1,23.4",
            "NaN", "1.234.567", "12,5 %"}) {
            if (s.equals("1.234.567")) {
                nan(Numbers.parseGerman(s, false), "\"" + s + "\" without grouping dots");
            } else {
                nan(Numbers.parseGerman(s, true), "\"" + s + "\"");
            }
        }
    }

    @Test
    void parseEnglish() {
        assertEquals(9677, Numbers.parseEnglish("9,677"));
        assertEquals(7.9, Numbers.parseEnglish("7.9"));
        assertEquals(1234567.25, Numbers.parseEnglish("1,234,567.25"));
        assertEquals(-1234, Numbers.parseEnglish(" -1,234 "));
        assertEquals(12, Numbers.parseEnglish("12"));
        for (String s : new String[] {"1,23", "1,2345", "12,34,567", ",123", "", "x", "1.234,5"}) {
            nan(Numbers.parseEnglish(s), "\"" + s + "\"");
        }
    }
}
