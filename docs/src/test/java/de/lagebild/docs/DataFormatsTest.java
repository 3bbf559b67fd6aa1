package de.lagebild.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.lagebild.project.SurveySpec;
import de.lagebild.project.WeightingSpec;
import de.lagebild.survey.Codebook;
import de.lagebild.survey.Margin;
import de.lagebild.survey.SurveyReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example files of docs/data-formats.md are valid inputs of their readers. */
class DataFormatsTest {
    @TempDir
    Path tmp;

    private static String example(String name) {
        String md = Snippets.read(Path.of("data-formats.md"));
        Matcher m = Pattern.compile("<!-- example: " + name + " -->\\s*\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL)
                .matcher(md);
        if (!m.find()) {
            throw new AssertionError("no example " + name);
        }
        return m.group(1) + "\n";
    }

    @Test
    void examplesAreRead() throws Exception {
        Path cb = tmp.resolve("codebook.yaml");
        Files.writeString(cb, example("codebook"), StandardCharsets.UTF_8);
        Codebook codebook = Codebook.load(cb, "codebook.yaml");
        assertEquals(1, codebook.scales().size());

        Path survey = tmp.resolve("survey.csv");
        Files.writeString(survey, example("survey"), StandardCharsets.UTF_8);
        SurveySpec spec = new SurveySpec(survey, "survey.csv", Optional.of(cb), "id", Optional.empty(),
                Optional.empty(), List.of("8", "9"), List.of(), new SurveySpec.DesignSpec(Optional.of("district"),
                        Optional.of("dw"), Optional.of("N_h")), WeightingSpec.none(),
                new SurveySpec.VarianceSpec(SurveySpec.VarianceMethod.LINEARIZATION, 2, 1), List.of(), List.of(),
                List.of(), SurveySpec.InvalidRows.ERROR);
        SurveyReader.Result r = SurveyReader.read(spec, codebook, "data-formats.md");
        assertEquals(3, r.account().used());
        assertEquals(';', r.delimiter());

        Path margin = tmp.resolve("margin.csv");
        Files.writeString(margin, example("margin"), StandardCharsets.UTF_8);
        Margin.Read m = Margin.read(new WeightingSpec.MarginSpec(List.of("sex", "agegrp"), margin, "margin.csv",
                Map.of(), "N", Optional.empty(), Optional.empty()));
        assertEquals(4, m.margin().cells().size());
        assertEquals(5508, m.margin().total());
    }
}
