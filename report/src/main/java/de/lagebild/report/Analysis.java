package de.lagebild.report;

import de.lagebild.crime.CrimeAnalysis;
import de.lagebild.crime.CrimeResult;
import de.lagebild.io.InputException;
import de.lagebild.io.OutputDir;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import de.lagebild.project.Project;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyResults;
import de.lagebild.survey.SurveyRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One municipality's Sicherheitsanalyse: every part of its project run and assembled into the
 * standard report. This is what {@code lagebild analyze}, {@code demo} and {@code batch} do, and
 * what an embedding tool calls:
 *
 * <pre>{@code
 * Analysis a = Analysis.run(Project.load(Path.of("lagebild.yaml")));
 * a.write(Path.of("out/musterstadt"));     // PDF, tables/*.csv, manifest.json, all at once
 * }</pre>
 */
public final class Analysis {
    private final Project project;
    private final Report report;
    private final List<RowAccount> accounts;
    private final List<String> parts;
    private final SurveyRun survey;
    private final SurveyResults surveyResults;
    private final CrimeResult crime;
    private final ReportContext context;
    private final List<Chapter> chapters;

    private Analysis(Project project, Report report, List<RowAccount> accounts, List<String> parts, SurveyRun survey,
            SurveyResults surveyResults, CrimeResult crime, ReportContext context, List<Chapter> chapters) {
        this.project = project;
        this.report = report;
        this.accounts = List.copyOf(accounts);
        this.parts = List.copyOf(parts);
        this.survey = survey;
        this.surveyResults = surveyResults;
        this.crime = crime;
        this.context = context;
        this.chapters = List.copyOf(chapters);
    }

    /**
     * Runs every part of a project and builds the standard report: the official statistics when
     * the project has a {@code crime:} part, the survey when it has a {@code survey:} part.
     *
     * @param p the project, as {@link Project#load loaded}
     * @return the analysis, with its report built and ready to {@link #write(Path) write}
     * @throws NullPointerException when {@code p} is null
     * @throws InputException       listing every problem of the inputs, or when the project has
     *                              neither a survey nor a crime part
     */
    public static Analysis run(Project p) {
        Objects.requireNonNull(p, "project");
        List<RowAccount> accounts = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        ReportContext ctx = ReportContext.of(p);
        CrimeResult crime = null;
        if (p.crime().isPresent()) {
            crime = CrimeAnalysis.run(p);
            accounts.addAll(crime.accounts());
        }
        SurveyRun run = null;
        SurveyResults results = null;
        if (p.survey().isPresent()) {
            run = SurveyRun.of(p);
            results = SurveyEstimation.run(run);
            accounts.addAll(run.accounts());
        }
        // the crime part's chapters: Gebietsprofil, Kriminalitätslage, Ordnungswidrigkeiten before the
        // survey, Handlungsfelder after it
        List<Chapter> crimeChapters = crime == null ? List.of() : crimeChapters(p, crime, run, results, parts);
        for (Chapter c : crimeChapters) {
            if (!c.id().equals(FieldsChapter.ID)) {
                chapters.add(c);
            }
        }
        if (run != null) {
            String headline = p.report().headlineOf(run.spec().indicators()).orElse(null);
            chapters.add(Chapters.survey(run, results, headline));
            parts.add("survey");
        }
        for (Chapter c : crimeChapters) {
            if (c.id().equals(FieldsChapter.ID)) {
                chapters.add(c);
            }
        }
        if (chapters.isEmpty()) {
            throw new InputException(Problem.atKey(p.displayName(), 0, "survey", "is required: a project needs a"
                    + " survey: part, a crime: part, or both"));
        }
        if (parts.equals(List.of("survey"))) {
            ctx = ctx.withSubtitle("Ergebnisse der Bürgerbefragung zum Sicherheitsgefühl");
        } else if (parts.equals(List.of("crime"))) {
            ctx = ctx.withSubtitle("Kriminalität und Ordnungswidrigkeiten in der amtlichen Statistik");
        } else {
            ctx = ctx.withSubtitle("Amtliche Statistik und Bürgerbefragung zur Sicherheit");
        }
        List<Chapter> all = new ArrayList<>();
        all.add(Chapters.keyFindings());
        all.addAll(chapters);
        all.add(Chapters.methods());
        all.add(Chapters.appendix());
        ReportBuilder b = Report.builder(ctx);
        all.forEach(b::add);
        return new Analysis(p, b.build(), accounts, parts, run, results, crime, ctx, all);
    }

    /**
     * The seam for the official statistics (PKS, Ordnungswidrigkeiten, population): returns the crime
     * chapters of a project in order (Gebietsprofil, Kriminalitätslage, Ordnungswidrigkeiten,
     * Handlungsfelder; a chapter without data is left out, Handlungsfelder is placed after the survey
     * chapter by {@link #run}) and adds "crime" to parts when it returns chapters. The survey, when
     * there is one, feeds the fields of action.
     */
    static List<Chapter> crimeChapters(Project p, CrimeResult crime, SurveyRun run, SurveyResults survey,
            List<String> parts) {
        CrimeFacts facts = new CrimeFacts(p, crime, ReportContext.of(p));
        List<Chapter> out = new ArrayList<>();
        ProfileChapter profile = new ProfileChapter(facts);
        if (profile.hasData()) {
            out.add(profile);
        }
        if (facts.hasPks()) {
            out.add(new CrimeChapter(facts));
        }
        OwiChapter owi = new OwiChapter(facts);
        if (owi.hasData()) {
            out.add(owi);
        }
        if (!crime.fields().isEmpty() && (facts.hasPks() || owi.hasData())) {
            out.add(new FieldsChapter(facts, run, survey));
        }
        if (!out.isEmpty()) {
            parts.add("crime");
        }
        return out;
    }

    /**
     * The project.
     *
     * @return the project this analysis was run on
     */
    public Project project() {
        return project;
    }

    /**
     * The report.
     *
     * @return the standard report, built: Kernbefunde, the chapters of the parts the project has,
     *         Methodik and Anhang
     */
    public Report report() {
        return report;
    }

    /**
     * The row accounting of every input read.
     *
     * @return one account per input file (rows read, used and rejected): the official statistics'
     *         first, then the survey's and its margins' (unmodifiable)
     */
    public List<RowAccount> accounts() {
        return accounts;
    }

    /**
     * The parts reported.
     *
     * @return {@code "crime"} when the official statistics gave a chapter, then {@code "survey"}
     *         when the project has a survey; never empty (unmodifiable)
     */
    public List<String> parts() {
        return parts;
    }

    /**
     * The weighted survey, if the project has one.
     *
     * @return the survey, read and weighted, or empty without a {@code survey:} part
     */
    public Optional<SurveyRun> survey() {
        return Optional.ofNullable(survey);
    }

    /**
     * The official-statistics results, if the project has a crime part.
     *
     * @return the indicators, trends and fields of action, or empty without a {@code crime:} part
     */
    public Optional<CrimeResult> crime() {
        return Optional.ofNullable(crime);
    }

    /**
     * The survey estimates, if the project has a survey.
     *
     * @return the estimates, tests and scale reliabilities, or empty without a {@code survey:} part
     */
    public Optional<SurveyResults> surveyResults() {
        return Optional.ofNullable(surveyResults);
    }

    /**
     * A builder holding the standard report's chapters, for a tool that leaves chapters out, adds
     * its own or extends one ({@link ReportBuilder#omit}, {@link ReportBuilder#addBefore},
     * {@link ReportBuilder#extend}); {@link ReportBuilder#build()} gives the changed report, which
     * {@link #write(Path, Report)} writes with the manifest.
     *
     * @return a new builder; changing it does not change {@link #report()}
     */
    public ReportBuilder reportBuilder() {
        ReportBuilder b = Report.builder(context);
        chapters.forEach(b::add);
        return b;
    }

    /**
     * Writes {@code Sicherheitsanalyse.pdf}, {@code tables/*.csv} and {@code manifest.json} into a
     * folder, all at once: a failure leaves the folder as it was.
     *
     * @param target the output folder (created if needed)
     * @return the files written, relative to the folder with {@code /} as separator: the PDF, the
     *         CSV tables, then {@code manifest.json}
     * @throws InputException              when {@code target} exists and is not a folder, or cannot be created
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public List<String> write(Path target) {
        return write(target, report);
    }

    /**
     * Writes a report built from this analysis (see {@link #reportBuilder()}) with the analysis's
     * manifest, all at once.
     *
     * @param target the output folder (created if needed)
     * @param custom the report to write, usually built from {@link #reportBuilder()}; the manifest
     *               describes this analysis's inputs and settings whatever the report holds
     * @return the files written, relative to the folder with {@code /} as separator: the PDF, the
     *         CSV tables, then {@code manifest.json}
     * @throws InputException              when {@code target} exists and is not a folder, or cannot be created
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public List<String> write(Path target, Report custom) {
        try (OutputDir dir = OutputDir.open(target)) {
            List<String> written = new ArrayList<>(custom.write(dir));
            Manifest.write(dir, project, accounts, parts, written);
            written.add(Manifest.NAME);
            dir.commit();
            return written;
        }
    }
}
