package de.lagebild.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Assembles a report from chapters: the standard ones ({@link Chapters}) and any an embedding
 * tool writes itself. Chapters are identified by their {@link Chapter#id() id}.
 *
 * <pre>{@code
 * Report report = Chapters.standard(project, run, results)      // the standard survey report
 *         .omit(Chapters.APPENDIX)                              // leave out the Anhang
 *         .addBefore(Chapters.METHODS, myChapter)               // an own chapter
 *         .extend(Chapters.SURVEY, c -> c.figure(myFigure))     // an own chart in a standard chapter
 *         .build();
 * }</pre>
 */
public final class ReportBuilder {
    private final ReportContext context;
    private final List<Chapter> chapters = new ArrayList<>();

    ReportBuilder(ReportContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Appends a chapter.
     *
     * @param chapter the chapter; its id must be of the form of {@link Chapter#id()} and new in this
     *                report, its title not blank
     * @return this builder
     * @throws NullPointerException     when {@code chapter} or its id is null
     * @throws IllegalArgumentException when its id is not of that form or taken, or its title is
     *                                  null or blank
     */
    public ReportBuilder add(Chapter chapter) {
        chapters.add(check(chapter));
        return this;
    }

    /**
     * Inserts a chapter before the chapter with the given id.
     *
     * @param id      the id of a chapter the report has, such as {@link Chapters#METHODS}
     * @param chapter the chapter to insert; its id must be new in this report, its title not blank
     * @return this builder
     * @throws NullPointerException     when {@code chapter} or its id is null
     * @throws IllegalArgumentException when the report has no chapter {@code id}, or the chapter's
     *                                  id is not of the form of {@link Chapter#id()} or taken, or
     *                                  its title is null or blank
     */
    public ReportBuilder addBefore(String id, Chapter chapter) {
        chapters.add(indexOf(id), check(chapter));
        return this;
    }

    /**
     * Inserts a chapter after the chapter with the given id.
     *
     * @param id      the id of a chapter the report has, such as {@link Chapters#SURVEY}
     * @param chapter the chapter to insert; its id must be new in this report, its title not blank
     * @return this builder
     * @throws NullPointerException     when {@code chapter} or its id is null
     * @throws IllegalArgumentException when the report has no chapter {@code id}, or the chapter's
     *                                  id is not of the form of {@link Chapter#id()} or taken, or
     *                                  its title is null or blank
     */
    public ReportBuilder addAfter(String id, Chapter chapter) {
        chapters.add(indexOf(id) + 1, check(chapter));
        return this;
    }

    /**
     * Replaces the chapter with the given id, in its place. The new chapter may have the same id;
     * when it is rejected, the old one stays.
     *
     * @param id      the id of a chapter the report has
     * @param chapter the chapter to put in its place; its id must not be another chapter's
     * @return this builder
     * @throws NullPointerException     when {@code chapter} or its id is null
     * @throws IllegalArgumentException when the report has no chapter {@code id}, or the new
     *                                  chapter's id is not of the form of {@link Chapter#id()} or
     *                                  another chapter's, or its title is null or blank
     */
    public ReportBuilder replace(String id, Chapter chapter) {
        int i = indexOf(id);
        Chapter old = chapters.remove(i);
        try {
            chapters.add(i, check(chapter));
        } catch (RuntimeException e) {
            chapters.add(i, old);
            throw e;
        }
        return this;
    }

    /**
     * Leaves out the chapter with the given id (with its findings, methods and appendix parts).
     *
     * @param id the id of a chapter the report has, such as {@link Chapters#APPENDIX}
     * @return this builder
     * @throws IllegalArgumentException when the report has no chapter {@code id}
     */
    public ReportBuilder omit(String id) {
        chapters.remove(indexOf(id));
        return this;
    }

    /**
     * Leaves out the chapter with the given id if the report has it.
     *
     * @param id the id of the chapter to leave out; an id the report does not have changes nothing
     * @return this builder
     */
    public ReportBuilder omitIfPresent(String id) {
        chapters.removeIf(c -> c.id().equals(id));
        return this;
    }

    /**
     * Writes more content at the end of the chapter with the given id (such as an own figure). The
     * chapter keeps its id, title, kind, findings, method and appendix sections.
     *
     * @param id   the id of a chapter the report has, such as {@link Chapters#SURVEY}
     * @param more writes into the chapter's content after the chapter itself has written; called
     *             each time the report is built
     * @return this builder
     * @throws NullPointerException     when {@code more} is null
     * @throws IllegalArgumentException when the report has no chapter {@code id}
     */
    public ReportBuilder extend(String id, Consumer<Content> more) {
        Objects.requireNonNull(more, "more");
        int i = indexOf(id);
        Chapter base = chapters.get(i);
        chapters.set(i, new Chapter() {
            @Override
            public String id() {
                return base.id();
            }

            @Override
            public String title() {
                return base.title();
            }

            @Override
            public Kind kind() {
                return base.kind();
            }

            @Override
            public void write(Content content) {
                base.write(content);
                more.accept(content);
            }

            @Override
            public List<Finding> findings(ReportContext ctx) {
                return base.findings(ctx);
            }

            @Override
            public void methods(Content content) {
                base.methods(content);
            }

            @Override
            public void appendix(Content content) {
                base.appendix(content);
            }
        });
        return this;
    }

    /**
     * The ids of the chapters so far, in order.
     *
     * @return the chapter ids, a snapshot (later changes to the builder do not change it)
     */
    public List<String> chapterIds() {
        return chapters.stream().map(Chapter::id).toList();
    }

    /**
     * The report's context.
     *
     * @return the title, municipality, date and {@code min_cell} the report will be built with
     */
    public ReportContext context() {
        return context;
    }

    /**
     * Lets every chapter write its content and numbers headings, tables and figures. The builder
     * may be changed and built again; a report built before does not change.
     *
     * @return the report, ready to render
     * @throws IllegalStateException when there is no chapter
     * @throws IllegalArgumentException when two tables or figures share an id
     */
    public Report build() {
        if (chapters.isEmpty()) {
            throw new IllegalStateException("a report needs at least one chapter");
        }
        return Report.of(context, List.copyOf(chapters));
    }

    private Chapter check(Chapter c) {
        Objects.requireNonNull(c, "chapter");
        String id = Objects.requireNonNull(c.id(), "chapter id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("chapter id must be lower-case letters and digits joined by dashes: "
                    + id);
        }
        if (c.title() == null || c.title().isBlank()) {
            throw new IllegalArgumentException("chapter " + id + " needs a title");
        }
        if (chapters.stream().anyMatch(x -> x.id().equals(id))) {
            throw new IllegalArgumentException("the report already has a chapter " + id);
        }
        return c;
    }

    private int indexOf(String id) {
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the report has no chapter " + id + "; it has " + chapterIds());
    }
}
