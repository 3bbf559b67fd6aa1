package de.lagebild.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.Map;

/**
 * A table cell of text in one font that OpenPDF measures once per format, not once per cell, and
 * that may draw its text itself.
 *
 * <p><b>Measuring.</b> OpenPDF finds a cell's height by laying its text out in a {@code
 * ColumnText}. The height of text that fits on one line does not depend on the text: it is the
 * padding, the font's ascender (the cells use the ascender for the first line) and descender. So
 * the first cell of a format (font, size, paddings, leading) whose text fits on one line is
 * measured by OpenPDF, and every later one of the same format takes the bottom edge that OpenPDF
 * gave the first: the same number, not a computed one. A text that may not fit on one line (within
 * half a point), a cell of another kind, or a cell that is not where OpenPDF measures cells (top
 * edge at 0) is measured by OpenPDF as usual. Blank texts are a format of their own (their text is
 * part of the key).
 *
 * <p><b>Drawing.</b> OpenPDF draws a cell's text by laying it out once more in a {@code ColumnText}.
 * A cell that {@linkplain #drawDirectly() may draw directly} and whose text fits on one line leaves
 * its column empty for OpenPDF and draws the text in its cell event, with the operators and numbers
 * that {@code ColumnText} and {@code PdfDocument.writeLineToContent} write for one line of one chunk
 * in OpenPDF 2.0.5 (the same bytes: {@code BT}, text matrix, font, colour, {@code Tj}, colour reset,
 * {@code ET} into the table's text canvas), and the same arithmetic for the position: the left
 * edge, or for right alignment the left edge plus the room left after subtracting each glyph's
 * width in turn, and the top of the text less the font's ascender. Should the text not fit at
 * drawing time, the cell draws it with OpenPDF's {@code ColumnText} after all. As OpenPDF does, it
 * leaves out trailing spaces, and draws a blank text as an empty string at the left edge. Cells of
 * other alignments, fonts or settings ({@link #drawable()}) are left to OpenPDF.
 *
 * <p>A cell must be put into a row as it is ({@link MeasuredTable#addRow}): {@code
 * PdfPTable.addCell} copies cells into plain {@link PdfPCell}s (which measure as usual and, as the
 * copy is made before a cell decides to draw directly, draw as usual). The map of measured formats
 * belongs to one document (its fonts), so to one thread.
 */
final class OneLineCell extends PdfPCell implements PdfPCellEvent {
    /** How much narrower than its column a text must be to count as one line for sure. */
    private static final float MARGIN = 0.5f;

    /** What the height of a one-line cell depends on; {@code text} only for blank texts. */
    record Format(BaseFont font, float size, int style, String text, float paddingTop, float paddingBottom,
            boolean ascender, boolean descender, float leading, float multipliedLeading) {
    }

    private final Map<Format, Float> bottoms;
    private final Phrase phrase;
    private final BaseFont font;
    private final float size;
    private final int style;
    private final Color color;
    private final String text;
    /** The text as OpenPDF draws it: without trailing spaces. */
    private final String shown;
    /** The width of the text, or infinity if it has a line break or tab (never measured here). */
    private final float width;
    /** Whether the text is plain enough to be drawn directly (see {@link #drawable}). */
    private final boolean plainText;
    /** Whether this cell may draw its text itself; whether it does (its column is then empty). */
    private boolean mayDraw;
    private boolean drawing;
    /** The column with the text, kept while the cell's own column is empty. */
    private ColumnText textColumn;

    /**
     * @param text    the cell's text
     * @param font    its font (with a {@link BaseFont})
     * @param bottoms the bottom edges measured so far, by format (of one document)
     */
    OneLineCell(String text, Font font, Map<Format, Float> bottoms) {
        this(new Phrase(text, font), text, font, bottoms);
    }

    private OneLineCell(Phrase phrase, String text, Font font, Map<Format, Float> bottoms) {
        super(phrase);
        this.phrase = phrase;
        this.bottoms = bottoms;
        this.font = font.getBaseFont();
        this.size = font.getSize();
        this.style = font.getStyle();
        this.color = font.getColor();
        this.text = text;
        boolean plain = this.font != null && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                && text.indexOf('\t') < 0;
        this.width = plain ? this.font.getWidthPoint(text, size) : Float.POSITIVE_INFINITY;
        this.plainText = plain && !text.isEmpty() && printable(text);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) <= ' ') {
            end--; // BidiLine.getParagraph trims "whitespace" (c <= ' ') at the end
        }
        this.shown = text.substring(0, end);
    }

    /** No character that OpenPDF skips or treats specially when it lays out a line. */
    private static boolean printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) || Character.isISOControl(c) || (c >= 0x200b && c <= 0x200f)
                    || (c >= 0x202a && c <= 0x202e)) {
                return false;
            }
        }
        return true;
    }

    /** Lets the cell draw its text itself when it fits on one line (call before the cell is measured). */
    OneLineCell drawDirectly() {
        mayDraw = true;
        return this;
    }

    /** Whether the cell's settings are those the direct drawing reproduces. */
    private boolean drawable() {
        int h = getHorizontalAlignment();
        int v = getVerticalAlignment();
        int run = getRunDirection();
        return mayDraw && plainText && style == Font.NORMAL && color != null && isUseAscender()
                && (h == Element.ALIGN_LEFT || h == Element.ALIGN_RIGHT)
                && (v == Element.ALIGN_TOP || v == Element.ALIGN_BOTTOM) && !isNoWrap() && getIndent() == 0
                && getFollowingIndent() == 0 && getRightIndent() == 0
                && (run == PdfWriter.RUN_DIRECTION_DEFAULT || run == PdfWriter.RUN_DIRECTION_NO_BIDI)
                && font.getFontDescriptor(BaseFont.ASCENT, size) > 0;
    }

    @Override
    public float getMaxHeight() {
        PdfPCellEvent event = getCellEvent();
        if (width == Float.POSITIVE_INFINITY || getTop() != 0 || getRotation() != 0 || getImage() != null
                || hasFixedHeight() || (event != null && event != this)) {
            return measuredByOpenPdf();
        }
        float room = getRight() - getEffectivePaddingRight() - (getLeft() + getEffectivePaddingLeft());
        if (width > room - MARGIN) {
            return measuredByOpenPdf();
        }
        Format f = new Format(font, size, style, text.isBlank() ? text : null, getEffectivePaddingTop(),
                getEffectivePaddingBottom(), isUseAscender(), isUseDescender(), getLeading(),
                getMultipliedLeading());
        Float bottom = bottoms.get(f);
        float height;
        if (bottom == null) {
            height = measuredByOpenPdf();
            bottoms.put(f, getBottom());
        } else {
            // the rest of PdfPCell.getMaxHeight, with the bottom edge OpenPDF gave a cell of this format
            setBottom(bottom);
            height = getHeight();
            if (height < getMinimumHeight()) {
                height = getMinimumHeight();
            }
        }
        if (drawable()) {
            startDrawing();
        }
        return height;
    }

    private float measuredByOpenPdf() {
        stopDrawing();
        return super.getMaxHeight();
    }

    /** The text leaves the column (OpenPDF then draws nothing) for the cell event. */
    private void startDrawing() {
        if (!drawing) {
            textColumn = ColumnText.duplicate(getColumn());
            setPhrase(null);
            setCellEvent(this);
            drawing = true;
        }
    }

    private void stopDrawing() {
        if (drawing) {
            setCellEvent(null);
            setPhrase(phrase);
            textColumn = null;
            drawing = false;
        }
    }

    /**
     * Draws the text as {@code PdfPRow.writeCells} and {@code ColumnText} would: {@code position} is
     * the cell's rectangle in the row, {@code cell} this cell or OpenPDF's copy of it.
     */
    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        if (!drawing) {
            return;
        }
        float padTop = cell.getEffectivePaddingTop();
        float tly = position.getTop() - padTop;
        if (cell.getVerticalAlignment() == Element.ALIGN_BOTTOM) {
            tly = position.getBottom() + cell.getHeight() - padTop;
        }
        float leftLimit = position.getLeft() + cell.getEffectivePaddingLeft();
        float rightLimit = position.getRight() - cell.getEffectivePaddingRight();
        float room = rightLimit - leftLimit;
        for (int i = 0; i < shown.length(); i++) {
            float w = font.getWidthPoint(shown.charAt(i), size) * 1f;
            if (room - w < 0) {
                drawWithOpenPdf(cell, position, canvases, tly, leftLimit, rightLimit);
                return;
            }
            room -= w;
        }
        // a blank text is an empty line of no width: at the left edge, whatever the alignment
        float x = leftLimit + (getHorizontalAlignment() == Element.ALIGN_RIGHT && !shown.isEmpty() ? room : 0f);
        float y = tly - Math.max(0, font.getFontDescriptor(BaseFont.ASCENT, size));
        PdfContentByte cb = canvases[PdfPTable.TEXTCANVAS];
        cb.beginText();
        cb.setTextMatrix(x, y);
        cb.setFontAndSize(font, size);
        cb.setColorFill(color);
        cb.showText(shown);
        cb.resetRGBColorFill();
        cb.endText();
    }

    private void drawWithOpenPdf(PdfPCell cell, Rectangle position, PdfContentByte[] canvases, float tly,
            float leftLimit, float rightLimit) {
        float bry = tly - (position.getHeight() - cell.getEffectivePaddingTop() - cell.getEffectivePaddingBottom());
        ColumnText ct = ColumnText.duplicate(textColumn);
        ct.setCanvases(canvases);
        ct.setSimpleColumn(leftLimit, bry - 0.001f, rightLimit, tly);
        try {
            ct.go();
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
