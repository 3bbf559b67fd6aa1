package de.lagebild.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import de.lagebild.report.Block.Heading;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * Lays out a report on A4 pages with OpenPDF.
 *
 * <p>Layout runs once. What is known only at the end, the page of every heading and the page count,
 * is printed into placeholders ({@link PdfTemplate}s) that are filled when the document closes: the
 * page numbers of the table of contents, and "Seite 3 von 24" in every footer. A placeholder has the
 * size and baseline of the text it stands for, so the layout does not depend on what it will show.
 * The running header is drawn directly: a chapter starts on a new page, so when a page ends, the
 * chapter it belongs to is known.
 *
 * <p>The output is deterministic: creation and modification date are the report date at 00:00 UTC,
 * font subset tags are fixed ({@link Fonts}), and the file identifier, which OpenPDF draws from the
 * clock, is replaced by the MD5 of the file written with a zero identifier (the same length, so no
 * offset changes).
 */
final class PdfRenderer {
    static final float MM = 72f / 25.4f;
    private static final Rectangle PAGE = PageSize.A4;
    private static final float LEFT = 25 * MM;
    private static final float RIGHT = 20 * MM;
    private static final float TOP = 24 * MM;
    private static final float BOTTOM = 22 * MM;
    static final float TEXT_WIDTH = PAGE.getWidth() - LEFT - RIGHT;

    private static final float BODY = 10f;
    private static final float BODY_LEADING = 14.2f;
    private static final float SMALL = 8f;
    private static final float TABLE = 8.5f;
    private static final float TABLE_GAP = 5f;
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\u2013]+");
    private static final Pattern AFTER_HYPHEN = Pattern.compile("(?<=-)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The page number column of the table of contents, and the placeholder in it (a little narrower). */
    private static final float TOC_NUMBER_COLUMN = 10 * MM;
    private static final float TOC_NUMBER_W = TOC_NUMBER_COLUMN - 1;
    /** Where the baseline lies in the placeholder of a page number, above the descender. */
    private static final float TOC_NUMBER_BASE = 4;

    private final ReportContext ctx;
    private final List<Block> blocks;
    private final Map<String, Heading> headings = new HashMap<>();

    PdfRenderer(ReportContext ctx, List<Block> blocks) {
        this.ctx = ctx;
        this.blocks = blocks;
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                headings.put(h.anchor(), h);
            }
        }
    }

    /** Renders the report to PDF bytes. */
    byte[] render() {
        return withContentId(new Pass().run());
    }

    /**
     * Replaces the random file identifier ({@code /ID [<...><...>]} in the trailer) by the MD5 of
     * the file with the identifier zeroed.
     */
    static byte[] withContentId(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = s.lastIndexOf("/ID [<");
        if (at < 0) {
            return pdf;
        }
        int a = at + "/ID [<".length();
        int mid = s.indexOf("><", a);
        int end = s.indexOf(">]", mid);
        if (mid != a + 32 || end != mid + 2 + 32) {
            throw new IllegalStateException("unexpected file identifier in the PDF trailer");
        }
        byte[] out = pdf.clone();
        for (int i = a; i < a + 32; i++) {
            out[i] = '0';
        }
        for (int i = mid + 2; i < mid + 34; i++) {
            out[i] = '0';
        }
        byte[] md5;
        try {
            md5 = MessageDigest.getInstance("MD5").digest(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : md5) {
            hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
        }
        byte[] h = hex.toString().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(h, 0, out, a, 32);
        System.arraycopy(h, 0, out, mid + 2, 32);
        return out;
    }

    /** A placeholder for the page number of a heading in the table of contents. */
    private record TocNumber(String anchor, PdfTemplate template, Font font, float baseline) {
    }

    /** The layout of one document: a page event handler too (running header, footer, outline). */
    private final class Pass extends PdfPageEventHelper {
        /** The height of the footer placeholder and where its baseline lies in it. */
        private static final float FOOT_H = 12;
        private static final float FOOT_BASE = 4;
        private static final float FOOT_W = 60 * MM;

        final Fonts.Set fonts = Fonts.forDocument();
        final Map<String, Integer> pages = new LinkedHashMap<>();
        /** The placeholders of the footers' "Seite x von N", by page. */
        final Map<Integer, PdfTemplate> footers = new LinkedHashMap<>();
        final List<TocNumber> tocNumbers = new ArrayList<>();
        /** The bottom edges of one-line cells, by format ({@link OneLineCell}). */
        final Map<OneLineCell.Format, Float> oneLine = new HashMap<>();
        Document doc;
        PdfWriter writer;
        /** The chapter of the page being laid out, for the running header. */
        String chapter = "";
        PdfOutline level1;
        PdfOutline level2;
        int total;

        byte[] run() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
            doc = new Document(PAGE, LEFT, RIGHT, TOP, BOTTOM);
            try {
                writer = PdfWriter.getInstance(doc, out);
                writer.setPdfVersion(PdfWriter.VERSION_1_7);
                writer.setStrictImageSequence(true);
                writer.setPageEvent(this);
                writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
                doc.addTitle(ctx.title());
                doc.addAuthor("Lagebild");
                doc.addSubject("Kommunale Sicherheitsanalyse " + ctx.municipality().name()
                        + (ctx.subtitle().isEmpty() ? "" : ": " + ctx.subtitle()));
                doc.addKeywords("Sicherheitsanalyse, Lagebild, Sicherheitsgefühl, Bürgerbefragung, "
                        + ctx.municipality().name());
                doc.addCreator(ctx.generator());
                doc.addProducer(ctx.generator() + " (" + Document.getVersion() + ")");
                doc.setDocumentLanguage("de-DE");
                doc.open();
                PdfDate date = new PdfDate(String.format(java.util.Locale.ROOT, "D:%04d%02d%02d000000Z",
                        ctx.created().getYear(), ctx.created().getMonthValue(), ctx.created().getDayOfMonth()));
                writer.getInfo().put(PdfName.CREATIONDATE, date);
                writer.getInfo().put(PdfName.MODDATE, date);
                titlePage();
                doc.newPage();
                contents();
                for (int i = 0; i < blocks.size(); i++) {
                    block(i);
                }
                doc.close(); // ends the last page: onEndPage counts it
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot lay out the report: " + e.getMessage(), e);
            }
            return out.toByteArray();
        }

        // ---------------------------------------------------------------- page furniture

        @Override
        public void onEndPage(PdfWriter w, Document d) {
            int page = w.getPageNumber();
            total = Math.max(total, page);
            if (page == 1) {
                return;
            }
            PdfContentByte cb = w.getDirectContent();
            float top = PAGE.getHeight() - 13 * MM;
            Font f = fonts.font(SMALL, false, Palette.MUTED);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(ctx.title(), f), LEFT, top, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(chapter, f), PAGE.getWidth() - RIGHT,
                    top, 0);
            cb.saveState();
            cb.setColorStroke(Palette.RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(LEFT, top - 4);
            cb.lineTo(PAGE.getWidth() - RIGHT, top - 4);
            cb.stroke();
            float bottom = 12 * MM;
            cb.moveTo(LEFT, bottom + 9);
            cb.lineTo(PAGE.getWidth() - RIGHT, bottom + 9);
            cb.stroke();
            cb.restoreState();
            String left = ctx.municipality().name() + "  \u00B7  Stand " + Fmt.date(ctx.created());
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(left, f), LEFT, bottom, 0);
            // the page count is known when the document closes: a placeholder, filled in onCloseDocument
            PdfTemplate of = cb.createTemplate(FOOT_W, FOOT_H);
            cb.addTemplate(of, PAGE.getWidth() - RIGHT - FOOT_W, bottom - FOOT_BASE);
            footers.put(page, of);
        }

        /** Fills the placeholders: the page count in the footers, the pages of the table of contents. */
        @Override
        public void onCloseDocument(PdfWriter w, Document d) {
            Font f = fonts.font(SMALL, false, Palette.MUTED);
            footers.forEach((page, tp) -> ColumnText.showTextAligned(tp, Element.ALIGN_RIGHT,
                    new Phrase("Seite " + page + " von " + total, f), FOOT_W, FOOT_BASE, 0));
            for (TocNumber n : tocNumbers) {
                Integer page = pages.get(n.anchor());
                ColumnText.showTextAligned(n.template(), Element.ALIGN_RIGHT,
                        new Phrase(page == null ? "00" : page.toString(), n.font()), n.template().getWidth(),
                        n.baseline(), 0);
            }
        }

        @Override
        public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String anchor) {
            if (pages.containsKey(anchor)) {
                return; // a heading wrapped over two lines calls twice
            }
            pages.put(anchor, w.getPageNumber());
            Heading h = headings.get(anchor);
            if (h == null) {
                return;
            }
            PdfAction go = PdfAction.gotoLocalPage(anchor, false);
            if (h.level() == 1) {
                level1 = new PdfOutline(w.getRootOutline(), go, h.display().replace("  ", " "), true);
                level2 = null;
            } else if (h.level() == 2) {
                level2 = new PdfOutline(level1 == null ? w.getRootOutline() : level1, go,
                        h.display().replace("  ", " "), false);
            } else {
                PdfOutline parent = level2 != null ? level2 : level1 != null ? level1 : w.getRootOutline();
                new PdfOutline(parent, go, h.display().replace("  ", " "), false);
            }
        }

        private void titlePage() throws DocumentException {
            PdfContentByte cb = writer.getDirectContent();
            float w = PAGE.getWidth();
            float h = PAGE.getHeight();
            cb.saveState();
            cb.setColorFill(Palette.HEADING);
            cb.rectangle(0, h - 78 * MM, w, 78 * MM);
            cb.fill();
            cb.setColorFill(Palette.KREIS);
            cb.rectangle(0, h - 80 * MM, w, 2 * MM);
            cb.fill();
            cb.restoreState();
            Font band = fonts.font(11, false, Color.WHITE);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("KOMMUNALE SICHERHEITSANALYSE", band),
                    LEFT, h - 30 * MM, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    new Phrase(ctx.municipality().name(), fonts.font(22, true, Color.WHITE)), LEFT, h - 45 * MM, 0);

            ColumnText ct = new ColumnText(cb);
            ct.setSimpleColumn(LEFT, 60 * MM, w - RIGHT, h - 105 * MM);
            Paragraph title = new Paragraph(34, ctx.title(), fonts.font(28, true, Palette.HEADING));
            ct.addElement(title);
            if (!ctx.subtitle().isEmpty()) {
                Paragraph sub = new Paragraph(20, ctx.subtitle(), fonts.font(14, false, Palette.MUTED));
                sub.setSpacingBefore(10);
                ct.addElement(sub);
            }
            ct.go();

            List<String[]> facts = new ArrayList<>();
            String area = ctx.municipality().name()
                    + (ctx.municipality().ags().isEmpty() ? "" : " (AGS " + ctx.municipality().ags() + ")");
            facts.add(new String[] {"Gemeinde", area});
            if (!ctx.municipality().benchmarks().isEmpty()) {
                facts.add(new String[] {"Vergleichsräume", String.join(", ", ctx.municipality().benchmarks().stream()
                        .map(de.lagebild.project.Area::name).toList())});
            }
            facts.add(new String[] {"Stand", Fmt.date(ctx.created())});
            facts.add(new String[] {"Erstellt mit", ctx.generator()});
            PdfPTable t = new MeasuredTable(new float[] {32 * MM, TEXT_WIDTH - 32 * MM});
            t.setTotalWidth(TEXT_WIDTH);
            t.setLockedWidth(true);
            for (String[] f : facts) {
                PdfPCell k = cell(f[0], fonts.font(9, true, Palette.MUTED), Element.ALIGN_LEFT, null, 0, 2.5f);
                k.setPaddingLeft(0);
                t.addCell(k);
                t.addCell(cell(f[1], fonts.font(9, false, Palette.TEXT), Element.ALIGN_LEFT, null, 0, 2.5f));
            }
            cb.saveState();
            cb.setColorStroke(Palette.RULE);
            cb.setLineWidth(0.5f);
            float y = 30 * MM + t.getTotalHeight() + 6;
            cb.moveTo(LEFT, y);
            cb.lineTo(w - RIGHT, y);
            cb.stroke();
            cb.restoreState();
            t.writeSelectedRows(0, -1, LEFT, 30 * MM + t.getTotalHeight(), cb);
        }

        private void contents() throws DocumentException {
            chapter = "Inhalt";
            Paragraph p = new Paragraph(26, "Inhalt", fonts.font(20, true, Palette.HEADING));
            p.setSpacingAfter(14);
            Chunk anchorChunk = new Chunk(" ", fonts.font(1, false, Color.WHITE));
            anchorChunk.setLocalDestination("inhalt");
            Paragraph anchorPara = new Paragraph(1, anchorChunk);
            anchorPara.setFont(fonts.font(1, false, Color.WHITE));
            doc.add(anchorPara);
            new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage("inhalt", false), "Inhalt", false);
            doc.add(p);
            PdfPTable t = new MeasuredTable(new float[] {9 * MM, 11 * MM, TEXT_WIDTH - 20 * MM - TOC_NUMBER_COLUMN,
                    TOC_NUMBER_COLUMN});
            t.setTotalWidth(TEXT_WIDTH);
            t.setLockedWidth(true);
            t.setHorizontalAlignment(Element.ALIGN_LEFT);
            for (Block b : blocks) {
                if (!(b instanceof Heading h) || h.level() > 2) {
                    continue;
                }
                boolean top = h.level() == 1;
                Font f = fonts.font(top ? 10.5f : 10f, top, Palette.TEXT);
                float padTop = top ? 8 : 1.5f;
                Chunk number = new Chunk(h.number(), f);
                number.setLocalGoto(h.anchor());
                float lead = top ? 15 : 13.5f;
                Phrase title = new Phrase(lead);
                Chunk tc = new Chunk(h.title() + " ", f);
                tc.setLocalGoto(h.anchor());
                title.add(tc);
                DottedLineSeparator dots = new DottedLineSeparator();
                dots.setGap(2.4f);
                dots.setLineWidth(0.7f);
                dots.setLineColor(Palette.RULE);
                dots.setOffset(1.5f);
                Chunk leader = new Chunk(dots);
                leader.setFont(f);
                title.add(leader);
                // the page number is known at the end: a placeholder that reaches the font's ascender
                // above the baseline, so that the line is laid out as with the digits, filled in
                // onCloseDocument; the baseline lies a whole number of points above its bottom, so that
                // the digits land on the same coordinates as if they were written directly
                float asc = f.getBaseFont().getFontDescriptor(BaseFont.ASCENT, f.getSize());
                PdfTemplate tp = writer.getDirectContent().createTemplate(TOC_NUMBER_W, asc + TOC_NUMBER_BASE);
                tocNumbers.add(new TocNumber(h.anchor(), tp, f, TOC_NUMBER_BASE));
                Chunk pn = new Chunk(Image.getInstance(tp), 0, -TOC_NUMBER_BASE, false);
                pn.setFont(f);
                pn.setLocalGoto(h.anchor());
                PdfPCell num = tocCell(new Phrase(lead, number), Element.ALIGN_LEFT, padTop);
                PdfPCell tit = tocCell(title, Element.ALIGN_LEFT, padTop);
                if (top) {
                    num.setColspan(1);
                    tit.setColspan(2);
                    t.addCell(num);
                    t.addCell(tit);
                } else {
                    t.addCell(tocCell(new Phrase(lead, new Chunk(" ", f)), Element.ALIGN_LEFT, padTop));
                    t.addCell(num);
                    t.addCell(tit);
                }
                t.addCell(tocCell(new Phrase(lead, pn), Element.ALIGN_RIGHT, padTop));
            }
            doc.add(t);
        }

        private PdfPCell tocCell(Phrase p, int align, float padTop) {
            PdfPCell c = new PdfPCell(p);
            c.setBorder(Rectangle.NO_BORDER);
            c.setHorizontalAlignment(align);
            c.setPaddingTop(padTop);
            c.setPaddingBottom(2.5f);
            c.setPaddingLeft(0);
            c.setPaddingRight(align == Element.ALIGN_RIGHT ? 0 : 2);
            c.setUseAscender(true);
            return c;
        }

        // ---------------------------------------------------------------- blocks

        private void block(int i) throws DocumentException {
            Block b = blocks.get(i);
            if (b instanceof Heading h) {
                heading(h, i);
            } else if (b instanceof Block.Para p) {
                doc.add(para(p.text()));
            } else if (b instanceof Block.Bullets l) {
                doc.add(bullets(l.items()));
            } else if (b instanceof Block.Note n) {
                doc.add(note(n.text()));
            } else if (b instanceof Block.TableBlock t) {
                table(t);
            } else if (b instanceof Block.FigureBlock f) {
                figure(f);
            } else if (b instanceof Block.Findings f) {
                findings(f.findings());
            } else if (b instanceof Block.PageBreak) {
                doc.newPage();
            }
        }

        private void heading(Heading h, int i) throws DocumentException {
            Paragraph p = headingParagraph(h);
            if (h.level() == 1) {
                doc.newPage(); // ends the previous chapter's last page (its header is drawn now)
                chapter = h.display().replace("  ", " ");
            } else {
                ensureSpace(height(p) + minNext(i + 1));
            }
            doc.add(p);
        }

        private Paragraph headingParagraph(Heading h) {
            float size = h.level() == 1 ? 20 : h.level() == 2 ? 13 : 10.5f;
            Font f = fonts.font(size, true, h.level() == 3 ? Palette.TEXT : Palette.HEADING);
            Paragraph p = new Paragraph(size * 1.3f);
            p.setFont(f);
            if (!h.number().isEmpty()) {
                Chunk num = new Chunk(h.number() + (h.level() == 1 ? "   " : "  "),
                        fonts.font(size, true, h.level() == 3 ? Palette.MUTED : Palette.ACCENT));
                num.setGenericTag(h.anchor());
                num.setLocalDestination(h.anchor());
                p.add(num);
                p.add(new Chunk(h.title(), f));
            } else {
                Chunk title = new Chunk(h.title(), f);
                title.setGenericTag(h.anchor());
                title.setLocalDestination(h.anchor());
                p.add(title);
            }
            switch (h.level()) {
                case 1 -> p.setSpacingAfter(20);
                case 2 -> {
                    p.setSpacingBefore(14);
                    p.setSpacingAfter(6);
                }
                default -> {
                    p.setSpacingBefore(9);
                    p.setSpacingAfter(4);
                }
            }
            return p;
        }

        /** The least height that must follow block i on the same page (keep-with-next). */
        private float minNext(int i) {
            if (i >= blocks.size()) {
                return 0;
            }
            Block b = blocks.get(i);
            if (b instanceof Heading h) {
                return h.level() == 1 ? 0 : height(headingParagraph(h)) + minNext(i + 1);
            }
            if (b instanceof Block.Para p) {
                float h = height(para(p.text()));
                if (h <= 4 * BODY_LEADING + 8 && i + 1 < blocks.size()
                        && (blocks.get(i + 1) instanceof Block.FigureBlock || blocks.get(i + 1) instanceof Block.TableBlock)) {
                    return h + minNext(i + 1);
                }
                return Math.min(h, 3 * BODY_LEADING + 2);
            }
            if (b instanceof Block.Bullets l) {
                return height(bullets(l.items().subList(0, 1))) + 4;
            }
            if (b instanceof Block.Note n) {
                return height(note(n.text()));
            }
            if (b instanceof Block.TableBlock t) {
                return tableNeed(t);
            }
            if (b instanceof Block.FigureBlock f) {
                return figureNeed(f);
            }
            return 40;
        }

        private void ensureSpace(float need) {
            float y = writer.getVerticalPosition(false);
            if (y - need < doc.bottom() && y < doc.top() - 1) {
                doc.newPage();
            }
        }

        private float height(Element e) {
            ColumnText ct = new ColumnText(null);
            ct.setSimpleColumn(0, 0, TEXT_WIDTH, 10000);
            ct.addElement(e);
            try {
                ct.go(true);
            } catch (DocumentException ex) {
                throw new IllegalStateException(ex);
            }
            float before = e instanceof Paragraph p ? p.getSpacingBefore() : 0;
            return 10000 - ct.getYLine() + before;
        }

        private Paragraph para(String text) {
            Paragraph p = new Paragraph(BODY_LEADING, text, fonts.font(BODY, false, Palette.TEXT));
            p.setSpacingAfter(6);
            return p;
        }

        private Paragraph note(String text) {
            Paragraph p = new Paragraph(10.5f, text, fonts.font(SMALL, false, Palette.MUTED));
            p.setSpacingAfter(6);
            return p;
        }

        private Element bullets(List<String> items) {
            com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
            list.setListSymbol(new Chunk("\u2022", fonts.font(BODY, false, Palette.ACCENT)));
            for (String s : items) {
                ListItem li = new ListItem(BODY_LEADING, s, fonts.font(BODY, false, Palette.TEXT));
                li.setSpacingAfter(2.5f);
                list.add(li);
            }
            Paragraph wrap = new Paragraph(BODY_LEADING);
            wrap.setFont(fonts.font(BODY, false, Palette.TEXT));
            wrap.add(list);
            wrap.setSpacingAfter(6);
            return wrap;
        }

        // ---------------------------------------------------------------- tables

        private Paragraph caption(String kind, int number, String text) {
            Paragraph p = new Paragraph(12);
            p.setFont(fonts.font(9, true, Palette.TEXT));
            p.add(new Chunk(kind + " " + number + ": ", fonts.font(9, true, Palette.HEADING)));
            p.add(new Chunk(text, fonts.font(9, true, Palette.TEXT)));
            p.setSpacingBefore(8);
            p.setSpacingAfter(4);
            return p;
        }

        /** Tables laid out for measuring, kept until the block is printed (each is printed once). */
        private final Map<Block.TableBlock, Laid> laidOut = new HashMap<>();
        private final Map<Block.TableBlock, Float> needs = new HashMap<>();

        private Laid measured(Block.TableBlock tb) {
            return laidOut.computeIfAbsent(tb, b -> new Laid(b.table()));
        }

        private float tableNeed(Block.TableBlock tb) {
            Float known = needs.get(tb);
            if (known != null) {
                return known;
            }
            float need = computeTableNeed(tb);
            needs.put(tb, need);
            return need;
        }

        private float computeTableNeed(Block.TableBlock tb) {
            PdfPTable t = measured(tb).all;
            float cap = height(caption("Tabelle", tb.number(), tb.table().caption()));
            float all = cap + t.getTotalHeight() + TABLE_GAP + tableNotes(tb.table()).getTotalHeight() + 10;
            if (all <= doc.top() - doc.bottom()) {
                return all; // fits on a page: keep caption, table and notes together
            }
            float need = cap + TABLE_GAP;
            for (int r = 0; r < Math.min(t.size(), 5); r++) {
                need += t.getRowHeight(r);
            }
            return need;
        }

        private PdfPTable tableNotes(Table t) {
            List<String> notes = new ArrayList<>();
            if (t.hasSuppressed()) {
                notes.add(Fmt.DASH + " " + (t.suppressionNote() != null ? t.suppressionNote()
                        : "Weniger als " + ctx.minCell() + " Befragte: nicht ausgewiesen."));
            }
            notes.addAll(t.notes());
            notes.add("Tabelle als CSV: " + t.csvName());
            return notes(notes);
        }

        /** Notes below a table or figure, one line each (a table of one column: a newline chunk would fall back to Helvetica). */
        private PdfPTable notes(List<String> notes) {
            PdfPTable t = new MeasuredTable(1);
            t.setTotalWidth(TEXT_WIDTH);
            t.setLockedWidth(true);
            t.setHorizontalAlignment(Element.ALIGN_LEFT);
            t.setKeepTogether(true);
            t.setSpacingBefore(3);
            t.setSpacingAfter(12);
            Font f = fonts.font(7.5f, false, Palette.MUTED);
            for (String n : notes) {
                PdfPCell c = new PdfPCell(new Phrase(9.5f, n, f));
                c.setBorder(Rectangle.NO_BORDER);
                c.setPadding(0);
                c.setPaddingBottom(1.5f);
                t.addCell(c);
            }
            return t;
        }

        private void table(Block.TableBlock tb) throws DocumentException {
            Table t = tb.table();
            ensureSpace(tableNeed(tb));
            doc.add(caption("Tabelle", tb.number(), t.caption()));
            Laid laid = laidOut.containsKey(tb) ? laidOut.remove(tb) : new Laid(t);
            PdfPTable pt = laid.all;
            PdfPTable notes = tableNotes(t);
            List<int[]> parts = pageParts(pt, notes.getTotalHeight() + notes.spacingBefore());
            if (parts.size() <= 1) {
                pt.setSpacingBefore(TABLE_GAP);
                doc.add(pt);
            } else {
                for (int i = 0; i < parts.size(); i++) {
                    PdfPTable part = laid.part(parts.get(i)[0], parts.get(i)[1]);
                    part.setSpacingBefore(i == 0 ? TABLE_GAP : 0);
                    doc.add(part);
                    if (i < parts.size() - 1) {
                        doc.newPage();
                    }
                }
            }
            doc.add(notes);
        }

        /**
         * Where a long table breaks: body rows [from, to) per page, so that no page holds fewer than
         * three rows of a table that continues from or onto another page, and the notes stay with the
         * last rows. A table that fits on the current page is one part.
         */
        private List<int[]> pageParts(PdfPTable pt, float notes) {
            int n = pt.size() - 1;
            float header = pt.getRowHeight(0);
            float slack = 4;
            float first = writer.getVerticalPosition(false) - doc.bottom() - TABLE_GAP - slack;
            float cap = doc.top() - doc.bottom() - slack;
            List<int[]> parts = new ArrayList<>();
            List<Float> room = new ArrayList<>();
            int i = 0;
            float avail = first;
            while (i < n) {
                float u = header;
                int j = i;
                while (j < n && u + pt.getRowHeight(j + 1) <= avail) {
                    u += pt.getRowHeight(j + 1);
                    j++;
                }
                if (j == i) {
                    j = i + 1; // one row taller than the room: OpenPDF splits it
                    u += pt.getRowHeight(i + 1);
                }
                parts.add(new int[] {i, j});
                room.add(avail - u);
                i = j;
                avail = cap;
            }
            if (parts.size() < 2) {
                return parts;
            }
            int last = parts.size() - 1;
            int[] a = parts.get(last - 1);
            int[] b = parts.get(last);
            int lastRows = b[1] - b[0];
            if (lastRows < 3 && a[1] - a[0] - (3 - lastRows) >= 3) {
                // too few rows would stand alone on the last page: take some from the page before
                a[1] -= 3 - lastRows;
                b[0] = a[1];
            } else if (room.get(last) < notes && lastRows > 3) {
                // the notes would stand alone on the next page: the last three rows go with them
                int[] c = {b[1] - 3, b[1]};
                b[1] = c[0];
                parts.add(c);
            }
            return parts;
        }

        /**
         * A data table laid out once: the text of its cells, its column widths, and all its rows
         * measured; the pages of a long table reuse the measured rows.
         */
        private final class Laid {
            final Table t;
            final String[][] text;
            final float[] widths;
            final float width;
            /** The header and every body row. */
            final MeasuredTable all;

            Laid(Table t) {
                this.t = t;
                List<Table.Column> cols = t.columns();
                int nc = cols.size();
                int nr = t.rowCount();
                text = new String[nr][nc];
                for (int r = 0; r < nr; r++) {
                    for (int c = 0; c < nc; c++) {
                        text[r][c] = t.pdfText(r, c);
                    }
                }
                widths = columnWidths(t, text);
                width = Math.min(TEXT_WIDTH, sum(widths));
                all = table(0, nr);
            }

            /** An empty table of this table's widths and format. */
            private MeasuredTable empty() {
                MeasuredTable pt = new MeasuredTable(widths);
                pt.setTotalWidth(width);
                pt.setLockedWidth(true);
                pt.setHorizontalAlignment(Element.ALIGN_LEFT);
                pt.setHeaderRows(1);
                pt.setSpacingBefore(0);
                pt.setSpacingAfter(0);
                return pt;
            }

            /** The header and the body rows [from, to), zebra stripes counted from the first row. */
            MeasuredTable table(int from, int to) {
                MeasuredTable pt = empty();
                addHeader(pt);
                for (int r = from; r < to; r++) {
                    addRow(pt, r, from, to);
                }
                return pt;
            }

            /**
             * The header and the body rows [from, to) as {@link #table(int, int)} makes them, with the
             * rows of {@link #all} where they are the same (all but the first, whose grouped cells are
             * repeated, and the last, which is ruled below); only those two are laid out anew.
             */
            MeasuredTable part(int from, int to) {
                int nr = t.rowCount();
                List<PdfPRow> rows = new ArrayList<>(to - from + 1);
                rows.add(all.getRow(0));
                for (int r = from; r < to; r++) {
                    boolean same = (r == from ? !regroups(r) : true) && (r == to - 1) == (r == nr - 1);
                    if (same) {
                        rows.add(all.getRow(r + 1));
                    } else {
                        MeasuredTable one = empty();
                        addRow(one, r, from, to);
                        rows.add(one.getRow(0));
                    }
                }
                return MeasuredTable.of(all, rows);
            }

            /** Whether row r shows a grouped cell that the table of all rows leaves empty. */
            private boolean regroups(int r) {
                List<Table.Column> cols = t.columns();
                for (int c = 0; c < cols.size(); c++) {
                    if (cols.get(c).grouped() && r > 0 && text[r][c].equals(text[r - 1][c])) {
                        return true;
                    }
                }
                return false;
            }

            private void addHeader(MeasuredTable pt) {
                Font head = fonts.font(TABLE, true, Palette.TEXT);
                List<Table.Column> cols = t.columns();
                PdfPCell[] cells = new PdfPCell[cols.size()];
                for (int c = 0; c < cells.length; c++) {
                    Table.Column col = cols.get(c);
                    OneLineCell cell = cell(col.header().replace(" %", Fmt.NBSP + "%"), head,
                            col.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT, null,
                            Rectangle.TOP | Rectangle.BOTTOM, 3.5f).drawDirectly();
                    cell.setBorderWidthTop(1f);
                    cell.setBorderWidthBottom(0.7f);
                    cell.setBorderColor(Palette.TEXT);
                    cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
                    cells[c] = cell;
                }
                pt.addRow(cells);
            }

            /** Body row r of a table of the rows [from, to). */
            private void addRow(MeasuredTable pt, int r, int from, int to) {
                List<Table.Column> cols = t.columns();
                Table.Row row = t.rows().get(r);
                Color bg = r % 2 == 1 ? Palette.ZEBRA : null;
                Font f = fonts.font(TABLE, row.emphasis, Palette.TEXT);
                PdfPCell[] cells = new PdfPCell[cols.size()];
                for (int c = 0; c < cells.length; c++) {
                    Table.Column col = cols.get(c);
                    String s = text[r][c];
                    if (col.grouped() && r > from && s.equals(text[r - 1][c])) {
                        s = "";
                    }
                    OneLineCell cell = cell(s, f, col.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT, bg,
                            Rectangle.BOTTOM, 3f).drawDirectly();
                    boolean last = r == to - 1;
                    cell.setBorderWidthBottom(last ? 0.7f : 0.3f);
                    cell.setBorderColor(last ? Palette.TEXT : Palette.GRID);
                    cells[c] = cell;
                }
                pt.addRow(cells);
            }
        }

        /**
         * Column widths: number columns never wrap (their headers may), text columns share what is
         * left in proportion to their natural width; narrow tables are widened to 70 % of the text
         * width, the extra going mostly to the first text column.
         */
        private float[] columnWidths(Table t, String[][] text) {
            List<Table.Column> cols = t.columns();
            int nc = cols.size();
            float pad = 10;
            float[] nat = new float[nc];
            float[] min = new float[nc];
            float[] two = new float[nc];
            BaseFont bold = fonts.bold();
            BaseFont reg = fonts.regular();
            for (int c = 0; c < nc; c++) {
                String header = cols.get(c).header().replace(" %", Fmt.NBSP + "%");
                float headWord = longestWord(bold, header);
                float body = 0;
                float bodyWord = 0;
                for (int r = 0; r < text.length; r++) {
                    BaseFont bf = t.rows().get(r).emphasis ? bold : reg;
                    body = Math.max(body, bf.getWidthPoint(text[r][c], TABLE));
                    bodyWord = Math.max(bodyWord, longestWord(bf, text[r][c]));
                }
                float headFull = bold.getWidthPoint(header, TABLE);
                if (cols.get(c).numeric()) {
                    min[c] = Math.max(body, headWord) + pad;
                    nat[c] = Math.max(min[c], Math.min(headFull, 80) + pad);
                    two[c] = Math.min(nat[c], Math.max(min[c], twoLines(bold, header) + pad));
                } else {
                    min[c] = Math.max(Math.max(headWord, bodyWord), Math.min(body, 70)) + pad;
                    nat[c] = Math.max(min[c], Math.max(Math.min(headFull, 120), body) + pad);
                }
            }
            float sum = sum(nat);
            if (sum <= TEXT_WIDTH) {
                float target = Math.min(TEXT_WIDTH, Math.max(0.7f * TEXT_WIDTH, sum * 1.2f));
                float extra = target - sum;
                int firstText = -1;
                for (int c = 0; c < nc && firstText < 0; c++) {
                    if (!cols.get(c).numeric()) {
                        firstText = c;
                    }
                }
                for (int c = 0; c < nc; c++) {
                    nat[c] += firstText < 0 ? extra / nc : extra * 0.4f / nc + (c == firstText ? extra * 0.6f : 0);
                }
                return nat;
            }
            float[] w = new float[nc];
            float fixed = 0;
            float textNat = 0;
            float twoSum = 0;
            for (int c = 0; c < nc; c++) {
                twoSum += cols.get(c).numeric() ? two[c] : min[c];
            }
            // number columns as wide as their header needs for two lines, if the text columns keep their least width
            boolean twoFit = twoSum <= TEXT_WIDTH;
            for (int c = 0; c < nc; c++) {
                if (cols.get(c).numeric()) {
                    w[c] = twoFit ? two[c] : min[c];
                    fixed += w[c];
                } else {
                    textNat += nat[c];
                }
            }
            if (sum(min) <= TEXT_WIDTH) {
                // numbers at their width, text columns share the rest in proportion, none below its least
                float room = TEXT_WIDTH - fixed;
                boolean[] atMin = new boolean[nc];
                for (int round = 0; round < nc; round++) {
                    float free = room;
                    float weight = 0;
                    for (int c = 0; c < nc; c++) {
                        if (!cols.get(c).numeric()) {
                            if (atMin[c]) {
                                free -= min[c];
                            } else {
                                weight += nat[c];
                            }
                        }
                    }
                    boolean changed = false;
                    for (int c = 0; c < nc; c++) {
                        if (cols.get(c).numeric()) {
                            continue;
                        }
                        if (atMin[c]) {
                            w[c] = min[c];
                        } else {
                            w[c] = free * nat[c] / weight;
                            if (w[c] < min[c]) {
                                atMin[c] = true;
                                changed = true;
                            }
                        }
                    }
                    if (!changed) {
                        break;
                    }
                }
                return w;
            }
            // even the least widths do not fit: shrink text columns below their least width
            float room = Math.max(TEXT_WIDTH - fixed, 40 * Math.max(1, nc - countNumeric(cols)));
            for (int c = 0; c < nc; c++) {
                if (!cols.get(c).numeric()) {
                    w[c] = room * nat[c] / Math.max(1, textNatAll(cols, nat));
                }
            }
            float total = sum(w);
            if (total > TEXT_WIDTH) {
                for (int c = 0; c < nc; c++) {
                    w[c] *= TEXT_WIDTH / total;
                }
            }
            return w;
        }

        private float longestWord(BaseFont bf, String s) {
            float m = 0;
            for (String word : words(s)) {
                m = Math.max(m, bf.getWidthPoint(word, TABLE));
            }
            return m;
        }

        /**
         * The words a cell may wrap between: split at spaces and en dashes; at hyphens only in long
         * words ("Rauschgift-Delikte"), never in short ones ("p-Wert", "95-%-KI").
         */
        private List<String> words(String s) {
            List<String> out = new ArrayList<>();
            for (String w : WORD_BREAK.split(s)) {
                if (w.length() > 12 && w.indexOf('-') > 0) {
                    out.addAll(List.of(AFTER_HYPHEN.split(w)));
                } else {
                    out.add(w);
                }
            }
            return out;
        }

        /** The least width at which a header wraps into at most two lines (split at a space). */
        private float twoLines(BaseFont bf, String s) {
            String[] w = SPACES.split(s.trim());
            float best = bf.getWidthPoint(s, TABLE);
            for (int k = 1; k < w.length; k++) {
                String a = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
                String b = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
                best = Math.min(best, Math.max(bf.getWidthPoint(a, TABLE), bf.getWidthPoint(b, TABLE)));
            }
            return Math.max(best, longestWord(bf, s));
        }

        private float sum(float[] v) {
            float s = 0;
            for (float x : v) {
                s += x;
            }
            return s;
        }

        private float textNatAll(List<Table.Column> cols, float[] nat) {
            float s = 0;
            for (int c = 0; c < nat.length; c++) {
                if (!cols.get(c).numeric()) {
                    s += nat[c];
                }
            }
            return s;
        }

        private int countNumeric(List<Table.Column> cols) {
            return (int) cols.stream().filter(Table.Column::numeric).count();
        }

        private OneLineCell cell(String s, Font f, int align, Color bg, int border, float pad) {
            // an empty phrase would fall back to OpenPDF's default font (Helvetica, not embedded)
            OneLineCell cell = new OneLineCell(s.isEmpty() ? " " : s, f, oneLine);
            cell.setHorizontalAlignment(align);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            cell.setBorder(border);
            cell.setPaddingTop(pad - 1);
            cell.setPaddingBottom(pad + 0.5f);
            cell.setPaddingLeft(4);
            cell.setPaddingRight(4);
            cell.setUseAscender(true);
            cell.setUseDescender(true);
            if (bg != null) {
                cell.setBackgroundColor(bg);
            }
            return cell;
        }

        // ---------------------------------------------------------------- figures

        private float figureNeed(Block.FigureBlock fb) {
            return figureTable(fb, null).getTotalHeight() + 12;
        }

        /**
         * Caption, chart and notes as one unbreakable table, so a figure never leaves its caption
         * or notes on another page.
         */
        private PdfPTable figureTable(Block.FigureBlock fb, Image chart) {
            Figure f = fb.figure();
            PdfPTable t = new MeasuredTable(1);
            t.setTotalWidth(TEXT_WIDTH);
            t.setLockedWidth(true);
            t.setHorizontalAlignment(Element.ALIGN_LEFT);
            t.setKeepTogether(true);
            t.setSpacingBefore(8);
            t.setSpacingAfter(12);
            PdfPCell cap = new PdfPCell(caption("Abbildung", fb.number(), f.caption()));
            cap.setBorder(Rectangle.NO_BORDER);
            cap.setPadding(0);
            cap.setPaddingBottom(5);
            cap.setUseAscender(true);
            t.addCell(cap);
            PdfPCell img;
            if (chart != null) {
                img = new PdfPCell(chart, false);
            } else {
                img = new PdfPCell();
                img.setFixedHeight(f.heightMm() * MM);
            }
            img.setBorder(Rectangle.NO_BORDER);
            img.setPadding(0);
            t.addCell(img);
            Font nf = fonts.font(7.5f, false, Palette.MUTED);
            for (int i = 0; i < f.notes().size(); i++) {
                PdfPCell c = new PdfPCell(new Phrase(9.5f, f.notes().get(i), nf));
                c.setBorder(Rectangle.NO_BORDER);
                c.setPadding(0);
                c.setPaddingTop(i == 0 ? 4 : 0);
                c.setPaddingBottom(1.5f);
                t.addCell(c);
            }
            return t;
        }

        private void figure(Block.FigureBlock fb) throws DocumentException {
            Figure f = fb.figure();
            ensureSpace(figureNeed(fb));
            float w = TEXT_WIDTH;
            float h = f.heightMm() * MM;
            PdfTemplate tp = writer.getDirectContent().createTemplate(w, h);
            JFreeChart chart = ChartKit.chart(f);
            Graphics2D g2 = tp.createGraphics(w, h, fonts.mapper());
            try {
                chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
            } finally {
                g2.dispose();
            }
            doc.add(figureTable(fb, Image.getInstance(tp)));
        }

        // ---------------------------------------------------------------- key findings

        private void findings(List<Finding> list) throws DocumentException {
            List<Finding> tiles = list.stream().filter(x -> !x.figure().isEmpty()).limit(4).toList();
            if (!tiles.isEmpty()) {
                PdfPTable t = new MeasuredTable(tiles.size());
                t.setTotalWidth(TEXT_WIDTH);
                t.setLockedWidth(true);
                t.setSpacingAfter(14);
                for (Finding x : tiles) {
                    PdfPCell c = new PdfPCell();
                    c.setBorder(Rectangle.LEFT);
                    c.setBorderWidthLeft(3f);
                    c.setBorderColorLeft(Palette.ACCENT);
                    c.setBackgroundColor(Palette.TILE);
                    c.setPadding(8);
                    c.setPaddingBottom(10);
                    Paragraph big = new Paragraph(26, x.figure(), fonts.font(22, true, Palette.ACCENT));
                    c.addElement(big);
                    Paragraph lab = new Paragraph(11, x.label().isEmpty() ? x.topic() : x.label(),
                            fonts.font(8.5f, false, Palette.TEXT));
                    c.addElement(lab);
                    t.addCell(c);
                }
                // a gap between tiles: draw each tile with a white right border
                for (PdfPCell c : t.getRow(0).getCells()) {
                    if (c != null) {
                        c.setBorder(Rectangle.LEFT | Rectangle.RIGHT);
                        c.setBorderWidthRight(5f);
                        c.setBorderColorRight(Color.WHITE);
                    }
                }
                doc.add(t);
            }
            // the findings stay on one page: the text gets smaller (down to 8 pt) rather than run over,
            // and if that is not enough, details are left out (priority 3, then 2; the last first)
            float room = writer.getVerticalPosition(false) - doc.bottom() - 6;
            List<Finding> shown = new ArrayList<>(list);
            PdfPTable t = fitFindings(shown, room);
            for (int p = 3; p >= 2 && t.getTotalHeight() > room; p--) {
                for (int i = shown.size() - 1; i >= 0 && t.getTotalHeight() > room; i--) {
                    if (shown.get(i).priority() == p) {
                        shown.remove(i);
                        t = fitFindings(shown, room);
                    }
                }
            }
            doc.add(t);
        }

        private PdfPTable fitFindings(List<Finding> list, float room) {
            PdfPTable t = findingsTable(list, 9.5f);
            for (float size = 9f; t.getTotalHeight() > room && size >= 8f; size -= 0.5f) {
                t = findingsTable(list, size);
            }
            return t;
        }

        private PdfPTable findingsTable(List<Finding> list, float size) {
            PdfPTable t = new MeasuredTable(new float[] {38 * MM, TEXT_WIDTH - 38 * MM});
            t.setTotalWidth(TEXT_WIDTH);
            t.setLockedWidth(true);
            String last = null;
            for (Finding x : list) {
                boolean first = !x.topic().equals(last);
                last = x.topic();
                PdfPCell a = cell(first ? x.topic() : "", fonts.font(size, true, Palette.HEADING), Element.ALIGN_LEFT,
                        null, first ? Rectangle.TOP : Rectangle.NO_BORDER, size * 0.5f);
                PdfPCell b = cell(x.text(), fonts.font(size, false, Palette.TEXT), Element.ALIGN_LEFT, null,
                        Rectangle.TOP, size * 0.5f);
                a.setBorderColor(Palette.RULE);
                b.setBorderColor(first ? Palette.RULE : Palette.GRID);
                a.setBorderWidthTop(first ? 0.6f : 0);
                b.setBorderWidthTop(first ? 0.6f : 0.3f);
                a.setLeading(0, 1.3f);
                b.setLeading(0, 1.3f);
                a.setPaddingLeft(0);
                t.addCell(a);
                t.addCell(b);
            }
            return t;
        }
    }
}
