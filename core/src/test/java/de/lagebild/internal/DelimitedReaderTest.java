package de.lagebild.internal;

import de.lagebild.io.Problem;
import de.lagebild.io.InputException;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encoding and delimiter detection, line numbers, and the messages for broken files. */
class DelimitedReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        return write(name, text.getBytes(cs));
    }

    private static List<DelimitedReader.Record> readAll(DelimitedReader r) {
        List<DelimitedReader.Record> out = new ArrayList<>();
        DelimitedReader.Record rec;
        while ((rec = r.next()) != null) {
            out.add(rec);
        }
        return out;
    }

    private static List<DelimitedReader.Record> readAll(Path p, Charset cs, Character delim) {
        try (DelimitedReader r = DelimitedReader.open(p, p.getFileName().toString(), cs, delim)) {
            return readAll(r);
        }
    }

    private static InputException inputError(Path p, Charset cs, Character delim) {
        return assertThrows(InputException.class, () -> readAll(p, cs, delim));
    }

    // --- encodings ---

    @Test
    void utf8WithoutBomIsDetected() throws IOException {
        Path p = write("a.csv", "name;wert\nMünchen;5 €\n", StandardCharsets.UTF_8);
        try (DelimitedReader r = DelimitedReader.open(p, "a.csv", null, null)) {
            assertEquals(StandardCharsets.UTF_8, r.charset());
            List<DelimitedReader.Record> recs = readAll(r);
            assertArrayEquals(new String[] {"München", "5 €"}, recs.get(1).cells());
        }
    }

    @Test
    void utf8BomIsSkippedAndNotPartOfTheFirstCell() throws IOException {
        byte[] body = "id,Größe\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path p = write("bom.csv", bytes);
        try (DelimitedReader r = DelimitedReader.open(p, "bom.csv", null, null)) {
            assertEquals(StandardCharsets.UTF_8, r.charset());
            DelimitedReader.Record h = r.next();
            assertEquals("id", h.cell(0), "the BOM must not stick to the first column name");
            assertEquals("Größe", h.cell(1));
        }
        // also when the encoding is given
        assertEquals("id", readAll(p, StandardCharsets.UTF_8, null).get(0).cell(0));
    }

    @Test
    void isoLatin1IsDetected() throws IOException {
        Path p = write("l1.csv", "ort;anzahl\nLöbau;3\nGörlitz;4\nStraße;5\n", StandardCharsets.ISO_8859_1);
        try (DelimitedReader r = DelimitedReader.open(p, "l1.csv", null, null)) {
            assertEquals(StandardCharsets.ISO_8859_1, r.charset());
            List<DelimitedReader.Record> recs = readAll(r);
            assertEquals("Löbau", recs.get(1).cell(0));
            assertEquals("Straße", recs.get(3).cell(0));
        }
    }

    @Test
    void windows1252IsDetectedFromTheEuroSign() throws IOException {
        Path p = write("w.csv", "posten;betrag\nÄrger;100 €\n„Zitat“;2\n", Encodings.WINDOWS_1252);
        try (DelimitedReader r = DelimitedReader.open(p, "w.csv", null, null)) {
            assertEquals(Encodings.WINDOWS_1252, r.charset());
            List<DelimitedReader.Record> recs = readAll(r);
            assertEquals("Ärger", recs.get(1).cell(0));
            assertEquals("100 €", recs.get(1).cell(1));
            assertEquals("„Zitat“", recs.get(2).cell(0));
        }
    }

    @Test
    void encodingNamesAreParsed() {
        assertEquals(StandardCharsets.UTF_8, Encodings.parse(" utf8 "));
        assertEquals(StandardCharsets.ISO_8859_1, Encodings.parse("Latin1"));
        assertEquals(Encodings.WINDOWS_1252, Encodings.parse("CP1252"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Encodings.parse("klingon"));
        assertTrue(e.getMessage().contains("\"klingon\"") && e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void givenUtf8OnALatin1FileNamesTheLineAndSuggestsTheEncoding() throws IOException {
        StringBuilder sb = new StringBuilder("id;ort\n");
        for (int i = 1; i <= 40; i++) {
            sb.append(i).append(";Ort").append(i).append('\n');
        }
        sb.append("41;Köln\n"); // line 42
        sb.append("42;Bonn\n");
        Path p = write("given.csv", sb.toString(), StandardCharsets.ISO_8859_1);
        for (Character delim : new Character[] {null, ';'}) {
            InputException e = inputError(p, StandardCharsets.UTF_8, delim);
            Problem pr = e.problems().get(0);
            assertEquals(42, pr.line(), "delimiter " + delim + ": " + e.getMessage());
            assertTrue(e.getMessage().startsWith("given.csv line 42: "), e.getMessage());
            assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
            assertTrue(e.getMessage().contains("ISO-8859-1") && e.getMessage().contains("windows-1252"),
                    e.getMessage());
        }
    }

    @Test
    void givenUtf8OnALatin1FileFarIntoALargeFileNamesTheLine() throws IOException {
        StringBuilder sb = new StringBuilder("id,ort\n");
        for (int i = 1; i <= 20_000; i++) {
            sb.append(i).append(",Ort").append(i).append('\n');
        }
        sb.append("x,Müll\n"); // line 20002
        Path p = write("big.csv", sb.toString(), StandardCharsets.ISO_8859_1);
        InputException e = inputError(p, StandardCharsets.UTF_8, null);
        assertEquals(20_002, e.problems().get(0).line(), e.getMessage());
    }

    @Test
    void utf16IsRejectedClearly() throws IOException {
        Path p = write("u16.csv", "\uFEFFid;x\n1;2\n", StandardCharsets.UTF_16LE);
        InputException e = inputError(p, null, null);
        assertTrue(e.getMessage().startsWith("u16.csv: "), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-16"), e.getMessage());
        Path be = write("u16be.csv", "id;x\n1;2\n", StandardCharsets.UTF_16); // Java writes a BE BOM
        assertTrue(inputError(be, null, null).getMessage().contains("UTF-16"));
    }

    @Test
    void binaryFileIsRejectedClearly() throws IOException {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 0, 8, 0, 'x', 'l', 0};
        Path p = write("tabelle.xlsx", bytes);
        InputException e = inputError(p, null, null);
        assertTrue(e.getMessage().startsWith("tabelle.xlsx: "), e.getMessage());
        assertTrue(e.getMessage().contains("NUL") && e.getMessage().contains("not a text file"), e.getMessage());
    }

    @Test
    void missingFileAndFolderAreNamed() throws IOException {
        InputException e = inputError(dir.resolve("nope.csv"), null, null);
        assertEquals("nope.csv: does not exist", e.getMessage());
        Path folder = Files.createDirectory(dir.resolve("daten"));
        InputException f = inputError(folder, null, null);
        assertEquals("daten: is a folder, not a file", f.getMessage());
        // also with a given encoding
        assertEquals("nope.csv: does not exist",
                inputError(dir.resolve("nope.csv"), StandardCharsets.UTF_8, ',').getMessage());
    }

    // --- delimiters and records ---

    @Test
    void delimitersAreDetected() throws IOException {
        Object[][] cases = {{"a;b;c\n1;2;3\n", ';'}, {"a,b,c\n1,2,3\n", ','}, {"a\tb\tc\n1\t2\t3\n", '\t'},
            {"a|b|c\n1|2|3\n", '|'}, {"\"x;y\",b,c\n1,2,3\n", ','}};
        int i = 0;
        for (Object[] c : cases) {
            Path p = write("d" + i++ + ".csv", (String) c[0], StandardCharsets.UTF_8);
            try (DelimitedReader r = DelimitedReader.open(p, "d.csv", null, null)) {
                assertEquals((char) c[1], r.delimiter(), (String) c[0]);
                List<DelimitedReader.Record> recs = readAll(r);
                assertEquals(2, recs.size());
                assertEquals(3, recs.get(1).size());
                assertEquals("3", recs.get(1).cell(2));
            }
        }
        assertEquals(',', DelimitedReader.delimiterOf("single"));
    }

    @Test
    void crlfEmptyLinesAndLineNumbers() throws IOException {
        String text = "\r\nid;name\r\n1;a\r\n\r\n\r\n2;b\r\n3;c"; // last line without a line break
        Path p = write("crlf.csv", text, StandardCharsets.UTF_8);
        List<DelimitedReader.Record> recs = readAll(p, null, null);
        assertEquals(4, recs.size());
        assertEquals(2, recs.get(0).line());
        assertEquals(3, recs.get(1).line());
        assertEquals(6, recs.get(2).line());
        assertEquals(7, recs.get(3).line());
        assertEquals("b", recs.get(2).cell(1), "no carriage return may stay in a cell");
        assertEquals("c", recs.get(3).cell(1));
    }

    @Test
    void quotedFieldsWithDelimitersQuotesAndNewlines() throws IOException {
        String text = "id,text,n\n"
                + "1,\"a, b\",1\n"
                + "2,\"zwei\nZeilen\",2\n" // lines 3-4
                + "3,\"er sagte \"\"ja\"\"\",3\n" // line 5
                + "4,\"drei\r\nZeilen\r\nhier\",4\n" // lines 6-8
                + "\n" // line 9
                + "5,x,5\n"; // line 10
        Path p = write("q.csv", text, StandardCharsets.UTF_8);
        List<DelimitedReader.Record> recs = readAll(p, null, null);
        assertEquals(6, recs.size());
        assertEquals("a, b", recs.get(1).cell(1));
        assertEquals("zwei\nZeilen", recs.get(2).cell(1));
        assertEquals(3, recs.get(2).line());
        assertEquals(5, recs.get(3).line());
        assertEquals("er sagte \"ja\"", recs.get(3).cell(1));
        assertEquals(6, recs.get(4).line());
        assertEquals("drei\r\nZeilen\r\nhier", recs.get(4).cell(1));
        assertEquals(10, recs.get(5).line(), "the line of a record after multi-line fields");
        assertEquals("5", recs.get(5).cell(2));
    }

    @Test
    void truncatedLastLineInsideQuotesNamesTheLine() throws IOException {
        String text = "id;text\n1;ok\n2;\"noch offen\n3;weiter\n";
        Path p = write("trunc.csv", text, StandardCharsets.UTF_8);
        try (DelimitedReader r = DelimitedReader.open(p, "trunc.csv", null, null)) {
            r.next();
            assertEquals(2, r.next().line());
            InputException e = assertThrows(InputException.class, r::next);
            assertEquals(3, e.problems().get(0).line(), e.getMessage());
            assertTrue(e.getMessage().startsWith("trunc.csv line 3: "), e.getMessage());
            assertTrue(e.getMessage().contains("never closed"), e.getMessage());
        }
    }

    @Test
    void strayQuoteInsideAQuotedFieldIsExplained() throws IOException {
        Path p = write("stray.csv", "id;text\n1;\"a\"b\";c\n", StandardCharsets.UTF_8);
        InputException e = inputError(p, null, null);
        assertEquals(2, e.problems().get(0).line(), e.getMessage());
        assertTrue(e.getMessage().contains("not doubled"), e.getMessage());
    }

    @Test
    void emptyFileHasNoRecords() throws IOException {
        Path p = write("leer.csv", new byte[0]);
        try (DelimitedReader r = DelimitedReader.open(p, "leer.csv", null, null)) {
            assertNull(r.next());
        }
    }

    // --- header ---

    @Test
    void headerReportsDuplicateColumnNames() throws IOException {
        Path p = write("h.csv", "id;a;b;a;b\n1;2;3;4;5\n", StandardCharsets.UTF_8);
        try (DelimitedReader r = DelimitedReader.open(p, "h.csv", null, null)) {
            InputException e = assertThrows(InputException.class, () -> Header.of(r.next(), "h.csv"));
            assertEquals(2, e.problems().size(), e.getMessage());
            assertEquals("h.csv line 1, column a: column name appears twice (columns 2 and 4)",
                    e.problems().get(0).toString());
            assertEquals("h.csv line 1, column b: column name appears twice (columns 3 and 5)",
                    e.problems().get(1).toString());
        }
    }

    @Test
    void headerTrimsNamesAndNamesTheColumnsWhenOneIsMissing() throws IOException {
        Path p = write("h2.csv", " id ; alter \n1;2\n", StandardCharsets.UTF_8);
        try (DelimitedReader r = DelimitedReader.open(p, "h2.csv", null, null)) {
            Header h = Header.of(r.next(), "h2.csv");
            assertEquals(List.of("id", "alter"), h.names());
            assertEquals(1, h.indexOf("alter"));
            Problems problems = new Problems();
            assertEquals(-1, h.require("geschlecht", "the sex column", problems));
            assertEquals("h2.csv line 1: has no column \"geschlecht\" (the sex column); its columns are id, alter",
                    problems.list().get(0).toString());
        }
    }
}
