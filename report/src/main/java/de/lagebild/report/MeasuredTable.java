package de.lagebild.report;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link PdfPTable} whose rows are measured once.
 *
 * <p>OpenPDF measures a row (lays out the text of every cell in a {@code ColumnText}) when the row
 * is complete in {@code addCell}, and again, for every row of the table, each time the table is
 * added to the document ({@code ColumnText.goComposite} calls {@code calculateHeights(true)} for a
 * table of locked width). The second measurement gives the same heights, as long as the column
 * widths are those the rows were measured with: this class skips it then, and measures again only
 * when the widths have changed or a row has not been measured. The tables of the report span no
 * rows ({@code rowspan} 1), so OpenPDF's redistribution of row-spanning heights, which the skipped
 * call would also do, has nothing to do.
 */
final class MeasuredTable extends PdfPTable {
    /** The absolute column widths the rows were last measured with (null: not yet). */
    private float[] measuredWith;

    MeasuredTable(float[] relativeWidths) {
        super(relativeWidths);
    }

    MeasuredTable(int columns) {
        super(columns);
    }

    private MeasuredTable() {
        super();
    }

    /**
     * A table of the format (widths, header rows, spacing, alignment) of another and the given
     * rows, which are measured already with that table's widths: the page of a long table.
     */
    static MeasuredTable of(MeasuredTable format, List<PdfPRow> rows) {
        MeasuredTable t = new MeasuredTable();
        t.copyFormat(format);
        t.getRows().addAll(rows);
        t.measuredWith = t.getAbsoluteWidths().clone();
        t.calculateHeights(false); // the total height from the rows' heights
        return t;
    }

    /**
     * Adds a row of cells of one column each, as they are: what {@link #addCell(PdfPCell)} does for
     * such cells at the start of a row, but without copying them (so that a {@link OneLineCell}
     * stays one).
     */
    void addRow(PdfPCell... cells) {
        if (currentRowIdx != 0 || cells.length != getNumberOfColumns()) {
            throw new IllegalStateException("a row of " + getNumberOfColumns() + " cells, at the start of a row");
        }
        for (PdfPCell cell : cells) {
            if (cell.getColspan() != 1 || cell.getRowspan() != 1) {
                throw new IllegalArgumentException("cells of one row and one column only");
            }
            if (cell.getRunDirection() == PdfWriter.RUN_DIRECTION_DEFAULT) {
                cell.setRunDirection(runDirection);
            }
        }
        PdfPRow row = new PdfPRow(cells);
        if (getTotalWidth() > 0) {
            row.setWidths(getAbsoluteWidths());
            totalHeight += row.getMaxHeights();
        }
        getRows().add(row);
    }

    @Override
    public float calculateHeights(boolean firsttime) {
        float[] widths = getAbsoluteWidths();
        if (firsttime && measuredWith != null && Arrays.equals(measuredWith, widths) && allMeasured()) {
            return super.calculateHeights(false);
        }
        float h = super.calculateHeights(firsttime);
        if (firsttime && getTotalWidth() > 0) {
            measuredWith = widths.clone();
        }
        return h;
    }

    private boolean allMeasured() {
        for (PdfPRow row : getRows()) {
            if (row != null && !row.isCalculated()) {
                return false;
            }
        }
        return true;
    }
}
