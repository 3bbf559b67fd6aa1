package de.lagebild.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import de.lagebild.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad inputs for every reader and for the project file: each damaged file, checked
 * with {@code lagebild check} (readers) or run with {@code lagebild weight} / {@code crime}
 * (project-level problems), must give exit status 2 and a message naming the file and, where the
 * problem sits in a line, the line, column and value; never a stack trace or an internal error.
 * Variants that are not damage (byte order mark, CRLF line ends) must be accepted.
 */
class BadInputCorpusTest {
    private static final Path SAMPLE = Path.of("../samples/musterstadt");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path tmp;

    /** One case: a file of a kind with content, the expected exit status and message fragments. */
    record Case(String kind, String name, byte[] content, int status, List<String> expect) {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Case bad(String kind, String name, String content, String... expect) {
        return new Case(kind, name, utf8(content), 2, List.of(expect));
    }

    private List<Case> cases() throws Exception {
        List<Case> c = new ArrayList<>();
        String survey = "id,district,sex,q1,dw\nR1,A,m,1,10\nR2,A,w,2,10\nR3,B,w,1,12.5\nR4,B,m,4,12.5\n";
        // survey
        c.add(bad("survey", "empty file", "", "is empty"));
        c.add(bad("survey", "header only", "id,district,q1\n", "has a header but no respondents"));
        c.add(bad("survey", "duplicated column", "id,q1,q1\nR1,1,2\n", "column name appears twice"));
        c.add(bad("survey", "duplicate id", survey + "R2,B,m,3,12.5\n", "line 6, column id: \"R2\" is a duplicate respondent id"));
        c.add(bad("survey", "truncated last line", survey + "R5,B,w", "line 6: has 3 fields, but the header has 5"));
        c.add(bad("survey", "unknown code", survey.replace("R3,B,w,1", "R3,B,w,sehr"), "line 4, column q1: \"sehr\" is not one of"));
        c.add(bad("survey", "unclosed quote", survey + "R5,\"B,w,1,2\n", "line 6: a quoted field opened here is never closed"));
        c.add(new Case("survey", "UTF-16", survey.getBytes(StandardCharsets.UTF_16), 2, List.of("UTF-16")));
        c.add(new Case("survey", "byte order mark", utf8("\uFEFF" + survey), 0, List.of("OK: every row can be used")));
        c.add(new Case("survey", "CRLF", utf8(survey.replace("\n", "\r\n")), 0, List.of("OK: every row can be used")));
        c.add(new Case("survey", "semicolons and Latin-1", ("id;district;sex;q1;dw\nR1;Äußere;m;1;10\n")
                .getBytes(StandardCharsets.ISO_8859_1), 0, List.of("ISO-8859-1", "OK")));
        c.add(new Case("survey", "extra columns", utf8(survey.replace("dw\n", "dw,extra\n").replace("10\n", "10,x\n")
                .replace("12.5\n", "12.5,y\n")), 0, List.of("OK")));
        // margin
        c.add(bad("margin", "text in a count", "district,N\nA,1200\nB,viele\n", "line 3, column N: \"viele\" is not a population count"));
        c.add(bad("margin", "negative count", "district,N\nA,1200\nB,-5\n", "line 3, column N: \"-5\""));
        c.add(bad("margin", "duplicate cell", "district,N\nA,1200\nA,800\n", "line 3: repeats the cell A of line 2"));
        c.add(bad("margin", "no count column", "district,Anzahl\nA,1200\nB,800\n", "has no column \"N\""));
        c.add(bad("margin", "empty category", "district,N\nA,1200\n,800\n", "line 3, column district: \"\" is an empty category"));
        // crime: Ordnungswidrigkeiten
        String owi = Files.readString(SAMPLE.resolve("owi.csv"));
        String[] owiLines = owi.split("\n");
        c.add(bad("owi", "header only", owiLines[0] + "\n", "owi"));
        c.add(bad("owi", "negative count", owi.replaceFirst("Verunreinigung;13", "Verunreinigung;-13"), "line 2", "-13"));
        c.add(bad("owi", "non-integer count", owi.replaceFirst("Verunreinigung;13", "Verunreinigung;13,5"), "line 2", "13,5"));
        c.add(bad("owi", "text in a count", owi.replaceFirst("Verunreinigung;13", "Verunreinigung;dreizehn"), "line 2", "dreizehn"));
        c.add(bad("owi", "missing column", owi.replace(";Anzahl", "").replaceAll(";\\d+\\n", "\n"), "Anzahl"));
        // crime: population
        String pop = Files.readString(SAMPLE.resolve("population.csv"));
        c.add(bad("population", "text in a count", pop.replaceFirst(";m;0-7;121", ";m;0-7;hundert"), "line 2", "hundert"));
        c.add(bad("population", "duplicate row", pop + pop.split("\n")[1] + "\n", "line"));
        // crime: PKS (municipal export, windows-1252, German numbers)
        byte[] pksBytes = Files.readAllBytes(SAMPLE.resolve("pks/pks_musterstadt.csv"));
        String pks = new String(pksBytes, CP1252);
        c.add(new Case("pks", "mangled number", pks.replaceFirst(";916;", ";9x6;").getBytes(CP1252), 2,
                List.of("line 2", "9x6")));
        c.add(new Case("pks", "duplicate key and year", (pks + pks.split("\n")[1] + "\n").getBytes(CP1252), 2,
                List.of("line")));
        c.add(new Case("pks", "empty file", new byte[0], 2, List.of("empty")));
        return c;
    }

    @Test
    void everyBadInputGivesAClearMessage() throws Exception {
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (Case k : cases()) {
            Path dir = tmp.resolve("c" + i++);
            Files.createDirectories(dir);
            String fileName = k.kind() + (k.kind().equals("pks") ? "_2024" : "") + ".csv";
            Path f = dir.resolve(fileName);
            Files.write(f, k.content());
            List<String> args = new ArrayList<>(List.of("check", f.toString(), "--kind", k.kind()));
            if (k.name().equals("no count column")) {
                args.addAll(List.of("--count", "N"));
            }
            if (k.kind().equals("pks")) {
                args.addAll(List.of("--area", "14524999"));
            }
            if (k.kind().equals("survey") && k.name().equals("unknown code")) {
                Path cb = dir.resolve("codebook.yaml");
                Files.writeString(cb, "variables:\n  q1: {values: {1: ja, 2: eher ja, 3: eher nein, 4: nein}}\n");
                args.addAll(List.of("--codebook", cb.toString()));
            }
            check(k.kind() + ": " + k.name(), fileName, args, k.status(), k.expect(), failures);
        }
        projectLevel(failures);
        System.out.println("bad-input corpus: " + i + " files and the project-level cases checked");
        if (!failures.isEmpty()) {
            fail(failures.size() + " corpus cases failed:\n" + String.join("\n\n", failures));
        }
    }

    /** Problems that only show when the files are used together: margins, paths, zero population. */
    private void projectLevel(List<String> failures) throws Exception {
        Path d = tmp.resolve("project");
        Files.createDirectories(d);
        Files.writeString(d.resolve("survey.csv"), "id,district,q1\nR1,A,1\nR2,A,2\nR3,B,1\nR4,B,2\n");
        Files.writeString(d.resolve("m1.csv"), "district,N\nA,100\nB,120\n");
        Files.writeString(d.resolve("m2.csv"), "district,N\nA,100\nB,125\n");
        String base = "municipality: {name: Testdorf, ags: \"14524998\"}\n";
        Files.writeString(d.resolve("disagree.yaml"), base + "survey:\n  file: survey.csv\n  id: id\n  weighting:\n"
                + "    method: raking\n    margins:\n      - {variables: [district], file: m1.csv}\n"
                + "      - {variables: [district], file: m2.csv}\n");
        check("project: margins that disagree", "m2.csv", List.of("weight", d.resolve("disagree.yaml").toString(),
                "--out", d.resolve("out").toString()), 2, List.of("m2.csv: sums to 225, but m1.csv sums to 220"), failures);
        Files.writeString(d.resolve("nofile.yaml"), base + "survey: {file: nirgends.csv, id: id}\n");
        check("project: path that does not exist", "nofile.yaml", List.of("weight", d.resolve("nofile.yaml").toString(),
                "--out", d.resolve("out").toString()), 2, List.of("survey.file", "nirgends.csv does not exist"), failures);
        Files.writeString(d.resolve("zero.csv"), "district,N\nA,0\nB,120\n");
        Files.writeString(d.resolve("zero.yaml"), base + "survey:\n  file: survey.csv\n  id: id\n  weighting:\n"
                + "    method: poststratify\n    margins:\n      - {variables: [district], file: zero.csv}\n");
        check("project: zero population", "zero.csv", List.of("weight", d.resolve("zero.yaml").toString(), "--out",
                d.resolve("out").toString()), 2, List.of("zero.csv line 2", "population of 0 but 2 respondents"), failures);
        Files.writeString(d.resolve("typo.yaml"), base + "survey: {file: survey.csv, id: id, wieghting: {method: none}}\n");
        check("project: unknown key", "typo.yaml", List.of("weight", d.resolve("typo.yaml").toString(), "--out",
                d.resolve("out").toString()), 2, List.of("line 2", "survey.wieghting", "did you mean weighting"), failures);
        Files.writeString(d.resolve("cohort-typo.yaml"), "cohort:\n  name: Test\n  compair: {indicator: x}\n"
                + "municipalities:\n  - typo.yaml\n");
        check("cohort: unknown key", "cohort-typo.yaml", List.of("batch", d.resolve("cohort-typo.yaml").toString(),
                "--out", d.resolve("bout").toString()), 2, List.of("line 3", "cohort.compair", "did you mean compare"),
                failures);
        Files.writeString(d.resolve("cohort-missing.yaml"), "cohort: {name: Test}\nmunicipalities:\n  - nirgends/lagebild.yaml\n");
        check("cohort: project that does not exist", "cohort-missing.yaml", List.of("batch",
                d.resolve("cohort-missing.yaml").toString(), "--out", d.resolve("bout").toString()), 2,
                List.of("line 3", "nirgends/lagebild.yaml"), failures);
        Files.write(d.resolve("latin.yaml"), (base + "survey: {file: survey.csv, id: id}\nreport: {title: \"Ä\"}\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        check("project: Latin-1 project file", "latin.yaml", List.of("weight", d.resolve("latin.yaml").toString(),
                "--out", d.resolve("out").toString()), 0, List.of(), failures);
    }

    private static void check(String what, String fileName, List<String> args, int status, List<String> expect,
            List<String> failures) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int got = Main.run(args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
        String all = out + "\n" + err;
        List<String> wrong = new ArrayList<>();
        if (got != status) {
            wrong.add("exit " + got + ", expected " + status);
        }
        for (String e : expect) {
            if (!all.contains(e)) {
                wrong.add("no \"" + e + "\"");
            }
        }
        if (status == 2 && !all.contains(fileName)) {
            wrong.add("the message does not name " + fileName);
        }
        if (all.contains("internal error") || all.contains("Exception") || all.contains("\tat ")) {
            wrong.add("a stack trace or internal error");
        }
        if (!wrong.isEmpty()) {
            failures.add(what + ": " + String.join("; ", wrong) + "\n" + all.strip());
        }
        assertEquals(true, true);
    }
}
