package de.lagebild.report;

import java.util.List;

/**
 * A chapter of the report. An embedding tool implements this to add its own chapter; the
 * standard chapters come from {@link Chapters}.
 *
 * <p>Besides its own pages, a chapter can contribute to the collecting chapters: key findings
 * (gathered by {@link Chapters#keyFindings()}), method sections ({@link Chapters#methods()}) and
 * appendix tables ({@link Chapters#appendix()}). Leaving a chapter out of a report therefore also
 * leaves out its findings, methods and appendix tables.
 *
 * <pre>{@code
 * Chapter own = new Chapter() {
 *     public String id() { return "praevention"; }
 *     public String title() { return "Präventionsangebote"; }
 *     public void write(Content c) {
 *         c.paragraph("Die Stadt fördert ...");
 *         c.table(myTable);
 *     }
 * };
 * }</pre>
 */
public interface Chapter {

    /**
     * A stable id used to leave out or place chapters.
     *
     * @return lower-case letters and digits, groups joined by single dashes (such as
     *         {@code buergerbefragung}); unique in a report
     */
    String id();

    /**
     * The chapter title as printed, in the table of contents and in the PDF outline.
     *
     * @return the title, not blank, without the chapter's number
     */
    String title();

    /**
     * Where the chapter stands: front matter is not numbered, appendices are lettered.
     *
     * @return {@link Kind#FRONT}, {@link Kind#MAIN} (the default) or {@link Kind#APPENDIX}
     */
    default Kind kind() {
        return Kind.MAIN;
    }

    /**
     * Writes the chapter's content (its heading is written by the report).
     *
     * @param content where to write: sections, text, tables and figures in reading order
     */
    void write(Content content);

    /**
     * The chapter's key findings, for the Kernbefunde page.
     *
     * @param context the report's context (such as {@code min_cell}, to leave out withheld figures)
     * @return the findings in the order shown; empty (the default) for none
     */
    default List<Finding> findings(ReportContext context) {
        return List.of();
    }

    /**
     * Writes the chapter's method sections into the Methodik chapter; the default writes nothing.
     *
     * @param content the Methodik chapter's content; sections written here are numbered in it
     */
    default void methods(Content content) {
    }

    /**
     * Writes the chapter's appendix sections (such as full tables) into the Anhang; the default
     * writes nothing.
     *
     * @param content the Anhang's content; sections written here are numbered in it (A.1, A.2)
     */
    default void appendix(Content content) {
    }

    /** Where a chapter stands in the report. */
    enum Kind {
        /** Before the numbered chapters, without a number (Kernbefunde). */
        FRONT,
        /** A numbered chapter (1, 2, ...). */
        MAIN,
        /** An appendix, lettered (A, B, ...). */
        APPENDIX
    }
}
