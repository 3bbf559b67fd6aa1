package de.lagebild.report;

import de.lagebild.io.OutputDir;
import de.lagebild.report.Block.Heading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * A report ready to render: chapters written, headings, tables and figures numbered. Render it to
 * PDF with {@link #pdf()} or write the PDF and every table as CSV with {@link #write(OutputDir)}.
 * The same report renders to the same bytes every time.
 *
 * <pre>{@code
 * Report report = Chapters.standard(project, run, results).build();
 * try (OutputDir dir = OutputDir.open(Path.of("out/musterstadt"))) {
 *     report.write(dir);       // Sicherheitsanalyse.pdf and tables/*.csv
 *     dir.commit();
 * }
 * }</pre>
 */
public final class Report {
    /** The PDF's file name in an output folder. */
    public static final String PDF_NAME = "Sicherheitsanalyse.pdf";

    private final ReportContext context;
    private final List<Chapter> chapters;
    private final List<Block> blocks;
    private final List<Table> tables;

    private Report(ReportContext context, List<Chapter> chapters, List<Block> blocks, List<Table> tables) {
        this.context = context;
        this.chapters = chapters;
        this.blocks = blocks;
        this.tables = tables;
    }

    /**
     * Starts an empty report; see {@link Chapters#standard} for the standard one.
     *
     * @param context the report's title, municipality, date and {@code min_cell}
     * @return a new builder without chapters
     * @throws NullPointerException when {@code context} is null
     */
    public static ReportBuilder builder(ReportContext context) {
        return new ReportBuilder(context);
    }

    static Report of(ReportContext ctx, List<Chapter> chapters) {
        Content.State st = new Content.State();
        int main = 0;
        int appendix = 0;
        for (Chapter c : chapters) {
            st.chapterId = c.id();
            st.section = 0;
            st.sub = 0;
            String number = switch (c.kind()) {
                case FRONT -> "";
                case MAIN -> Integer.toString(++main);
                case APPENDIX -> String.valueOf((char) ('A' + appendix++));
            };
            st.chapterNumber = number;
            st.add(new Heading(1, number, c.title(), number.isEmpty() ? "h-" + c.id() : "h-" + number));
            c.write(new Content(ctx, chapters, st));
        }
        return new Report(ctx, chapters, List.copyOf(st.blocks), List.copyOf(st.tableList));
    }

    /**
     * The report's context.
     *
     * @return the title, municipality, date and {@code min_cell} the report was built with
     */
    public ReportContext context() {
        return context;
    }

    /**
     * The chapter ids in order.
     *
     * @return the ids of the report's chapters, as printed from first to last
     */
    public List<String> chapterIds() {
        return chapters.stream().map(Chapter::id).toList();
    }

    /**
     * Every heading (chapters, sections and subsections), in order.
     *
     * @return each heading as its number, one space and its title ("2.1 Gewichtung"), or its title
     *         alone when unnumbered ("Kernbefunde")
     */
    public List<String> headings() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                out.add(h.number().isEmpty() ? h.title() : h.number() + " " + h.title());
            }
        }
        return out;
    }

    /**
     * The tables in the order printed.
     *
     * @return every table of the report (unmodifiable); each is also written as CSV
     */
    public List<Table> tables() {
        return tables;
    }

    /**
     * Renders the PDF; the same report gives the same bytes every time.
     *
     * @return the PDF document
     */
    public byte[] pdf() {
        return new PdfRenderer(context, blocks).render();
    }

    /**
     * Writes {@value #PDF_NAME} and every table as {@code tables/<id>.csv} into an output folder
     * (the caller commits it).
     *
     * @param dir the opened output folder, not yet committed
     * @return the names written, relative to the folder with {@code /} as separator, PDF first
     * @throws UncheckedIOException when a file cannot be written
     */
    public List<String> write(OutputDir dir) {
        List<String> names = new ArrayList<>();
        try {
            Files.write(dir.file(PDF_NAME), pdf());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.add(PDF_NAME);
        for (Table t : tables) {
            t.writeCsv(dir.file(t.csvName()));
            names.add(t.csvName());
        }
        return names;
    }
}
