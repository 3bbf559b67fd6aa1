package de.lagebild.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import de.lagebild.io.InputException;
import de.lagebild.project.Project;
import de.lagebild.survey.SurveyEstimation;
import de.lagebild.survey.SurveyRun;
import de.lagebild.testing.ReferenceCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds randomly damaged copies of the survey inputs (responses, margins, codebook, project file)
 * through the whole survey pipeline. The only outcomes allowed are a result or a clear
 * {@link InputException}; anything else fails with the seed and the damage, so it can be replayed.
 */
class SurveyFuzzTest {
    private static final int CASES = Integer.getInteger("lagebild.fuzz.cases", 400);

    @TempDir
    Path tmp;

    @Test
    void damagedInputsGiveResultsOrClearErrors() throws Exception {
        ReferenceCase rc = ReferenceCase.load("survey-a");
        Path projectFile = rc.writeProject("raking", java.util.Map.of());
        // a smaller survey keeps each case fast: every fourth respondent
        List<String> lines = Files.readAllLines(rc.dir().resolve("survey.csv"), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (int i = 1; i < lines.size(); i += 4) {
            sb.append(lines.get(i)).append('\n');
        }
        byte[] survey = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] sexAge = Files.readAllBytes(rc.dir().resolve("margin_sex_age.csv"));
        byte[] district = Files.readAllBytes(rc.dir().resolve("margin_district.csv"));
        byte[] project = Files.readAllBytes(projectFile);
        byte[] projectReject = Files.readAllBytes(rc.writeProject("raking", java.util.Map.of("invalid_rows", "reject")));
        String[] names = {"survey.csv", "margin_sex_age.csv", "margin_district.csv", "lagebild.yaml"};
        byte[][] originals = {survey, sexAge, district, project};
        int results = 0;
        int errors = 0;
        List<String> failures = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(20251121L);
        for (int c = 0; c < CASES; c++) {
            long seed = seeds.nextLong();
            SplittableRandom rnd = new SplittableRandom(seed);
            Path dir = tmp.resolve("case" + c);
            Files.createDirectories(dir);
            int target = rnd.nextInt(names.length);
            String what = "";
            boolean reject = rnd.nextBoolean();
            for (int f = 0; f < names.length; f++) {
                byte[] content = f == 3 && reject ? projectReject : originals[f];
                if (f == target) {
                    Mutator.Mutation m = Mutator.mutate(content, rnd);
                    content = m.bytes();
                    what = names[f] + ": " + m.description();
                }
                Files.write(dir.resolve(names[f]), content);
            }
            try {
                Project p = Project.load(dir.resolve("lagebild.yaml"));
                SurveyRun run = SurveyRun.of(p);
                SurveyEstimation.run(run);
                results++;
            } catch (InputException e) {
                errors++;
                if (e.getMessage().isBlank()) {
                    failures.add("case " + c + " (seed " + seed + ", " + what + "): empty message");
                }
            } catch (RuntimeException | Error e) {
                failures.add("case " + c + " (seed " + seed + ", " + what + "): " + e);
            }
        }
        System.out.printf("survey fuzz: %d damaged inputs tried: %d gave results, %d clear errors, %d other%n",
                CASES, results, errors, failures.size());
        if (!failures.isEmpty()) {
            fail(failures.size() + " damaged inputs gave an internal error:\n" + String.join("\n", failures));
        }
    }
}
