package de.lagebild.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the survey-a report to a file for looking at: {@code DevRender OUT.pdf}. Not a test. */
final class DevRender {
    private DevRender() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("lagebild-dev");
        TestProjects.Analysis a = TestProjects.Analysis.of(dir);
        Report r = a.standard().build();
        long t0 = System.nanoTime();
        byte[] pdf = r.pdf();
        long t1 = System.nanoTime();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int i = 0; i < n; i++) {
            long s0 = System.nanoTime();
            pdf = r.pdf();
            System.out.printf("render %d: %.0f ms%n", i, (System.nanoTime() - s0) / 1e6);
        }
        long t2 = System.nanoTime();
        Files.write(Path.of(args[0]), pdf);
        System.out.printf("first %.0f ms, warm %.0f ms, %d bytes%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6 / n, pdf.length);
    }
}
