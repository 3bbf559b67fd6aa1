package de.lagebild.cli;

import de.lagebild.internal.DelimitedReader;
import de.lagebild.internal.Encodings;
import de.lagebild.internal.Header;
import de.lagebild.io.InputException;
import de.lagebild.internal.Numbers;
import de.lagebild.io.Problem;
import de.lagebild.project.SurveySpec;
import de.lagebild.project.WeightingSpec;
import de.lagebild.survey.Codebook;
import de.lagebild.survey.Column;
import de.lagebild.survey.Margin;
import de.lagebild.survey.SurveyData;
import de.lagebild.survey.SurveyReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The survey and margin kinds of {@code lagebild check}. */
final class SurveyChecks {
    private SurveyChecks() {
    }

    private static Optional<Charset> charset(FileCheck.Options o) {
        return o.encoding().filter(e -> !e.equalsIgnoreCase("auto")).map(e -> {
            try {
                return Encodings.parse(e);
            } catch (IllegalArgumentException ex) {
                throw new InputException(Problem.inFile("--encoding", ex.getMessage()));
            }
        });
    }

    private static Optional<Character> delimiter(FileCheck.Options o) {
        return o.delimiter().filter(d -> !d.equalsIgnoreCase("auto")).map(d -> {
            if (d.equalsIgnoreCase("tab") || d.equals("\\t")) {
                return '\t';
            }
            if (d.length() == 1 && ",;|".contains(d)) {
                return d.charAt(0);
            }
            throw new InputException(Problem.inFile("--delimiter", "must be one of , ; | tab, not \"" + d + "\""));
        });
    }

    /** The first line of the file, for defaults. */
    private static Header header(Path file, FileCheck.Options o) {
        try (DelimitedReader in = DelimitedReader.open(file, o.displayName(), charset(o).orElse(null),
                delimiter(o).orElse(null))) {
            DelimitedReader.Record first = in.next();
            if (first == null) {
                throw new InputException(Problem.inFile(o.displayName(), "is empty"));
            }
            return Header.of(first, o.displayName());
        }
    }

    /** A survey: every row checked as the survey reader checks it (ids, codebook values, field counts). */
    static final class Survey implements FileCheck {
        @Override
        public Report check(Path file, Options o) {
            Header h = header(file, o);
            String id = o.id().orElse(h.names().get(0));
            Codebook codebook = o.codebook().map(p -> Codebook.load(p, p.toString())).orElse(Codebook.empty());
            SurveySpec spec = new SurveySpec(file.toAbsolutePath(), o.displayName(), o.codebook(), id, charset(o),
                    delimiter(o), o.missing(), List.of(), new SurveySpec.DesignSpec(Optional.empty(),
                            Optional.empty(), Optional.empty()), WeightingSpec.none(),
                    new SurveySpec.VarianceSpec(SurveySpec.VarianceMethod.LINEARIZATION, 2, 1), List.of(), List.of(),
                    List.of(), SurveySpec.InvalidRows.REJECT);
            SurveyReader.Result r = SurveyReader.read(spec, codebook, "lagebild check");
            SurveyData d = r.data();
            List<String> facts = new ArrayList<>();
            facts.add("encoding: " + r.charset() + ", delimiter: " + (r.delimiter() == '\t' ? "tab" : "'"
                    + r.delimiter() + "'"));
            facts.add("columns: " + h.size() + " (" + h.listNames() + ")");
            facts.add("id column: " + id + (o.id().isEmpty() ? " (the first column; give --id to choose another)" : ""));
            facts.add("respondents: " + d.size());
            List<String> notes = new ArrayList<>();
            for (String name : d.names()) {
                Column c = d.column(name);
                int missing = 0;
                for (int i = 0; i < c.size(); i++) {
                    if (c.isMissing(i)) {
                        missing++;
                    }
                }
                if (missing * 2 > c.size() && c.size() > 0) {
                    notes.add(name + ": " + missing + " of " + c.size() + " values missing");
                }
            }
            if (o.codebook().isEmpty()) {
                notes.add("no --codebook given: values were not checked against value labels");
            }
            return new Report(facts, r.account().read(), r.account().used(), r.account().rejected(), notes);
        }
    }

    /** A margin: a column per variable and a count column. */
    static final class MarginCheck implements FileCheck {
        @Override
        public Report check(Path file, Options o) {
            Header h = header(file, o);
            String count = o.count().orElse(h.has("N") ? "N" : h.names().get(h.size() - 1));
            List<String> vars = o.variables().isEmpty() ? h.names().stream().filter(n -> !n.equals(count)
                    && !n.isEmpty()).toList() : o.variables();
            WeightingSpec.MarginSpec spec = new WeightingSpec.MarginSpec(vars, file.toAbsolutePath(),
                    o.displayName(), Map.of(), count, charset(o), delimiter(o));
            Margin.Read r = Margin.read(spec);
            List<String> facts = new ArrayList<>();
            facts.add("variables: " + String.join(", ", vars) + "; count column: " + count);
            facts.add("cells: " + r.margin().cells().size() + ", population total: "
                    + Numbers.format(r.margin().total()));
            return new Report(facts, r.account().read(), r.account().used(), r.account().rejected(), List.of());
        }
    }
}
