package de.lagebild.report;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import java.util.Map;

/**
 * A table cell of text in one font that is measured by OpenPDF once per format, not once per cell.
 *
 * <p>OpenPDF finds a cell's height by laying its text out in a {@code ColumnText}. The height of
 * text that fits on one line does not depend on the text: it is the padding, the font's ascender
 * (the cells use the ascender for the first line) and descender. So the first cell of a format
 * (font, size, paddings, leading) whose text fits on one line is measured by OpenPDF, and every
 * later one of the same format takes the bottom edge that OpenPDF gave the first: the same number,
 * not a computed one. A text that may not fit on one line (within half a point), a cell of another
 * kind, or a cell that is not where OpenPDF measures cells (top edge at 0) is measured by OpenPDF
 * as usual. Blank texts are a format of their own (their text is part of the key).
 *
 * <p>A cell must be put into a row as it is ({@link MeasuredTable#addRow}): {@code
 * PdfPTable.addCell} copies cells into plain {@link PdfPCell}s. The map of measured formats belongs
 * to one document (its fonts), so to one thread.
 */
final class OneLineCell extends PdfPCell {
    /** How much narrower than its column a text must be to count as one line for sure. */
    private static final float MARGIN = 0.5f;

    /** What the height of a one-line cell depends on; {@code text} only for blank texts. */
    record Format(BaseFont font, float size, int style, String text, float paddingTop, float paddingBottom,
            boolean ascender, boolean descender, float leading, float multipliedLeading) {
    }

    private final Map<Format, Float> bottoms;
    private final BaseFont font;
    private final float size;
    private final int style;
    private final String text;
    /** The width of the text, or infinity if it has a line break or tab (never measured here). */
    private final float width;

    /**
     * @param text    the cell's text
     * @param font    its font (with a {@link BaseFont})
     * @param bottoms the bottom edges measured so far, by format (of one document)
     */
    OneLineCell(String text, Font font, Map<Format, Float> bottoms) {
        super(new Phrase(text, font));
        this.bottoms = bottoms;
        this.font = font.getBaseFont();
        this.size = font.getSize();
        this.style = font.getStyle();
        this.text = text;
        boolean plain = this.font != null && text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                && text.indexOf('\t') < 0;
        this.width = plain ? this.font.getWidthPoint(text, size) : Float.POSITIVE_INFINITY;
    }

    @Override
    public float getMaxHeight() {
        if (width == Float.POSITIVE_INFINITY || getTop() != 0 || getRotation() != 0 || getImage() != null
                || hasFixedHeight() || getCellEvent() != null) {
            return super.getMaxHeight();
        }
        float room = getRight() - getEffectivePaddingRight() - (getLeft() + getEffectivePaddingLeft());
        if (width > room - MARGIN) {
            return super.getMaxHeight();
        }
        Format f = new Format(font, size, style, text.isBlank() ? text : null, getEffectivePaddingTop(),
                getEffectivePaddingBottom(), isUseAscender(), isUseDescender(), getLeading(),
                getMultipliedLeading());
        Float bottom = bottoms.get(f);
        if (bottom == null) {
            float height = super.getMaxHeight();
            bottoms.put(f, getBottom());
            return height;
        }
        // the rest of PdfPCell.getMaxHeight, with the bottom edge OpenPDF gave a cell of this format
        setBottom(bottom);
        float height = getHeight();
        if (height < getMinimumHeight()) {
            height = getMinimumHeight();
        }
        return height;
    }
}
