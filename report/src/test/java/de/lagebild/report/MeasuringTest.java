package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of table layout give what OpenPDF gives: a {@link OneLineCell} is exactly as high
 * as OpenPDF measures the same cell, and a {@link MeasuredTable} measures its rows again when its
 * widths change.
 */
class MeasuringTest {
    static final float[] WIDTHS = {90, 45, 120};
    static final Fonts.Set FONTS = Fonts.forDocument();

    /** Texts short and long, blank, with and without places to break, near a column's width. */
    static List<String> texts() {
        List<String> out = new ArrayList<>(List.of("", " ", "  ", "\u00A0", "1", "12.345", "Gesamt ", " Gesamt",
                "a b  ", "\u2013", "<\u00A00,001",
                "49,5\u201354,4", "Altstadt", "Gesamt", "Rauschgift-Delikte insgesamt",
                "Eine lange Zeile Text, die in einer schmalen Spalte auf mehrere Zeilen umbricht", "zwei\nZeilen"));
        for (int k = 1; k <= 40; k++) {
            out.add("Ab".repeat(k));
            out.add("ab cd ".repeat(k).trim());
            out.add("9".repeat(k));
        }
        return out;
    }

    static <C extends PdfPCell> C styled(C c, float pad, boolean right) {
        c.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        c.setBorder(PdfPCell.BOTTOM);
        c.setPaddingTop(pad - 1);
        c.setPaddingBottom(pad + 0.5f);
        c.setPaddingLeft(4);
        c.setPaddingRight(4);
        c.setUseAscender(true);
        c.setUseDescender(true);
        return c;
    }

    @Test
    void aOneLineCellIsAsHighAsOpenPdfMeasuresIt() {
        Map<OneLineCell.Format, Float> bottoms = new HashMap<>();
        List<Font> fonts = List.of(FONTS.font(8.5f, false, Color.BLACK), FONTS.font(8.5f, true, Color.BLACK),
                FONTS.font(10, false, Color.BLACK));
        int rows = 0;
        for (Font f : fonts) {
            for (float pad : new float[] {3f, 3.5f}) {
                MeasuredTable fast = new MeasuredTable(WIDTHS);
                fast.setTotalWidth(sum(WIDTHS));
                fast.setLockedWidth(true);
                PdfPTable plain = new PdfPTable(WIDTHS);
                plain.setTotalWidth(sum(WIDTHS));
                plain.setLockedWidth(true);
                for (String s : texts()) {
                    PdfPCell[] cells = new PdfPCell[WIDTHS.length];
                    for (int c = 0; c < cells.length; c++) {
                        cells[c] = styled(new OneLineCell(s, f, bottoms), pad, c > 0);
                        plain.addCell(styled(new PdfPCell(new Phrase(s, f)), pad, c > 0));
                    }
                    fast.addRow(cells);
                    rows++;
                }
                for (int r = 0; r < fast.size(); r++) {
                    PdfPCell[] a = fast.getRow(r).getCells();
                    PdfPCell[] b = plain.getRow(r).getCells();
                    for (int c = 0; c < a.length; c++) {
                        assertEquals(b[c].getBottom(), a[c].getBottom(), 0f, "row " + r + ", column " + c);
                    }
                    assertEquals(plain.getRowHeight(r), fast.getRowHeight(r), 0f, "row " + r);
                }
                assertEquals(plain.getTotalHeight(), fast.getTotalHeight(), 0f);
            }
        }
        assertTrue(rows > 500, "rows: " + rows);
        assertTrue(!bottoms.isEmpty() && bottoms.size() < 30, "formats measured: " + bottoms.size());
    }

    /** Texts about as wide as their column, which is made wider in small steps. */
    @Test
    void aOneLineCellAtTheEdgeOfItsColumnIsAsHighAsOpenPdfMeasuresIt() {
        Map<OneLineCell.Format, Float> bottoms = new HashMap<>();
        Font f = FONTS.font(8.5f, false, Color.BLACK);
        List<String> texts = List.of("Bahnhofsviertel", "95-%-KI in %", "Straßenkriminalität", "Gesamt 12.345");
        for (float w = 50; w < 110; w += 0.05f) {
            float[] widths = {w, 20};
            MeasuredTable fast = new MeasuredTable(widths);
            fast.setTotalWidth(w + 20);
            fast.setLockedWidth(true);
            PdfPTable plain = new PdfPTable(widths);
            plain.setTotalWidth(w + 20);
            plain.setLockedWidth(true);
            for (String s : texts) {
                fast.addRow(styled(new OneLineCell(s, f, bottoms), 3, false),
                        styled(new OneLineCell("1", f, bottoms), 3, true));
                plain.addCell(styled(new PdfPCell(new Phrase(s, f)), 3, false));
                plain.addCell(styled(new PdfPCell(new Phrase("1", f)), 3, true));
            }
            for (int r = 0; r < fast.size(); r++) {
                assertEquals(plain.getRowHeight(r), fast.getRowHeight(r), 0f, texts.get(r) + " in " + w + " pt");
            }
        }
    }

    /**
     * A table whose one-line cells draw their text themselves writes the same page content, byte for
     * byte, as the same table drawn by OpenPDF: texts of every kind, left and right aligned, header
     * cells aligned to the bottom, regular and bold, in colour, over several pages.
     */
    @Test
    void aCellThatDrawsItsTextWritesWhatOpenPdfWrites() throws Exception {
        List<String> direct = pages(true);
        List<String> plain = pages(false);
        assertTrue(plain.size() > 2, "pages: " + plain.size());
        assertEquals(plain, direct);
    }

    /** The content of every page of a long table, its one-line cells drawing directly or not. */
    static List<String> pages(boolean direct) throws Exception {
        Fonts.Set fonts = Fonts.forDocument();
        Map<OneLineCell.Format, Float> bottoms = new HashMap<>();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document doc = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4, 70, 56, 68, 62);
        com.lowagie.text.pdf.PdfWriter.getInstance(doc, out);
        doc.open();
        MeasuredTable t = new MeasuredTable(WIDTHS);
        t.setTotalWidth(sum(WIDTHS));
        t.setLockedWidth(true);
        t.setHeaderRows(1);
        Font head = fonts.font(8.5f, true, new Color(0x22, 0x22, 0x22));
        PdfPCell[] header = new PdfPCell[WIDTHS.length];
        String[] heads = {"Ortsteil", "Befragte (n)", "Anteil in\u00A0% mit einer \u00DCberschrift, die umbricht"};
        for (int c = 0; c < header.length; c++) {
            OneLineCell cell = styled(new OneLineCell(heads[c], head, bottoms), 3.5f, c > 0);
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            header[c] = direct ? cell.drawDirectly() : cell;
        }
        t.addRow(header);
        List<String> texts = texts();
        for (int r = 0; r < texts.size(); r++) {
            Font f = fonts.font(8.5f, r % 7 == 0, r % 3 == 0 ? new Color(0x1f, 0x5a, 0x8a) : Color.DARK_GRAY);
            PdfPCell[] cells = new PdfPCell[WIDTHS.length];
            for (int c = 0; c < cells.length; c++) {
                String s = texts.get((r + c) % texts.size());
                OneLineCell cell = styled(new OneLineCell(s.isEmpty() ? " " : s, f, bottoms), 3f, c > 0);
                cells[c] = direct ? cell.drawDirectly() : cell;
            }
            t.addRow(cells);
        }
        doc.add(t);
        doc.close();
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(out.toByteArray());
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            pages.add(new String(reader.getPageContent(p), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        reader.close();
        return pages;
    }

    @Test
    void aMeasuredTableMeasuresAgainWhenItsWidthsChange() {
        Font f = FONTS.font(8.5f, false, Color.BLACK);
        String s = "Eine lange Zeile Text, die in einer schmalen Spalte auf mehrere Zeilen umbricht";
        MeasuredTable t = new MeasuredTable(WIDTHS);
        t.setTotalWidth(sum(WIDTHS));
        t.setLockedWidth(true);
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < WIDTHS.length; c++) {
                t.addCell(styled(new PdfPCell(new Phrase(s, f)), 3, false));
            }
        }
        float wide = t.getTotalHeight();
        assertEquals(wide, t.calculateHeights(true), 0f, "measured once, the same heights");
        t.setTotalWidth(sum(WIDTHS) / 2);
        PdfPTable narrow = new PdfPTable(WIDTHS);
        narrow.setTotalWidth(sum(WIDTHS) / 2);
        narrow.setLockedWidth(true);
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < WIDTHS.length; c++) {
                narrow.addCell(styled(new PdfPCell(new Phrase(s, f)), 3, false));
            }
        }
        assertTrue(t.getTotalHeight() > wide, "narrower columns, more lines");
        assertEquals(narrow.getTotalHeight(), t.getTotalHeight(), 0f);
        assertEquals(narrow.getTotalHeight(), t.calculateHeights(true), 0f);

        // a page of the table: its rows as measured, its height theirs
        List<PdfPRow> some = List.of(t.getRow(0), t.getRow(2), t.getRow(3));
        MeasuredTable part = MeasuredTable.of(t, some);
        float sum = 0;
        for (PdfPRow row : some) {
            sum += row.getMaxHeights();
        }
        assertEquals(sum, part.getTotalHeight(), 0f);
        assertEquals(sum, part.calculateHeights(true), 0f);
    }

    static float sum(float[] v) {
        float s = 0;
        for (float x : v) {
            s += x;
        }
        return s;
    }
}
