package de.lagebild.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.privacy.CellSuppression.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {

    @Test
    void smallCountsAreWithheldZeroAndLargeOnesAreNot() {
        assertFalse(CellSuppression.small(0, 5), "0 describes nobody");
        assertTrue(CellSuppression.small(1, 5));
        assertTrue(CellSuppression.small(4, 5));
        assertFalse(CellSuppression.small(5, 5));
        assertFalse(CellSuppression.small(3, 0), "min_cell 0 withholds nothing");
        CellSuppression<String> s = CellSuppression.<String>builder(5).count("a", 0).count("b", 4).count("c", 5)
                .build();
        assertFalse(s.suppressed("a"));
        assertEquals(Reason.SMALL, s.reason("b"));
        assertNull(s.reason("c"));
        assertFalse(s.suppressed("not registered"));
    }

    @Test
    void oneWithheldCountInARowWithATotalWithholdsTheNextSmallest() {
        CellSuppression<String> s = row(5, new long[] {41, 3, 27, 12}, 83);
        assertEquals(Reason.SMALL, s.reason("p1"));
        assertEquals(Reason.COMPLEMENTARY, s.reason("p3"), "12 is the smallest other part");
        assertFalse(s.suppressed("p0"));
        assertFalse(s.suppressed("p2"));
        assertFalse(s.suppressed("total"));
    }

    @Test
    void twoWithheldCountsNeedNoMore() {
        CellSuppression<String> s = row(5, new long[] {41, 3, 27, 2}, 73);
        assertEquals(2, s.withheld().size());
        assertEquals(0, s.count(Reason.COMPLEMENTARY));
    }

    @Test
    void zeroPartsAreChosenOnlyWhenNothingElseIsLeft() {
        CellSuppression<String> s = row(5, new long[] {0, 3, 30}, 33);
        assertEquals(Reason.COMPLEMENTARY, s.reason("p2"), "a known zero protects little: 30 is chosen");
        assertFalse(s.suppressed("p0"));
        CellSuppression<String> z = row(5, new long[] {0, 3}, 3);
        // total 3 is small itself: two withheld, nothing to add
        assertTrue(z.suppressed("total"));
        assertFalse(z.suppressed("p0"));
    }

    @Test
    void whenNoPartIsLeftTheTotalIsWithheld() {
        CellSuppression<String> s = CellSuppression.<String>builder(5).count("only", 3).count("total", 3)
                .sum("total", List.of("only")).build();
        assertTrue(s.suppressed("total"));
        CellSuppression<String> t = CellSuppression.<String>builder(5).count("a", 2).count("b", 7).count("total", 9)
                .withhold("b").sum("total", List.of("a", "b")).build();
        assertFalse(t.suppressed("total"), "two parts are withheld already");
    }

    @Test
    void tiesTakeTheFirstGiven() {
        CellSuppression<String> s = row(5, new long[] {9, 2, 9}, 20);
        assertEquals(Reason.COMPLEMENTARY, s.reason("p0"));
        assertFalse(s.suppressed("p2"));
    }

    @Test
    void unpublishedPartsCountAsWithheld() {
        CellSuppression<String> s = CellSuppression.<String>builder(5).count("a", 3).count("b", 30).count("total", 40)
                .sum("total", List.of("a", "b", "unknown")).build();
        assertFalse(s.suppressed("b"), "the unknown part already hides a");
    }

    /** A 3 x 3 table with row and column totals: protecting a row makes a column need protection. */
    @Test
    void rowsAndColumnsAreCheckedUntilNothingChanges() {
        long[][] v = {{20, 3, 15}, {18, 30, 25}, {40, 22, 16}};
        CellSuppression<String> s = grid(5, v);
        assertEquals(Reason.SMALL, s.reason("r0c1"));
        assertEquals(Reason.COMPLEMENTARY, s.reason("r0c2"), "row 0: 15 is the next smallest");
        // column 1: r0c1 withheld -> the smallest other part of column 1 (22)
        assertEquals(Reason.COMPLEMENTARY, s.reason("r2c1"));
        // column 2: r0c2 withheld -> 16; row 2 then has r2c1 and r2c2 withheld: two, enough
        assertEquals(Reason.COMPLEMENTARY, s.reason("r2c2"));
        assertNoLineWithOneWithheld(s, v.length, v[0].length);
    }

    /** On random tables, no row or column ever has exactly one withheld count. */
    @Test
    void randomTablesNeverLeaveARecomputableCount() {
        SplittableRandom rnd = new SplittableRandom(20250630);
        for (int t = 0; t < 500; t++) {
            int nr = 1 + rnd.nextInt(6);
            int nc = 1 + rnd.nextInt(6);
            long[][] v = new long[nr][nc];
            for (int r = 0; r < nr; r++) {
                for (int c = 0; c < nc; c++) {
                    v[r][c] = rnd.nextInt(10) == 0 ? 0 : rnd.nextInt(1, 40);
                }
            }
            CellSuppression<String> s = grid(5, v);
            assertNoLineWithOneWithheld(s, nr, nc);
            for (Map.Entry<String, Long> e : s.counts().entrySet()) {
                if (CellSuppression.small(e.getValue(), 5)) {
                    assertEquals(Reason.SMALL, s.reason(e.getKey()));
                }
            }
            // the same inputs give the same result
            assertEquals(s.withheld(), grid(5, v).withheld());
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CellSuppression.builder(-1));
        assertThrows(IllegalArgumentException.class, () -> CellSuppression.<String>builder(5).count("a", -1));
        assertThrows(IllegalArgumentException.class, () -> CellSuppression.<String>builder(5).count("a", 1)
                .count("a", 2));
        assertThrows(IllegalArgumentException.class, () -> CellSuppression.<String>builder(5).sum("t", List.of()));
        CellSuppression.<String>builder(5).count("a", 1).count("a", 1).build(); // the same count twice is fine
    }

    private static CellSuppression<String> row(int min, long[] parts, long total) {
        CellSuppression.Builder<String> b = CellSuppression.builder(min);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            b.count("p" + i, parts[i]);
            keys.add("p" + i);
        }
        return b.count("total", total).sum("total", keys).build();
    }

    /** A table with row totals, column totals and the grand total. */
    private static CellSuppression<String> grid(int min, long[][] v) {
        int nr = v.length;
        int nc = v[0].length;
        CellSuppression.Builder<String> b = CellSuppression.builder(min);
        long grand = 0;
        long[] colSum = new long[nc];
        for (int r = 0; r < nr; r++) {
            long rs = 0;
            List<String> row = new ArrayList<>();
            for (int c = 0; c < nc; c++) {
                b.count("r" + r + "c" + c, v[r][c]);
                row.add("r" + r + "c" + c);
                rs += v[r][c];
                colSum[c] += v[r][c];
            }
            b.count("r" + r + "T", rs).sum("r" + r + "T", row);
            grand += rs;
        }
        List<String> totals = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            List<String> col = new ArrayList<>();
            for (int r = 0; r < nr; r++) {
                col.add("r" + r + "c" + c);
            }
            b.count("Tc" + c, colSum[c]).sum("Tc" + c, col);
            totals.add("Tc" + c);
        }
        List<String> rowTotals = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            rowTotals.add("r" + r + "T");
        }
        b.count("TT", grand).sum("TT", totals).sum("TT", rowTotals);
        return b.build();
    }

    private static void assertNoLineWithOneWithheld(CellSuppression<String> s, int nr, int nc) {
        for (int r = 0; r < nr; r++) {
            int n = s.suppressed("r" + r + "T") ? 1 : 0;
            for (int c = 0; c < nc; c++) {
                n += s.suppressed("r" + r + "c" + c) ? 1 : 0;
            }
            assertTrue(n != 1, "row " + r + " has one withheld count: " + s.withheld());
        }
        for (int c = 0; c < nc; c++) {
            int n = s.suppressed("Tc" + c) ? 1 : 0;
            for (int r = 0; r < nr; r++) {
                n += s.suppressed("r" + r + "c" + c) ? 1 : 0;
            }
            assertTrue(n != 1, "column " + c + " has one withheld count: " + s.withheld());
        }
    }
}
