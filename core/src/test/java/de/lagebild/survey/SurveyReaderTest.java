package de.lagebild.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Survey import: every row used or rejected with a reason that names file, line, column and value. */
class SurveyReaderTest {
    @TempDir
    Path dir;
    Fixture fx;

    static final String BASE = """
            file: survey.csv
            id: id
            missing: [8, 9]
            """;

    @BeforeEach
    void setUp() {
        fx = new Fixture(dir);
    }

    private static String messages(InputException e) {
        return e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static Problem problemAtLine(InputException e, long line) {
        List<Problem> ps = e.problems().stream().filter(p -> p.line() == line).toList();
        assertEquals(1, ps.size(), "problems on line " + line + ":\n" + messages(e));
        return ps.get(0);
    }

    @Test
    void styleExampleUnknownCode() {
        fx.file("codebook.yaml", """
                variables:
                  q_safe_night:
                    label: Wie sicher fühlen Sie sich nachts allein in Ihrer Wohngegend?
                    type: ordinal
                    values: {1: sehr sicher, 2: eher sicher, 3: eher unsicher, 4: sehr unsicher, 8: weiß nicht, 9: keine Angabe}
                    missing: [8, 9]
                """);
        fx.file("survey.csv", "id,q_safe_night\n1,1\n2,4\n3,sehr\n4,9\n5,\n");
        InputException e = fx.readFails(BASE + "codebook: codebook.yaml\n");
        assertEquals("survey.csv line 4, column q_safe_night: \"sehr\" is not one of 1, 2, 3, 4, 8, 9 (the codebook's values)",
                e.problems().get(0).toString());
        assertEquals(2, e.problems().size(), messages(e));
        assertTrue(e.problems().get(1).toString().startsWith("survey.csv: 1 rows cannot be used"), messages(e));
        assertTrue(e.problems().get(1).message().contains("survey.invalid_rows: reject"), messages(e));
    }

    @Test
    void codesAreComparedAsNumbers() {
        fx.file("codebook.yaml", "variables:\n  q: {values: {1: ja, 2: nein}}\n");
        fx.file("survey.csv", "id,q\n1,1.0\n2,2\n3,01\n4,8\n");
        SurveyReader.Result r = fx.read(BASE + "codebook: codebook.yaml\n");
        assertEquals(4, r.data().size());
        assertTrue(r.data().column("q").isMissing(3), "8 is a missing code of survey.missing");
    }

    @Test
    void duplicateIdsNameBothLines() {
        fx.file("survey.csv", "id,x\n1,a\n2,b\n1,c\n3,d\n3,e\n");
        InputException e = fx.readFails(BASE);
        assertEquals("survey.csv line 4, column id: \"1\" is a duplicate respondent id (first on line 2)",
                problemAtLine(e, 4).toString());
        assertEquals("survey.csv line 6, column id: \"3\" is a duplicate respondent id (first on line 5)",
                problemAtLine(e, 6).toString());
        assertTrue(e.problems().get(e.problems().size() - 1).message().startsWith("2 rows cannot be used"),
                messages(e));
    }

    @Test
    void emptyIdIsRejected() {
        fx.file("survey.csv", "id,x\n1,a\n ,b\n");
        InputException e = fx.readFails(BASE);
        assertEquals("survey.csv line 3, column id: \"\" is an empty respondent id", problemAtLine(e, 3).toString());
    }

    @Test
    void designWeightMustBeAPositiveNumber() {
        fx.file("survey.csv", "id,dw\n1,1.5\n2,0\n3,-2\n4,abc\n5,\n6,NaN\n7,1e400\n8,2\n");
        InputException e = fx.readFails(BASE + "design: {weights: dw}\n");
        String[] values = {"0", "-2", "abc", "", "NaN", "1e400"};
        for (int i = 0; i < values.length; i++) {
            assertEquals("survey.csv line " + (i + 3) + ", column dw: \"" + values[i]
                    + "\" is not a design weight: it must be a positive number", problemAtLine(e, i + 3).toString());
        }
        assertEquals(values.length + 1, e.problems().size(), messages(e));
    }

    @Test
    void decimalCommaWeightsInSemicolonFiles() {
        fx.file("survey.csv", "id;dw\n1;1,5\n2;2\n");
        SurveyReader.Result r = fx.read(BASE + "design: {weights: dw}\n");
        assertEquals(';', r.delimiter());
        Design d = Design.of(r.data(), fx.spec(BASE + "design: {weights: dw}\n").design());
        assertEquals(1.5, d.designWeight(0));
    }

    @Test
    void wrongNumberOfFields() {
        fx.file("survey.csv", "id,a,b,c\n1,x,y,z\n2,x,y\n3,x,y,z,w\n4,x,y,z,,\n5,x,y,z\n");
        InputException e = fx.readFails(BASE);
        assertEquals("survey.csv line 3: has 3 fields, but the header has 4 (a truncated or shifted line?)",
                problemAtLine(e, 3).toString());
        assertEquals("survey.csv line 4: has 5 fields, but the header has 4 (an unquoted , in a value?)",
                problemAtLine(e, 4).toString());
        assertEquals(3, e.problems().size(), "trailing empty fields (line 5) are fine:\n" + messages(e));
    }

    @Test
    void missingColumnNamesTheProjectKeyAndTheColumns() {
        fx.file("survey.csv", "nr,ortsteil,gewicht,q\n1,a,1,1\n");
        InputException e = fx.readFails("""
                file: survey.csv
                id: id
                design: {strata: district, weights: dw}
                indicators:
                  - {name: q, type: mean, variable: frage}
                domains: [ortsteil, alter]
                """);
        List<String> keys = e.problems().stream().map(Problem::key).toList();
        assertEquals(List.of("survey.id", "survey.design.strata", "survey.design.weights",
                "survey.indicators[1].variable", "survey.domains"), keys, messages(e));
        assertEquals("lagebild.yaml survey.design.strata: names \"district\", which is not a column of survey.csv nor a"
                + " recode or scale; the columns are nr, ortsteil, gewicht, q", e.problems().get(1).toString());
        assertTrue(e.problems().get(4).message().contains("\"alter\""), messages(e));
    }

    @Test
    void recodeMapNotCoveringAValue() {
        fx.file("survey.csv", "id,sex\n1,m\n2,w\n3,d\n4,x\n5,9\n");
        String yaml = BASE + "recode:\n  sex_cal: {from: sex, map: {m: m, w: w, d: w}}\n";
        InputException e = fx.readFails(yaml);
        assertEquals("survey.csv line 5, column sex: \"x\" has no recode to sex_cal (the map covers m, w, d; add it or"
                + " give otherwise:)", problemAtLine(e, 5).toString());
        assertEquals(2, e.problems().size(), "a missing code (9) needs no recode:\n" + messages(e));
        // with otherwise, every value is covered
        SurveyReader.Result r = fx.read(BASE + "recode:\n  sex_cal: {from: sex, map: {m: m, w: w, d: w}, otherwise: w}\n");
        Column c = r.data().column("sex_cal");
        assertEquals(List.of("m", "w", "w", "w", ""), List.of(c.raw(0), c.raw(1), c.raw(2), c.raw(3), c.raw(4)));
        // a recode may not replace a column of the file
        InputException clash = fx.readFails(BASE + "recode:\n  sex: {from: sex, map: {m: m, w: w, d: w}}\n");
        assertEquals("lagebild.yaml survey.recode.sex: would replace the column sex of survey.csv; give the derived"
                + " variable a new name", clash.problems().get(0).toString());
    }

    @Test
    void recodeWithBreaksAndLabels() {
        fx.file("survey.csv", "id,age\n1,16\n2,29.9\n3,30\n4,64\n5,65\n6,99\n7,\n8,15\n9,abc\n");
        String yaml = BASE + "recode:\n  agegrp: {from: age, breaks: [16, 30, 65], labels: [16-29, 30-64, 65+]}\n";
        InputException e = fx.readFails(yaml);
        assertEquals("survey.csv line 9, column age: \"15\" has no recode to agegrp (breaks from 16; add it or give"
                + " otherwise:)", problemAtLine(e, 9).toString());
        assertTrue(problemAtLine(e, 10).toString().startsWith("survey.csv line 10, column age: \"abc\" has no recode"),
                messages(e));
        assertEquals(3, e.problems().size(), messages(e));
        SurveyReader.Result r = fx.read(yaml.replace("65+]}", "65+], otherwise: sonst}"));
        Column c = r.data().column("agegrp");
        List<String> got = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            got.add(c.raw(i));
        }
        assertEquals(List.of("16-29", "16-29", "30-64", "30-64", "65+", "65+", "", "sonst", "sonst"), got);
        assertTrue(c.isMissing(6), "a missing age gives a missing group");
    }

    @Test
    void rejectLeavesRowsOutAndAccountsForEachOne() {
        fx.file("codebook.yaml", "variables:\n  q: {values: {1: ja, 2: nein}}\n");
        fx.file("survey.csv", """
                id,dw,q,sex
                1,1,1,m
                2,0,1,w
                3,1,7,w
                1,1,2,m
                4,1,2
                5,1,1,x
                6,1,2,w
                7,-1,5,w
                """);
        String yaml = BASE + """
                codebook: codebook.yaml
                design: {weights: dw}
                recode:
                  sex_cal: {from: sex, map: {m: m, w: w}}
                invalid_rows: reject
                """;
        SurveyReader.Result r = fx.read(yaml);
        RowAccount a = r.account();
        assertEquals(8, a.read());
        assertEquals(2, a.used());
        assertEquals(a.read(), a.used() + a.rejected().size());
        assertEquals(List.of("1", "6"), r.data().ids());
        assertEquals(List.of(2L, 8L), List.of(r.data().line(0), r.data().line(1)));
        List<String> reasons = a.rejected().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "survey.csv line 3, column dw: \"0\" is not a design weight: it must be a positive number",
                "survey.csv line 4, column q: \"7\" is not one of 1, 2, 8, 9 (the codebook's values)",
                "survey.csv line 5, column id: \"1\" is a duplicate respondent id (first on line 2)",
                "survey.csv line 6: has 3 fields, but the header has 4 (a truncated or shifted line?)",
                "survey.csv line 7, column sex: \"x\" has no recode to sex_cal (the map covers m, w; add it or give"
                        + " otherwise:)",
                "survey.csv line 9, column dw: \"-1\" is not a design weight: it must be a positive number; also"
                        + " column q: \"5\" is not one of 1, 2, 8, 9 (the codebook's values)"), reasons);
        assertEquals("survey.csv: 8 rows read, 2 used, 6 rejected", a.summary());
    }

    @Test
    void errorListsEveryBadRow() {
        StringBuilder csv = new StringBuilder("id,dw\n");
        for (int i = 1; i <= 130; i++) {
            csv.append(i).append(',').append(i % 2 == 0 ? "0" : "1").append('\n');
        }
        fx.file("survey.csv", csv.toString());
        InputException e = fx.readFails(BASE + "design: {weights: dw}\n");
        assertEquals(66, e.problems().size(), "65 bad rows and the summary");
        for (int i = 2; i <= 130; i += 2) {
            problemAtLine(e, i + 1);
        }
        assertTrue(e.getMessage().endsWith("... and 16 more problems"), e.getMessage());
    }

    @Test
    void missingValueInAMarginVariableIsARowProblem() {
        fx.file("survey.csv", "id,sex,agegrp\n1,m,a\n2,,a\n3,w,9\n4,w,b\n");
        fx.file("m_sex.csv", "sex,N\nm,10\nw,10\n");
        fx.file("m_age.csv", "agegrp,N\na,10\nb,10\n");
        String yaml = BASE + """
                weighting:
                  method: raking
                  margins:
                    - {variables: [sex], file: m_sex.csv}
                    - {variables: [agegrp], file: m_age.csv}
                """;
        InputException e = fx.readFails(yaml);
        assertEquals("survey.csv line 3, column sex: \"\" is missing in a weighting variable: every respondent needs a"
                + " category of sex to be weighted", problemAtLine(e, 3).toString());
        assertEquals("survey.csv line 4, column agegrp: \"9\" is missing in a weighting variable: every respondent"
                + " needs a category of agegrp to be weighted", problemAtLine(e, 4).toString());
        // through a recode: a missing source value leaves the derived weighting variable empty
        fx.file("survey.csv", "id,sex,agegrp\n1,m,a\n2,8,a\n3,w,b\n");
        InputException r = fx.readFails(yaml.replace("[sex], file", "[sex_cal], file")
                + "recode:\n  sex_cal: {from: sex, map: {m: m, w: w}}\n");
        assertTrue(problemAtLine(r, 3).toString().startsWith("survey.csv line 3, column sex_cal: \"\" is missing in a"
                + " weighting variable"), messages(r));
    }

    @Test
    void emptyFilesAndHeaderOnly() {
        fx.file("survey.csv", "");
        assertTrue(fx.readFails(BASE).getMessage().startsWith("survey.csv: is empty"));
        fx.file("survey.csv", "id,x\n");
        assertEquals("survey.csv: has a header but no respondents", fx.readFails(BASE).getMessage());
        fx.file("survey.csv", "id,dw\n1,0\n");
        InputException none = fx.readFails(BASE + "design: {weights: dw}\ninvalid_rows: reject\n");
        assertTrue(none.getMessage().endsWith("survey.csv: has no usable respondents"), none.getMessage());
    }

    @Test
    void numericCodebookVariable() {
        fx.file("codebook.yaml", "variables:\n  age: {type: numeric}\n");
        fx.file("survey.csv", "id,age\n1,34\n2,vierzig\n3,9\n");
        InputException e = fx.readFails(BASE + "codebook: codebook.yaml\n");
        assertEquals("survey.csv line 3, column age: \"vierzig\" is not a number (the codebook says the variable is"
                + " numeric)", problemAtLine(e, 3).toString());
        assertEquals(2, e.problems().size(), messages(e));
    }

    @Test
    void scalesAreMeansOfItemsWithReverseItemsAndMinItems() {
        fx.file("codebook.yaml", """
                variables:
                  w1: {values: {1: nie, 2: selten, 3: manchmal, 4: oft, 5: sehr oft, 8: weiß nicht, 9: k.A.}, missing: [8, 9]}
                scales:
                  kf:
                    label: Kriminalitätsfurcht
                    items: [w1, w2, w3]
                    reverse: [w3]
                    range: [1, 5]
                    min_items: 2
                  all3:
                    items: [w1, w2, w3]
                """);
        fx.file("survey.csv", """
                id,w1,w2,w3
                1,1,2,5
                2,5,5,1
                3,2,,4
                4,9,3,
                5,8,9,3
                6,3,4,2
                """);
        SurveyReader.Result r = fx.read(BASE + "codebook: codebook.yaml\n");
        Column kf = r.data().column("kf");
        // by hand: w3 reversed as 1 + 5 - w3
        double[] want = {(1 + 2 + 1) / 3.0, (5 + 5 + 5) / 3.0, (2 + 2) / 2.0, Double.NaN, Double.NaN,
            (3 + 4 + 4) / 3.0};
        for (int i = 0; i < want.length; i++) {
            if (Double.isNaN(want[i])) {
                assertTrue(kf.isMissing(i), "row " + (i + 1) + " has fewer than 2 answered items");
            } else {
                assertEquals(want[i], kf.number(i), 1e-15, "row " + (i + 1));
            }
        }
        Column all3 = r.data().column("all3");
        assertEquals((1 + 2 + 5) / 3.0, all3.number(0), 1e-15);
        assertTrue(all3.isMissing(2), "without min_items every item is needed");
        assertEquals("Kriminalitätsfurcht", r.data().codebook().label("kf"));
    }

    @Test
    void scaleItemThatIsNoColumnIsNamed() {
        fx.file("codebook.yaml", "scales:\n  kf: {items: [w1, w9]}\n");
        fx.file("survey.csv", "id,w1\n1,1\n");
        InputException e = fx.readFails(BASE + "codebook: codebook.yaml\n");
        assertEquals("survey.csv: has no column \"w9\", an item of the codebook's scale kf", e.getMessage());
    }

    @Test
    void codebookWithUnknownKeysIsRejected() {
        fx.file("codebook.yaml", """
                variables:
                  q:
                    lable: Frage
                    values: {1: ja, 2: nein}
                    missing: [9]
                scale:
                  kf: {items: [q]}
                scales:
                  s: {items: [q], reverse: [x], range: [1, 5], min_items: 3, typ: mean}
                """);
        InputException e = assertThrows(InputException.class,
                () -> Codebook.load(dir.resolve("codebook.yaml"), "codebook.yaml"));
        String all = messages(e);
        assertTrue(all.contains("codebook.yaml line 3, variables.q.lable: is not a known key (did you mean label?)"), all);
        assertTrue(all.contains("codebook.yaml line 5, variables.q.missing: lists 9, which is not one of the values 1, 2"),
                all);
        assertTrue(all.contains("codebook.yaml line 6, scale: is not a known key (did you mean scales?)"), all);
        assertTrue(all.contains("scales.s.reverse: lists x, which is not one of the items"), all);
        assertTrue(all.contains("scales.s.min_items: must be between 1 and 1, not 3"), all);
        assertTrue(all.contains("scales.s.typ: is not a known key (did you mean type?)")
                || all.contains("scales.s.typ: is not a known key"), all);
        assertEquals(6, e.problems().size(), all);
    }

    @Test
    void blankRowsAreNoRespondents() {
        // spreadsheet exports end with rows of empty cells; a row of blanks carries no respondent
        fx.file("survey.csv", "id;dw;q\r\n1;1;1\r\n;;\r\n2;2;2\r\n   \r\n;;\r\n ; ;\r\n");
        SurveyReader.Result r = fx.read(BASE + "design: {weights: dw}\n");
        assertEquals(List.of("1", "2"), r.data().ids());
        assertEquals(List.of(2L, 4L), List.of(r.data().line(0), r.data().line(1)));
        assertEquals("survey.csv: 2 rows read, 2 used, 0 rejected", r.account().summary());
    }
}
