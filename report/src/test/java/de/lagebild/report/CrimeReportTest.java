package de.lagebild.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import de.lagebild.crime.CrimeResult;
import de.lagebild.crime.CrimeResult.Indicator;
import de.lagebild.crime.CrimeResult.OwiIndicator;
import de.lagebild.crime.CrimeResult.Trend;
import de.lagebild.crime.OffenceKey;
import de.lagebild.privacy.CellSuppression;
import de.lagebild.project.Project;
import de.lagebild.survey.Estimate;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole Sicherheitsanalyse of the sample municipality Musterstadt (survey and official
 * statistics, min_cell 5): document structure, outline, fonts, vector charts, identical bytes on a
 * second run, the figures of the PDF equal to those of the CSV tables and of the crime results,
 * and suppression (primary, complementary, tests over withheld counts) in the PDF and the CSV.
 */
class CrimeReportTest {
    @TempDir
    static Path dir;

    static Project project;
    static Analysis analysis;
    static Report report;
    static CrimeResult crime;
    static Path out;
    static byte[] pdf;
    static String text;
    static String flat;
    /** The PDF's text without any whitespace (OpenPDF's extractor does not always put a space between cells). */
    static String dense;

    /** The committed sample project (tests run in the report module's folder). */
    static Path sample() {
        Path p = Path.of("").toAbsolutePath().getParent().resolve("samples/musterstadt/lagebild.yaml");
        assertTrue(Files.isRegularFile(p), "the sample project is missing: " + p);
        return p;
    }

    @BeforeAll
    static void analyse() throws IOException {
        project = Project.load(sample());
        analysis = Analysis.run(project);
        report = analysis.report();
        crime = analysis.crime().orElseThrow();
        out = dir.resolve("out");
        analysis.write(out);
        pdf = Files.readAllBytes(out.resolve(Report.PDF_NAME));
        try (PdfInspect in = new PdfInspect(pdf)) {
            text = in.text();
        }
        flat = text.replaceAll("\\s+", " ");
        dense = text.replaceAll("\\s+", "");
    }

    static Table table(String id) {
        return report.tables().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }

    static Object cell(Table t, int row, String column) {
        int c = t.csvHeader().indexOf(column);
        assertTrue(c >= 0, t.id() + " has no column " + column + ": " + t.csvHeader());
        return t.csvRow(row)[c];
    }

    static int row(Table t, String first) {
        for (int r = 0; r < t.rowCount(); r++) {
            if (first.equals(t.csvRow(r)[0])) {
                return r;
            }
        }
        throw new AssertionError(t.id() + " has no row " + first);
    }

    static String municipality() {
        return project.municipality().name();
    }

    static Indicator indicator(int year, String key) {
        return crime.indicators().stream().filter(i -> i.area().equals(municipality()) && i.year() == year
                && i.key().code().equals(key)).findFirst().orElseThrow();
    }

    static String round(double x, int decimals) {
        return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    // ------------------------------------------------------------------ structure

    @Test
    void chaptersComeInTheOrderOfTheBrief() {
        assertEquals(List.of("kernbefunde", "gebietsprofil", "kriminalitaetslage", "ordnungswidrigkeiten",
                "buergerbefragung", "handlungsfelder", "methodik", "anhang"), report.chapterIds());
        assertEquals(List.of("crime", "survey"), analysis.parts());
        try (PdfInspect in = new PdfInspect(pdf)) {
            List<String> outline = in.outline();
            assertEquals(List.of("Inhalt", "Kernbefunde", "1 Gebietsprofil", "2 Kriminalitätslage",
                    "3 Ordnungswidrigkeiten", "4 Bürgerbefragung", "5 Handlungsfelder", "6 Methodik",
                    "A Tabellenanhang"), outline.stream().filter(l -> !l.startsWith(" ")).toList(),
                    String.join("\n", outline));
            for (String s : List.of("  1.1 Einwohnerzahl und Entwicklung", "  1.2 Ortsteile", "  1.3 Altersaufbau",
                    "  2.1 Was die Polizeiliche Kriminalstatistik zeigt", "  2.2 Straftaten insgesamt",
                    "  2.3 Entwicklung 2020 bis 2024", "  2.4 Vergleich mit Landkreis Zwickau und Sachsen",
                    "  2.5 Deliktsstruktur", "  2.6 Aufklärungsquote", "  2.7 Ausgewählte Delikte",
                    "    2.7.1 Straßenkriminalität", "  3.1 Entwicklung nach Kategorie",
                    "  3.2 Ordnungswidrigkeiten nach Ortsteil", "  4.2 Sicherheitsgefühl", "  5.1 Übersicht",
                    "    5.2.1 Graffiti und Vandalismus", "    5.2.4 Extremismus",
                    "  6.1 Amtliche Statistik: Datengrundlagen", "  6.2 Kennzahlen der Kriminalstatistik",
                    "  6.3 Trends und Vergleiche mit anderen Gebieten", "  6.9 Handlungsfelder: Einstufung",
                    "  6.10 Geheimhaltung, Rundung und Nachvollziehbarkeit",
                    "  A.2 Polizeiliche Kriminalstatistik: alle Straftatenschlüssel")) {
                assertTrue(outline.contains(s), s + " not in\n" + String.join("\n", outline));
            }
            int n = in.pages();
            assertTrue(n >= 40 && n <= 70, "pages: " + n);
            assertTrue(in.text(n).contains("Seite " + n + " von " + n));
        }
    }

    /**
     * The page numbers of the table of contents and of the footers, which are printed into
     * placeholders when the document closes: every entry names the page its heading is on (in the
     * body, not the running header), and every page after the title page counts the pages.
     */
    @Test
    void theContentsAndTheFootersCarryTheRightPageNumbers() {
        Pattern entry = Pattern.compile("(.+?) (\\d+)");
        String title = "Sicherheitsanalyse Musterstadt 2025";
        try (PdfInspect in = new PdfInspect(pdf)) {
            int n = in.pages();
            int entries = 0;
            for (String line : in.text(2).split("\n")) {
                Matcher m = entry.matcher(line.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim());
                if (!m.matches() || m.group(1).startsWith(title) || m.group(1).contains("Stand")) {
                    continue;
                }
                entries++;
                int page = Integer.parseInt(m.group(2));
                assertTrue(page >= 3 && page <= n, line);
                StringBuilder body = new StringBuilder();
                for (String l : in.text(page).split("\n")) {
                    if (!l.trim().startsWith(title)) {
                        body.append(l.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim()).append('\n');
                    }
                }
                assertTrue(body.toString().contains(m.group(1)), "the contents say page " + page + " for "
                        + m.group(1));
            }
            assertTrue(entries >= 40, "entries in the contents: " + entries);
            for (int p = 2; p <= n; p++) {
                assertTrue(in.text(p).contains("Seite " + p + " von " + n), "footer of page " + p);
            }
        }
    }

    /** The running header names the chapter of the page, also on the page a chapter starts. */
    @Test
    void theRunningHeaderNamesTheChapterOfEachPage() {
        List<String> chapters = List.of("Kernbefunde", "1 Gebietsprofil", "2 Kriminalitätslage",
                "3 Ordnungswidrigkeiten", "4 Bürgerbefragung", "5 Handlungsfelder", "6 Methodik", "A Tabellenanhang");
        String title = "Sicherheitsanalyse Musterstadt 2025";
        try (PdfInspect in = new PdfInspect(pdf)) {
            int last = -1;
            for (int p = 3; p <= in.pages(); p++) {
                String page = in.text(p);
                String header = null;
                for (String line : page.split("\n")) {
                    if (line.trim().startsWith(title)) {
                        header = line.trim().substring(title.length()).trim();
                    }
                }
                assertNotNull(header, "page " + p + " has a running header");
                int k = chapters.indexOf(header);
                assertTrue(k >= 0, "page " + p + ": " + header);
                assertTrue(k == last || k == last + 1, "page " + p + ": " + header + " after " + chapters.get(
                        Math.max(0, last)));
                if (k != last && k > 0) {
                    String[] num = header.split(" ", 2);
                    assertTrue(page.replaceAll("\\s+", " ").contains(num[0] + " " + num[1]), "page " + p
                            + " starts chapter " + header);
                }
                last = k;
            }
            assertEquals(chapters.size() - 1, last);
        }
    }

    @Test
    void theHeadlineIsTheNightTimeSafetyNamedInTheProject() {
        assertEquals(java.util.Optional.of("safe_night"), project.report().headline());
        assertTrue(report.tables().stream().anyMatch(t -> t.id().equals("befragung-safe-night-district")));
        assertTrue(flat.contains("58 % der Befragten antworten auf die Frage „Wie sicher fühlen Sie sich nachts"),
                "headline finding");
    }

    @Test
    void everyFontIsEmbeddedAndChartsAreVectors() {
        try (PdfInspect in = new PdfInspect(pdf)) {
            for (PdfDictionary f : in.fonts()) {
                String name = f.get(PdfName.BASEFONT).toString();
                assertTrue(PdfInspect.embedded(f), "not embedded: " + name);
                assertTrue(name.matches("/LBS(REG|BLD|ITA)\\+LiberationSans(-Bold|-Italic)?"), name);
            }
            assertEquals(0, in.images(), "raster images");
            assertTrue(in.forms() >= 15, "vector chart forms: " + in.forms());
        }
        assertTrue(dense.contains("Fälleje100.000Einwohner"), "axis label is text");
        assertTrue(dense.contains("Landkreis") && dense.contains("2020202120222023"), "legend and ticks are text");
    }

    @Test
    void aSecondRunGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("again");
        Analysis.run(Project.load(sample())).write(again);
        List<String> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
        }
        assertTrue(files.size() > 60, files.toString());
        for (String f : files) {
            assertEquals(-1L, Files.mismatch(out.resolve(f), again.resolve(f)), "differs: " + f);
        }
    }

    @Test
    void theKeyFindingsFitOnePageAndLeadWithTheCrimeLevel() {
        try (PdfInspect in = new PdfInspect(pdf)) {
            String p3 = in.text(3).replaceAll("\\s+", " ");
            assertTrue(p3.contains("Kernbefunde"));
            assertTrue(p3.contains("Straftaten je 100.000 Einw. 2024"), p3);
            assertTrue(p3.contains("Kriminalitätslage") && p3.contains("Handlungsfelder")
                    && p3.contains("Sicherheitsgefühl") && p3.contains("Bevölkerung"), p3);
            assertTrue(in.text(4).contains("1 Gebietsprofil"), "page 4 belongs to the first chapter");
        }
        // the tile's HZ is the table's
        Table t = table("kriminalitaet-insgesamt");
        String hz = (String) cell(t, row(t, "2024"), "hz");
        assertTrue(flat.contains(Fmt.german(new BigDecimal(hz)) + " Straftaten je 100.000 Einw. 2024"), hz);
    }

    // ------------------------------------------------------------------ figures

    /**
     * Every table: the CSV on disk is the table's CSV, and each run of adjacent number cells of
     * each row is printed, as in the CSV (German form), on one line of the PDF.
     */
    @Test
    void theFiguresOfThePdfAreThoseOfTheCsvTables() throws IOException {
        int runs = 0;
        int numbers = 0;
        for (Table t : report.tables()) {
            Path expected = dir.resolve("expected-" + t.id() + ".csv");
            t.writeCsv(expected);
            assertEquals(-1L, Files.mismatch(expected, out.resolve(t.csvName())), t.csvName());
            List<Table.Column> cols = t.columns();
            for (int r = 0; r < t.rowCount(); r++) {
                List<String> run = new ArrayList<>();
                for (int c = 0; c <= cols.size(); c++) {
                    String s = c < cols.size() && cols.get(c).numeric() ? t.pdfText(r, c).replace('\u00A0', ' ') : "";
                    if (!s.isEmpty()) {
                        run.add(s);
                        numbers++;
                        continue;
                    }
                    if (!run.isEmpty()) {
                        String joined = String.join("", run).replaceAll("\\s+", "");
                        assertTrue(dense.contains(joined), "table " + t.id() + " row " + r + ": \"" + run
                                + "\" is not printed");
                        runs++;
                        run.clear();
                    }
                }
            }
            // and each CSV decimal is the German number printed
            List<String> header = t.csvHeader();
            for (int r = 0; r < t.rowCount(); r++) {
                Object[] row = t.csvRow(r);
                for (int c = 0; c < row.length; c++) {
                    if (row[c] instanceof String s && s.matches("-?\\d+\\.\\d+")) {
                        assertTrue(flat.contains(Fmt.german(new BigDecimal(s))), t.id() + " " + header.get(c) + " " + s);
                    }
                }
            }
        }
        assertTrue(report.tables().size() >= 60, "tables: " + report.tables().size());
        assertTrue(numbers > 3000 && runs > 500, "numbers " + numbers + ", runs " + runs);
    }

    /** The crime tables show the crime results, rounded as printed. */
    @Test
    void theCrimeTablesShowTheCrimeResults() {
        Table t = table("kriminalitaet-insgesamt");
        for (int y = 2020; y <= 2024; y++) {
            Indicator i = indicator(y, "------");
            int r = row(t, Integer.toString(y));
            assertEquals(i.cases().getAsLong(), cell(t, r, "faelle"));
            assertEquals(round(i.hz().getAsDouble(), 0), cell(t, r, "hz"));
            assertEquals(round(i.aq().getAsDouble(), 1), cell(t, r, "aq_pct"));
            assertEquals(round(i.tvbz().getAsDouble(), 0), cell(t, r, "tvbz"));
            Indicator kreis = crime.indicators().stream().filter(x -> x.ags().equals("14524") && x.year() == 2024
                    && x.key().isTotal()).findFirst().orElseThrow();
            assertEquals(round(kreis.hz().getAsDouble(), 0), cell(t, row(t, "2024"), "hz_landkreis_zwickau"));
        }
        Trend tr = crime.trends().stream().filter(x -> x.area().equals(municipality()) && x.key().isTotal()
                && x.fromYear() == 2020).findFirst().orElseThrow();
        Table e = table("kriminalitaet-entwicklung");
        int r = row(e, "Straftaten insgesamt");
        assertEquals(round(tr.comparison().changePercent().getAsDouble(), 1), cell(e, r, "veraenderung_pct"));
        assertEquals(round(tr.comparison().pValue().getAsDouble(), 3), cell(e, r, "p"));
        assertEquals("nicht gesichert", cell(e, r, "bewertung"), "p = 0.870 is not statistisch gesichert");
        int drugs = row(e, "Rauschgiftdelikte");
        assertEquals("gesichert", cell(e, drugs, "bewertung"), "p = 0.021");
        // Ordnungswidrigkeiten: the total of the categories, and the population table
        Table o = table("owi-kategorien");
        long owi2024 = crime.owi().stream().filter(x -> x.district().isEmpty() && x.year() == 2024)
                .mapToLong(OwiIndicator::cases).sum();
        assertEquals(owi2024, cell(o, row(o, "Insgesamt"), "faelle_2024"));
        Table g = table("gebiet-einwohner");
        assertEquals(Math.round(crime.population().total("14524999", "", 2024).orElseThrow().value()),
                cell(g, row(g, "31.12.2024"), "einwohner"));
        // the structure adds up: groups + rest = total (2024: nothing withheld)
        Table s = table("kriminalitaet-struktur");
        long sum = 0;
        for (int k = 0; k < s.rowCount() - 1; k++) {
            sum += (Long) cell(s, k, "faelle_2024");
        }
        assertEquals(indicator(2024, "------").cases().getAsLong(), sum);
        assertEquals(sum, cell(s, s.rowCount() - 1, "faelle_2024"));
    }

    // ------------------------------------------------------------------ suppression

    /** No count of the municipality from 1 to 4 appears in any crime table, and its rates neither. */
    @Test
    void smallCrimeCountsAreWithheldInPdfAndCsv() {
        Table a = table("anhang-pks-faelle");
        int small = 0;
        for (Indicator i : crime.indicators()) {
            if (!i.area().equals(municipality()) || i.cases().isEmpty()) {
                continue;
            }
            long n = i.cases().getAsLong();
            Object v = cell(a, rowByKey(a, i.key().code()), "faelle_" + i.year());
            if (CellSuppression.small(n, 5)) {
                small++;
                assertNull(v, i.key() + " " + i.year() + ": " + n + " cases printed");
                assertEquals(true, a.csvRow(rowByKey(a, i.key().code()))[a.csvHeader().indexOf("suppressed")]);
            } else if (v != null) {
                assertEquals(n, v);
            }
        }
        assertTrue(small >= 5, "the sample has small counts: " + small);
        // Raub 2020 (1 case) and Wohnungseinbruch 2024 (4 cases): marked in the PDF, with HZ and AQ
        assertEquals(1, indicator(2020, "210000").cases().getAsLong());
        int raub = rowByKey(a, "210000");
        assertNull(cell(a, raub, "faelle_2020"));
        assertEquals(10L, cell(a, raub, "faelle_2022"));
        assertTrue(dense.contains("AngriffaufKraftfahrer––10–5"), "Raub row of the appendix: 1, 3, 10, 2, 5 cases");
        Table k = table("anhang-pks-kennzahlen");
        int wed = rowByKey(k, "435*00");
        assertEquals(4, indicator(2024, "435*00").cases().getAsLong());
        for (String c : List.of("faelle", "hz", "aq_pct", "tatverdaechtige", "tvbz")) {
            assertNull(cell(k, wed, c), c);
        }
        assertTrue(flat.contains("Nicht ausgewiesen: weniger als 5 Fälle, oder zusätzlich gesperrt"), "footnote");
        // a small number of cleared cases is withheld with its AQ (Graffiti 2024: 3 of 32 cleared)
        int withheldAq = 0;
        for (int r = 0; r < k.rowCount(); r++) {
            Indicator i = indicator(2024, (String) k.csvRow(r)[0]);
            if (i.cleared().isPresent() && CellSuppression.small(i.cleared().getAsLong(), 5)) {
                assertNull(cell(k, r, "aq_pct"), i.key() + ": AQ of " + i.cleared().getAsLong() + " cleared cases");
                withheldAq++;
            }
        }
        assertTrue(withheldAq >= 1, "the sample has a small number of cleared cases");
        Table aq = table("kriminalitaet-aufklaerung");
        assertNull(cell(aq, row(aq, "Sachbeschädigung durch Graffiti"), "aufgeklaert"));
        assertEquals(32L, cell(aq, row(aq, "Sachbeschädigung durch Graffiti"), "faelle"));
        // every small Ordnungswidrigkeiten count is withheld in every table
        for (OwiIndicator o : crime.owi()) {
            if (CellSuppression.small(o.cases(), 5) && o.year() == 2024 && !o.district().isEmpty()) {
                Table t = table("owi-ortsteile");
                assertNull(cell(t, row(t, o.category()), "ot_" + SurveyLabels.key(o.district())), o.toString());
            }
        }
    }

    private static int rowByKey(Table t, String key) {
        for (int r = 0; r < t.rowCount(); r++) {
            if (key.equals(t.csvRow(r)[0])) {
                return r;
            }
        }
        throw new AssertionError(t.id() + " has no key " + key);
    }

    /** In every line that adds up to a printed total, no count is the only one withheld. */
    @Test
    void noWithheldCountCanBeRecomputedFromATotal() {
        Table s = table("kriminalitaet-struktur");
        for (int y = 2020; y <= 2024; y++) {
            int hidden = 0;
            for (int r = 0; r < s.rowCount(); r++) {
                hidden += cell(s, r, "faelle_" + y) == null ? 1 : 0;
            }
            assertTrue(hidden != 1, "structure " + y + ": one withheld count");
        }
        Table o = table("owi-kategorien");
        for (int y = 2020; y <= 2024; y++) {
            int hidden = 0;
            for (int r = 0; r < o.rowCount(); r++) {
                hidden += cell(o, r, "faelle_" + y) == null ? 1 : 0;
            }
            assertTrue(hidden != 1, "Ordnungswidrigkeiten " + y + ": one withheld count");
        }
        Table d = table("owi-ortsteile");
        int cols = d.csvHeader().size() - 2; // Kategorie ... gesamt, suppressed
        for (int r = 0; r < d.rowCount(); r++) {
            int hidden = 0;
            for (int c = 1; c < cols; c++) {
                hidden += d.csvRow(r)[c] == null ? 1 : 0;
            }
            assertTrue(hidden != 1, "Ortsteil table row " + d.csvRow(r)[0] + ": one withheld count");
        }
        for (int c = 1; c < cols; c++) {
            int hidden = 0;
            for (int r = 0; r < d.rowCount(); r++) {
                hidden += d.csvRow(r)[c] == null ? 1 : 0;
            }
            assertTrue(hidden != 1, "Ortsteil table column " + d.csvHeader().get(c) + ": one withheld count");
        }
        // and the complementary cells are counts of 5 or more: withheld only to protect others
        long complementary = d.rowCount();
        assertTrue(complementary > 0);
    }

    /** A trend or comparison over a withheld count is not printed, neither its test. */
    @Test
    void testsOverWithheldCountsAreNotPrinted() {
        for (String id : List.of("kriminalitaet-entwicklung", "anhang-pks-trends")) {
            Table t = table(id);
            for (int r = 0; r < t.rowCount(); r++) {
                boolean withheld = cell(t, r, "faelle_von") == null || cell(t, r, "faelle_bis") == null;
                if (withheld) {
                    assertNull(cell(t, r, "p"), id + " row " + r);
                    assertNull(cell(t, r, "veraenderung_pct"), id + " row " + r);
                } else {
                    assertNotNull(cell(t, r, "p"), id + " row " + r);
                }
            }
        }
        Table v = table("kriminalitaet-vergleich");
        for (int r = 0; r < v.rowCount(); r++) {
            if (cell(v, r, "hz") == null) {
                assertNull(cell(v, r, "p"));
                assertNull(cell(v, r, "verhaeltnis"));
            }
        }
        assertTrue(dense.contains("Wohnungseinbruchdiebstahl8––––nichtausgewiesen"), "WED trend row");
    }

    /** The survey's groups get the same protection: the n next to a withheld group is withheld too. */
    @Test
    void surveyGroupCountsAreProtectedComplementarily() {
        Table t = table("befragung-safe-night-sex");
        int divers = row(t, "divers");
        assertNull(cell(t, divers, "anteil_pct"));
        assertNull(cell(t, divers, "n"));
        int hiddenN = 0;
        for (String g : List.of("männlich", "weiblich")) {
            int r = row(t, g);
            assertNotNull(cell(t, r, "anteil_pct"), "the share of " + g + " stays");
            hiddenN += cell(t, r, "n") == null ? 1 : 0;
        }
        assertEquals(1, hiddenN, "one more n withheld, so the divers n is not total minus the others");
        assertNotNull(cell(t, row(t, "Gesamt"), "n"));
        List<Estimate> es = analysis.surveyResults().orElseThrow().by("safe_night", "sex");
        assertTrue(es.stream().anyMatch(e -> e.n() < 5), "the sample has a small group");
    }

    // ------------------------------------------------------------------ fields of action

    /** The overview states a divergence exactly where the rule of the Methodik says so. */
    @Test
    void divergenceFollowsTheStatedRule() {
        Table t = table("handlungsfelder-uebersicht");
        assertEquals(crime.fields().size(), t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            String obj = (String) cell(t, r, "objektiv");
            String subj = (String) cell(t, r, "subjektiv");
            String verdict = (String) cell(t, r, "einordnung");
            boolean diverges = subj.equals("verbreitet") && List.of("unauffällig", "niedrig", "wenige Fälle")
                    .contains(obj) || obj.equals("erhöht") && subj.equals("gering");
            String expected = obj.equals("keine Daten") || subj.equals("keine Daten") ? "kein Vergleich möglich"
                    : diverges ? "Abweichung" : "keine deutliche Abweichung";
            assertEquals(expected, verdict, "row " + t.csvRow(r)[0]);
        }
        // graffiti: 40 % (CI 37.5-43.3) see a problem, no significant difference or change in the PKS
        int g = row(t, "Graffiti und Vandalismus");
        assertEquals("unauffällig", cell(t, g, "objektiv"));
        assertEquals("verbreitet", cell(t, g, "subjektiv"));
        Estimate e = analysis.surveyResults().orElseThrow().overall("prob_graffiti_big").orElseThrow();
        assertTrue(e.ci().orElseThrow().low() >= FieldsChapter.WIDESPREAD);
        // extremism has no data in PKS or survey, and says why
        assertEquals("keine Daten", cell(t, row(t, "Extremismus"), "objektiv"));
        assertTrue(flat.contains("Politisch motivierte Kriminalität wird nicht in der PKS"), "extremism text");
        assertTrue(flat.contains("Abweichung: Die Wahrnehmung ist verbreitet, die registrierte Lage aber unauffällig"),
                "the rule is in the Methodik");
    }

    @Test
    void everyFieldTableShowsObjectiveAndSubjectiveFiguresSideBySide() {
        Table t = table("handlungsfeld-graffiti-vandalism");
        List<String> sources = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            sources.add((String) cell(t, r, "quelle"));
        }
        assertEquals(List.of("PKS", "PKS", "Ordnungsamt", "Befragung"), sources);
        Estimate e = analysis.surveyResults().orElseThrow().overall("prob_graffiti_big").orElseThrow();
        assertEquals(round(e.estimate() * 100, 1), cell(t, 3, "wert"));
        assertEquals((long) e.n(), cell(t, 3, "faelle_n"));
        assertEquals(round(indicator(2024, "674000").hz().getAsDouble(), 0), cell(t, 0, "wert"));
    }

    // ------------------------------------------------------------------ methods, manifest

    @Test
    void theMethodikAccountsForEveryInputFile() {
        Table t = table("methodik-amtliche-dateien");
        assertEquals(crime.sources().size(), t.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            CrimeResult.SourceSummary s = crime.sources().get(r);
            assertEquals(s.file(), cell(t, r, "datei"));
            assertEquals(s.read(), cell(t, r, "gelesen"));
            assertEquals(s.used(), cell(t, r, "verwendet"));
        }
        for (String term : List.of("Häufigkeitszahl (HZ) = erfasste Fälle × 100.000 / Einwohner",
                "Aufklärungsquote (AQ) = aufgeklärte Fälle / erfasste Fälle × 100",
                "Tatverdächtigenbelastungszahl (TVBZ) = Tatverdächtige × 100.000 / Einwohner ab 8 Jahren",
                "bezieht sich also auf den 31.12.2023", "poisson.test", "Ergänzende Sperrung")) {
            assertTrue(flat.contains(term), term);
        }
    }

    @Test
    void theManifestListsEveryCrimeInputWithItsRows() throws IOException {
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        List<String> roles = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (JsonNode in : m.get("inputs")) {
            roles.add(in.get("role").asText());
            files.add(in.get("file").asText());
            assertEquals(Manifest.sha256(sample().getParent().resolve(in.get("file").asText())),
                    in.get("sha256").asText());
        }
        assertEquals(6, roles.stream().filter("pks"::equals).count(), roles.toString());
        assertEquals(1, roles.stream().filter("owi"::equals).count());
        assertEquals(2, roles.stream().filter("population"::equals).count());
        assertTrue(files.contains("population/12411-02-03-4_14524_14.csv"), files.toString());
        List<String> accounted = new ArrayList<>();
        for (JsonNode a : m.get("row_accounting")) {
            accounted.add(a.get("file").asText());
            assertEquals(a.get("read").asLong(), a.get("used").asLong() + a.get("rejected").asLong());
        }
        for (CrimeResult.SourceSummary s : crime.sources()) {
            assertTrue(accounted.contains(s.file()), s.file() + " in " + accounted);
        }
        assertEquals("safe_night", m.get("settings").get("report").get("headline").asText());
        assertEquals("previous", m.get("settings").get("crime").get("population_year").asText());
        assertEquals(8, m.get("settings").get("crime").get("fields").size());
        assertEquals(List.of("crime", "survey"), List.of(m.get("parts").get(0).asText(), m.get("parts").get(1)
                .asText()));
    }

    @Test
    void numbersAreGermanAndNoEnglishNotesLeak() {
        assertFalse(flat.matches(".*\\b5574\\.48\\b.*"), "no English decimal point");
        assertTrue(flat.contains("5.574"), "thousands separator");
        for (String english : List.of("sum of", "population aged", "PKS figures summed", "as published")) {
            assertFalse(flat.toLowerCase(Locale.ROOT).contains(english.toLowerCase(Locale.ROOT)),
                    "English in the PDF: " + english);
        }
        assertTrue(flat.contains("gewichtet nach Geschlecht, Altersgruppe und Ortsteil"), "recode named by its source");
        assertFalse(flat.contains("sex_cal"), "no bare variable name of a recode");
        assertTrue(OffenceKey.parse("****00").covers(OffenceKey.parse("435*00")));
    }
}
