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

    private Analysis(Project project, Report report, List<RowAccount> accounts, List<String> parts, SurveyRun survey,
            SurveyResults surveyResults, CrimeResult crime) {
        this.project = project;
        this.report = report;
        this.accounts = List.copyOf(accounts);
        this.parts = List.copyOf(parts);
        this.survey = survey;
        this.surveyResults = surveyResults;
        this.crime = crime;
    }

    /**
     * Runs every part of a project and builds the standard report.
     *
     * @throws InputException listing every problem of the inputs
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
        // the crime part's chapters plug in here, before the survey
        if (crime != null) {
            chapters.addAll(crimeChapters(p, crime, results, parts));
        }
        if (run != null) {
            chapters.add(Chapters.survey(run, results));
            parts.add("survey");
        }
        if (chapters.isEmpty()) {
            throw new InputException(Problem.atKey(p.displayName(), 0, "survey", "is required: lagebild analyze"
                    + " reports the survey part of a project (the crime part is not supported by analyze yet)"));
        }
        if (parts.equals(List.of("survey"))) {
            ctx = ctx.withSubtitle("Ergebnisse der Bürgerbefragung zum Sicherheitsgefühl");
        }
        ReportBuilder b = Report.builder(ctx).add(Chapters.keyFindings());
        chapters.forEach(b::add);
        b.add(Chapters.methods()).add(Chapters.appendix());
        return new Analysis(p, b.build(), accounts, parts, run, results, crime);
    }

    /**
     * The seam for the official statistics (PKS, Ordnungswidrigkeiten): returns the crime chapters
     * of a project (the survey results, when there are any, feed the fields of action) and adds
     * "crime" to parts when it returns chapters.
     */
    static List<Chapter> crimeChapters(Project p, CrimeResult crime, SurveyResults survey, List<String> parts) {
        return List.of();
    }

    /** The project. */
    public Project project() {
        return project;
    }

    /** The report. */
    public Report report() {
        return report;
    }

    /** The row accounting of every input read. */
    public List<RowAccount> accounts() {
        return accounts;
    }

    /** The parts reported: "survey", "crime". */
    public List<String> parts() {
        return parts;
    }

    /** The weighted survey, if the project has one. */
    public Optional<SurveyRun> survey() {
        return Optional.ofNullable(survey);
    }

    /** The official-statistics results, if the project has a crime part. */
    public Optional<CrimeResult> crime() {
        return Optional.ofNullable(crime);
    }

    /** The survey estimates, if the project has a survey. */
    public Optional<SurveyResults> surveyResults() {
        return Optional.ofNullable(surveyResults);
    }

    /**
     * Writes {@code Sicherheitsanalyse.pdf}, {@code tables/*.csv} and {@code manifest.json} into a
     * folder, all at once: a failure leaves the folder as it was.
     *
     * @return the files written, relative to the folder
     */
    public List<String> write(Path target) {
        try (OutputDir dir = OutputDir.open(target)) {
            List<String> written = new ArrayList<>(report.write(dir));
            Manifest.write(dir, project, accounts, parts, written);
            written.add(Manifest.NAME);
            dir.commit();
            return written;
        }
    }
}
