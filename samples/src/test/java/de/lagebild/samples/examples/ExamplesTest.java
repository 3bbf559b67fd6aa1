package de.lagebild.samples.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable examples run on the sample municipality. */
class ExamplesTest {
    private static final Path SAMPLE = Path.of("musterstadt/lagebild.yaml");

    @TempDir
    Path tmp;

    @Test
    void safetyByDistrict() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SafetyByDistrict.run(SAMPLE, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("Bahnhofsviertel"), out);
        assertTrue(out.contains("Prozentpunkte"), out);
    }

    @Test
    void customReport() {
        List<String> files = CustomReport.run(SAMPLE, tmp.resolve("custom"));
        assertTrue(files.contains("Sicherheitsanalyse.pdf"));
        assertTrue(Files.exists(tmp.resolve("custom/tables/praevention-angebote.csv")));
    }
}
