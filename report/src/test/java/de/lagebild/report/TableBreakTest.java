package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.project.Area;
import de.lagebild.project.Municipality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long tables break between pages so that no page holds fewer than three of their rows, the header
 * is repeated, and the notes stay with the last rows: for tables of many lengths starting at many
 * heights on a page.
 */
class TableBreakTest {
    static final ReportContext CTX = new ReportContext("Bericht", "", new Municipality("Teststadt", "14000001",
            List.of(new Area("Land", "14"))), LocalDate.of(2025, 6, 30), 5, "Lagebild test");

    static Report report(int before, int rows) {
        Chapter c = new Chapter() {
            @Override
            public String id() {
                return "lang";
            }

            @Override
            public String title() {
                return "Lange Tabelle";
            }

            @Override
            public void write(Content content) {
                for (int i = 0; i < before; i++) {
                    content.paragraph("Absatz " + i + ": Ein Absatz Text, der die Tabelle auf der Seite nach unten"
                            + " schiebt, damit sie in verschiedenen Höhen beginnt und an verschiedenen Stellen bricht.");
                }
                Table.Builder t = Table.builder("lang", "Eine lange Tabelle").columns(Table.text("zeile", "Zeile"),
                        Table.integer("wert", "Wert"));
                for (int r = 0; r < rows; r++) {
                    t.row(String.format(java.util.Locale.ROOT, "Zeile%03d", r), (long) r);
                }
                t.note("Eine Anmerkung zur Tabelle.");
                content.table(t.build());
            }
        };
        return Report.builder(CTX).add(c).build();
    }

    @Test
    void noPageHoldsFewerThanThreeRowsOfAContinuedTable() {
        int broken = 0;
        for (int before = 0; before <= 30; before += 3) {
            for (int rows : new int[] {6, 25, 38, 41, 44, 47, 52, 60, 90}) {
                Report r = report(before, rows);
                try (PdfInspect in = new PdfInspect(r.pdf())) {
                    List<Integer> perPage = new ArrayList<>();
                    int notesPage = -1;
                    int lastRowPage = -1;
                    int total = 0;
                    for (int p = 1; p <= in.pages(); p++) {
                        String t = in.text(p);
                        int n = 0;
                        for (int i = t.indexOf("Zeile0"); i >= 0; i = t.indexOf("Zeile0", i + 1)) {
                            n++;
                        }
                        if (n > 0) {
                            perPage.add(n);
                            assertTrue(t.contains("Zeile Wert") || t.contains("ZeileWert"),
                                    "the header is repeated on page " + p);
                        }
                        if (t.contains(String.format(java.util.Locale.ROOT, "Zeile%03d", rows - 1))) {
                            lastRowPage = p;
                        }
                        if (t.contains("Eine Anmerkung zur Tabelle.")) {
                            notesPage = p;
                        }
                        total += n;
                    }
                    assertEquals(rows, total, "every row printed once (before " + before + ", rows " + rows + ")");
                    if (perPage.size() > 1) {
                        broken++;
                        for (int n : perPage) {
                            assertTrue(n >= 3, "a page with " + n + " rows: " + perPage + " (before " + before
                                    + ", rows " + rows + ")");
                        }
                    }
                    assertEquals(lastRowPage, notesPage, "the notes stay with the last rows: " + perPage
                            + " (before " + before + ", rows " + rows + ")");
                }
            }
        }
        assertTrue(broken > 30, "tables that break: " + broken);
    }
}
