package de.lagebild.survey;

import de.lagebild.io.InputException;
import de.lagebild.internal.Problems;
import de.lagebild.io.RowAccount;
import de.lagebild.project.Project;
import de.lagebild.project.SurveySpec;
import de.lagebild.project.WeightingSpec.MarginSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A project's survey read and weighted: the first step of every analysis.
 *
 * <pre>{@code
 * Project project = Project.load(Path.of("lagebild.yaml"));
 * SurveyRun run = SurveyRun.of(project);
 * double[] w = run.weighted().weights();
 * }</pre>
 *
 * @param spec     the survey settings
 * @param read     the responses and their row accounting
 * @param margins  the margins read, in the order of {@code survey.weighting.margins}
 * @param weighted the weighted design
 */
public record SurveyRun(SurveySpec spec, SurveyReader.Result read, List<Margin.Read> margins, WeightedDesign weighted) {

    /**
     * Validates and copies.
     *
     * @param spec     the survey settings
     * @param read     the responses and their row accounting
     * @param margins  the margins read, in the order of {@code survey.weighting.margins}
     * @param weighted the weighted design
     * @throws NullPointerException when a component or a margin is null
     */
    public SurveyRun {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(read, "read");
        margins = List.copyOf(margins);
        Objects.requireNonNull(weighted, "weighted");
    }

    /**
     * Reads the codebook, the responses and the margins of a project and weights the survey.
     *
     * @param project a project read by {@link Project#load(java.nio.file.Path)}
     * @return the responses, the margins and the weighted design
     * @throws InputException when the project has no survey part, or listing every problem of the inputs
     */
    public static SurveyRun of(Project project) {
        SurveySpec spec = project.survey().orElseThrow(() -> new InputException(
                de.lagebild.io.Problem.atKey(project.displayName(), 0, "survey", "is required for this command")));
        return of(spec, project.displayName());
    }

    /**
     * Reads and weights a survey described by a survey part, with messages naming {@code projectName}.
     *
     * @param spec        the survey part: files, design, weighting
     * @param projectName the project file's name, for messages about keys
     * @return the responses, the margins and the weighted design
     * @throws InputException listing every problem of the codebook, the margins and the responses, or
     *                        of the design and the weighting
     */
    public static SurveyRun of(SurveySpec spec, String projectName) {
        return of(spec, projectName, null);
    }

    /**
     * Weights survey responses given as a Tablesaw table (for embedding): the project's survey part
     * says how (its {@code file} is not read); the codebook and margins are read from their files.
     *
     * @param spec        the survey part: design, weighting, codebook and margin files
     * @param projectName the project's name, for messages about keys
     * @param table       the responses, one row per respondent; null reads the survey part's file
     * @return the responses, the margins and the weighted design
     * @throws InputException listing every problem of the codebook, the margins and the responses, or
     *                        of the design and the weighting
     */
    public static SurveyRun of(SurveySpec spec, String projectName, tech.tablesaw.api.Table table) {
        Codebook codebook = spec.codebook().map(p -> Codebook.load(p, p.getFileName().toString()))
                .orElse(Codebook.empty());
        // read the margins first: a broken margin is reported together with the survey's problems
        Problems problems = new Problems();
        List<Margin.Read> margins = new ArrayList<>();
        for (MarginSpec ms : spec.weighting().margins()) {
            try {
                margins.add(Margin.read(ms));
            } catch (InputException e) {
                problems.addAll(e);
            }
        }
        SurveyReader.Result read;
        try {
            read = table == null ? SurveyReader.read(spec, codebook, projectName)
                    : SurveyReader.read(table, spec, codebook, projectName);
        } catch (InputException e) {
            problems.addAll(e);
            problems.throwIfAny();
            throw e;
        }
        problems.throwIfAny();
        Design design = Design.of(read.data(), spec.design());
        WeightedDesign weighted = Weighting.apply(design, spec.weighting(), margins.stream().map(Margin.Read::margin)
                .toList(), projectName);
        return new SurveyRun(spec, read, margins, weighted);
    }

    /**
     * The row accounting of every file read: the survey, then the margins.
     *
     * @return a new list: the survey's account first, then one per margin in the order of the margins
     */
    public List<RowAccount> accounts() {
        List<RowAccount> out = new ArrayList<>();
        out.add(read.account());
        margins.forEach(m -> out.add(m.account()));
        return out;
    }
}
