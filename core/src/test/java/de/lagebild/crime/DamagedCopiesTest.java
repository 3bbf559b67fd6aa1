package de.lagebild.crime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.io.InputException;
import de.lagebild.io.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of the real BKA table: each damage is reported with its line and reason, the
 * damaged row is never used, and every other row still is.
 */
class DamagedCopiesTest {
    @TempDir
    Path dir;

    private PksTable damaged(String name, UnaryOperator<String> damage) throws IOException {
        String text = Files.readString(BkaReferenceFileTest.file(), StandardCharsets.ISO_8859_1);
        String changed = damage.apply(text);
        if (changed.equals(text)) {
            throw new IllegalStateException("the damage did not apply");
        }
        Path f = dir.resolve(name);
        Files.writeString(f, changed, StandardCharsets.ISO_8859_1);
        return PksReader.read(f, ImportOptions.of(name));
    }

    private static Problem onlyRejection(PksTable t) {
        assertEquals(16_400, t.account().read());
        assertEquals(16_399, t.account().used(), () -> t.account().rejected().toString());
        assertEquals(1, t.account().rejected().size());
        return t.account().rejected().get(0);
    }

    private static String replaceLine(String text, int line, UnaryOperator<String> f) {
        String[] lines = text.split("\n", -1);
        lines[line - 1] = f.apply(lines[line - 1]);
        return String.join("\n", lines);
    }

    @Test
    void anExtraDelimiterShiftsAColumn() throws IOException {
        // line 356, Mittelsachsen: "10,957;3,661" becomes "10,957;;3,661"
        PksTable t = damaged("KR-F-01-T01_shifted_2022.csv",
                s -> replaceLine(s, 356, l -> l.replace(";10,957;3,661;", ";10,957;;3,661;")));
        Problem p = onlyRejection(t);
        assertEquals(356, p.line());
        assertTrue(p.message().contains("a column is shifted"), p.toString());
        assertTrue(t.find("14522", 2022, OffenceKey.TOTAL).isEmpty());
    }

    @Test
    void aMissingDelimiterIsReported() throws IOException {
        PksTable t = damaged("KR-F-01-T01_merged_2022.csv",
                s -> replaceLine(s, 356, l -> l.replace(";601;5.5;", ";6015.5;")));
        Problem p = onlyRejection(t);
        assertEquals(356, p.line());
        assertTrue(p.message().contains("has 17 fields, the header 18"), p.toString());
    }

    @Test
    void swappedColumnsAreCaughtByTheIdentities() throws IOException {
        // cases and cleared swapped: same number of fields, but AQ no longer fits
        PksTable t = damaged("KR-F-01-T01_swapped_2022.csv", s -> replaceLine(s, 356,
                l -> l.replace(";10,957;3,661;601;5.5;7;21;6,717;", ";6,717;3,661;601;5.5;7;21;10,957;")));
        Problem p = onlyRejection(t);
        assertEquals(356, p.line());
        assertTrue(p.toString().contains("does not match"), p.toString());
    }

    @Test
    void aMangledCaseCountBreaksTheAq() throws IOException {
        // 10,957 cases mangled to 10,975: 6,717 / 10,975 = 61.2 %, not the 61.3 % printed
        PksTable t = damaged("KR-F-01-T01_mangled_2022.csv",
                s -> replaceLine(s, 356, l -> l.replace(";10,957;", ";10,975;")));
        Problem p = onlyRejection(t);
        assertEquals(356, p.line());
        assertEquals("Aufklaerungsquote", p.column());
        assertEquals("61.3", p.value());
        assertTrue(p.message().contains("cleared / cases x 100 = 61.2"), p.toString());
        assertTrue(p.message().contains("6717 cleared of 10975 cases"), p.toString());
    }

    @Test
    void aMangledHzIsCaughtByTheOtherRowsOfTheKreis() throws IOException {
        // Zwickau, Sachbeschädigung: HZ 757 mangled to 775; nothing else in the row refers to the HZ
        PksTable t = damaged("KR-F-01-T01_hz_2022.csv",
                s -> replaceLine(s, 12758, l -> l.replace(";2,343;757;", ";2,343;775;")));
        Problem p = onlyRejection(t);
        assertEquals(12758, p.line());
        assertEquals("Haeufigkeitszahl", p.column());
        assertTrue(p.message().contains("does not fit the 2343 cases"), p.toString());
        assertTrue(p.message().contains("the HZ would be 757"), p.toString());
    }

    @Test
    void aLetterInANumberIsReported() throws IOException {
        PksTable t = damaged("KR-F-01-T01_letter_2022.csv",
                s -> replaceLine(s, 356, l -> l.replace(";10,957;", ";1O,957;")));
        Problem p = onlyRejection(t);
        assertEquals(356, p.line());
        assertEquals("Anzahl erfasste Faelle", p.column());
        assertEquals("1O,957", p.value());
        assertEquals("is not a number", p.message());
        assertEquals("KR-F-01-T01_letter_2022.csv line 356, column Anzahl erfasste Faelle: \"1O,957\" is not a number",
                p.toString());
    }

    @Test
    void aTruncatedLastLineIsReported() throws IOException {
        // the file breaks off in the middle of its last line
        PksTable t = damaged("KR-F-01-T01_truncated_2022.csv", s -> s.substring(0, s.length() - 30));
        Problem p = onlyRejection(t);
        assertEquals(16_402, p.line());
        assertTrue(p.message().contains("the line is cut off"), p.toString());
    }

    @Test
    void aLastLineCutInsideItsLastNumberIsReported() throws IOException {
        // "...;18;100\n" cut to "...;18;10": the non-German share no longer fits 18 of 18 suspects
        PksTable t = damaged("KR-F-01-T01_cut_2022.csv", s -> s.substring(0, s.length() - 2));
        Problem p = onlyRejection(t);
        assertEquals(16_402, p.line());
        assertTrue(p.message().contains("non-German / suspects x 100 = 100"), p.toString());
    }

    @Test
    void aDuplicatedRowIsReported() throws IOException {
        PksTable t = damaged("KR-F-01-T01_dup_2022.csv", s -> {
            String[] lines = s.split("\n", -1);
            return s.replace(lines[355] + "\n", lines[355] + "\n" + lines[355] + "\n");
        });
        assertEquals(16_401, t.account().read());
        assertEquals(1, t.account().rejected().size());
        assertEquals(357, t.account().rejected().get(0).line());
        assertTrue(t.account().rejected().get(0).message().contains("repeats area 14522, year 2022 and key ------"
                + " of line 356"));
    }

    @Test
    void aFileWithoutItsHeaderIsUnusable() throws IOException {
        Path f = dir.resolve("noheader_2022.csv");
        List<String> lines = Files.readAllLines(BkaReferenceFileTest.file(), StandardCharsets.ISO_8859_1);
        Files.write(f, lines.subList(2, 100), StandardCharsets.ISO_8859_1);
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> PksReader.read(f, ImportOptions.of("noheader_2022.csv")));
        assertTrue(e.getMessage().startsWith("noheader_2022.csv: has no header row"), e.getMessage());
    }
}
