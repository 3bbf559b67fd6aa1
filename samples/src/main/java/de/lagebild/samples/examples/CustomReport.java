package de.lagebild.samples.examples;

import de.lagebild.io.InputException;
import de.lagebild.project.Project;
import de.lagebild.report.Analysis;
import de.lagebild.report.Chapter;
import de.lagebild.report.Chapters;
import de.lagebild.report.Content;
import de.lagebild.report.Report;
import de.lagebild.report.Table;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the sample municipality's report without the appendix and with a chapter of its own
 * (the municipality's prevention offers), into {@code out/custom-report/}.
 */
public final class CustomReport {
    private CustomReport() {
    }

    /**
     * Runs the example.
     *
     * @param args optionally the project file and the output folder
     */
    public static void main(String[] args) {
        Path project = Path.of(args.length > 0 ? args[0] : "samples/musterstadt/lagebild.yaml");
        Path out = Path.of(args.length > 1 ? args[1] : "out/custom-report");
        try {
            List<String> files = run(project, out);
            System.out.println("wrote " + files.size() + " files into " + out);
        } catch (InputException e) {
            e.problems().forEach(System.err::println);
            System.exit(2);
        }
    }

    /**
     * Writes the custom report.
     *
     * @param projectFile the project file
     * @param out         the output folder
     * @return the files written, relative to the folder
     * @throws InputException when the project or its inputs cannot be used
     */
    public static List<String> run(Path projectFile, Path out) {
        Analysis analysis = Analysis.run(Project.load(projectFile));
        Chapter prevention = new Chapter() {
            @Override
            public String id() {
                return "praevention";
            }

            @Override
            public String title() {
                return "Präventionsangebote";
            }

            @Override
            public void write(Content c) {
                c.paragraph("Der kommunale Präventionsrat fördert Angebote, die an den Befunden dieser Analyse"
                        + " ansetzen: Schulwegbegleitung, ein Nachtcafé im Bahnhofsviertel und Ortsbegehungen.");
                c.table(Table.builder("praevention-angebote", "Präventionsangebote 2024")
                        .columns(Table.text("angebot", "Angebot"), Table.text("handlungsfeld", "Handlungsfeld"),
                                Table.integer("teilnehmende", "Teilnehmende"))
                        .row("Schulwegbegleitung", "Gewalt", 214)
                        .row("Nachtcafé Bahnhofsviertel", "Drogen und Alkohol", 1385)
                        .row("Ortsbegehungen", "Verschmutzung und Müll", 96)
                        .build());
            }
        };
        Report report = analysis.reportBuilder().omit(Chapters.APPENDIX).addBefore(Chapters.METHODS, prevention)
                .build();
        return analysis.write(out, report);
    }
}
