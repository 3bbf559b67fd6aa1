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

    /** A stable id (lower-case letters, digits, dashes) used to leave out or place chapters. */
    String id();

    /** The chapter title as printed, in the table of contents and in the PDF outline. */
    String title();

    /** Where the chapter stands: front matter is not numbered, appendices are lettered. */
    default Kind kind() {
        return Kind.MAIN;
    }

    /** Writes the chapter's content (its heading is written by the report). */
    void write(Content content);

    /** The chapter's key findings, for the Kernbefunde page. */
    default List<Finding> findings(ReportContext context) {
        return List.of();
    }

    /** Writes the chapter's method sections into the Methodik chapter. */
    default void methods(Content content) {
    }

    /** Writes the chapter's appendix sections (such as full tables) into the Anhang. */
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
