package de.lagebild.report;

import de.lagebild.report.Block.Heading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a chapter writes: headings, text, tables and figures, in reading order. Sections are
 * numbered after their chapter (2.1, 2.2; A.1 in an appendix), tables and figures through the
 * whole report (Tabelle 4, Abbildung 3). The renderer keeps a heading together with what follows
 * it, repeats table headers on page breaks and never splits a figure.
 */
public final class Content {
    private final ReportContext context;
    private final List<Chapter> chapters;
    private final State state;

    Content(ReportContext context, List<Chapter> chapters, State state) {
        this.context = context;
        this.chapters = chapters;
        this.state = state;
    }

    /**
     * The report's context.
     *
     * @return the title, municipality, date and {@code min_cell} of the report being written
     */
    public ReportContext context() {
        return context;
    }

    /**
     * All chapters of the report, in order (collecting chapters use this).
     *
     * @return every chapter of the report, the one writing included (unmodifiable)
     */
    public List<Chapter> chapters() {
        return chapters;
    }

    /**
     * Starts a numbered section of the current chapter ("2.3"; unnumbered in the Kernbefunde and
     * other front matter).
     *
     * @param title the section title as printed after its number
     * @return this content, to write on
     * @throws NullPointerException     when {@code title} is null
     * @throws IllegalArgumentException when {@code title} is blank
     */
    public Content section(String title) {
        state.sub = 0;
        state.section++;
        String number = state.chapterNumber.isEmpty() ? "" : state.chapterNumber + "." + state.section;
        state.add(new Heading(2, number, check(title), state.anchor(number)));
        return this;
    }

    /**
     * Starts a subsection of the current section ("2.3.1"; unnumbered before the chapter's first
     * section and in front matter).
     *
     * @param title the subsection title as printed after its number
     * @return this content, to write on
     * @throws NullPointerException     when {@code title} is null
     * @throws IllegalArgumentException when {@code title} is blank
     */
    public Content subsection(String title) {
        state.sub++;
        String number = state.chapterNumber.isEmpty() || state.section == 0 ? ""
                : state.chapterNumber + "." + state.section + "." + state.sub;
        state.add(new Heading(3, number, check(title), state.anchor(number)));
        return this;
    }

    /**
     * A paragraph of running text.
     *
     * @param text the paragraph, plain text (no markup)
     * @return this content, to write on
     * @throws NullPointerException     when {@code text} is null
     * @throws IllegalArgumentException when {@code text} is blank
     */
    public Content paragraph(String text) {
        state.add(new Block.Para(check(text)));
        return this;
    }

    /**
     * A bulleted list.
     *
     * @param items the items, in order, plain text; an empty list writes nothing
     * @return this content, to write on
     * @throws NullPointerException     when {@code items} or an item is null
     * @throws IllegalArgumentException when an item is blank
     */
    public Content bullets(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        items.forEach(Content::check);
        state.add(new Block.Bullets(List.copyOf(items)));
        return this;
    }

    /**
     * A small note (sources, remarks), printed smaller than a paragraph.
     *
     * @param text the note, plain text
     * @return this content, to write on
     * @throws NullPointerException     when {@code text} is null
     * @throws IllegalArgumentException when {@code text} is blank
     */
    public Content note(String text) {
        state.add(new Block.Note(check(text)));
        return this;
    }

    /**
     * A table, numbered through the whole report (Tabelle 4) and also written as CSV.
     *
     * @param table the table; its id must be unique among the report's tables
     * @return this content, to write on
     * @throws NullPointerException     when {@code table} is null
     * @throws IllegalArgumentException when the report already has a table with its id
     */
    public Content table(Table table) {
        Objects.requireNonNull(table, "table");
        state.claim("table", table.id());
        state.add(new Block.TableBlock(table, ++state.tables));
        return this;
    }

    /**
     * A figure, numbered through the whole report (Abbildung 3) and never split across pages.
     *
     * @param figure the figure; its id must be unique among the report's figures
     * @return this content, to write on
     * @throws NullPointerException     when {@code figure} is null
     * @throws IllegalArgumentException when the report already has a figure with its id
     */
    public Content figure(Figure figure) {
        Objects.requireNonNull(figure, "figure");
        state.claim("figure", figure.id());
        state.add(new Block.FigureBlock(figure, ++state.figures));
        return this;
    }

    /**
     * Key findings laid out with their key figures as tiles (for a Kernbefunde page). They are kept
     * on one page: the text gets smaller, and if that is not enough, findings of priority 3, then 2
     * are left out, the last first.
     *
     * @param findings the findings, in the order shown
     * @return this content, to write on
     * @throws NullPointerException when {@code findings} or a finding is null
     */
    public Content findings(List<Finding> findings) {
        state.add(new Block.Findings(List.copyOf(findings)));
        return this;
    }

    /**
     * Continues on a new page.
     *
     * @return this content, to write on
     */
    public Content pageBreak() {
        state.add(new Block.PageBreak());
        return this;
    }

    private static String check(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty text");
        }
        return text;
    }

    /** Numbering and the blocks written so far, shared by all chapters of one report. */
    static final class State {
        final List<Block> blocks = new ArrayList<>();
        final List<Table> tableList = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private final Set<String> anchors = new HashSet<>();
        String chapterNumber = "";
        String chapterId = "";
        int section;
        int sub;
        int tables;
        int figures;

        void add(Block b) {
            blocks.add(b);
            if (b instanceof Block.TableBlock t) {
                tableList.add(t.table());
            }
        }

        void claim(String what, String id) {
            if (!ids.add(what + ":" + id)) {
                throw new IllegalArgumentException("two " + what + "s have the id " + id + " (chapter " + chapterId
                        + "); ids must be unique in a report");
            }
        }

        String anchor(String number) {
            String base = number.isEmpty() ? "h-" + chapterId + "-" + blocks.size() : "h-" + number;
            String a = base;
            for (int i = 2; !anchors.add(a); i++) {
                a = base + "-" + i;
            }
            return a;
        }
    }
}
