package de.lagebild.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.lagebild.project.Cohort;
import de.lagebild.report.Analysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unexpected error in one municipality is isolated and reported as internal; the listener sees every one. */
class BatchRunTest {
    @TempDir
    Path out;

    @Test
    void anInternalErrorIsIsolatedAndReportedAsInternal() {
        Cohort cohort = Cohort.load(Path.of("..", "samples", "staedtebund", "cohort.yaml"));
        List<String> seen = new ArrayList<>();
        BatchRun.Listener l = new BatchRun.Listener() {
            @Override
            public void finished(BatchRun.Outcome o, int done, int total) {
                seen.add(done + "/" + total + " " + o.id());
            }
        };
        BatchRun.Result r = BatchRun.run(cohort, new BatchRun.Options(out, 2, false), l, p -> {
            if (p.municipality().name().equals("Musterfeld")) {
                throw new IllegalStateException("a bug");
            }
            return Analysis.run(p);
        });
        assertEquals(5, seen.size());
        assertTrue(seen.contains("5/5 " + seen.get(4).substring(4)), seen.toString());
        assertEquals(1, r.failed().size());
        BatchRun.Outcome f = r.failed().get(0);
        assertEquals("Musterfeld", f.label());
        assertEquals(BatchRun.Status.FAILED_INTERNAL, f.status());
        assertTrue(f.messages().get(0).startsWith("internal error") && f.messages().get(0).contains("a bug"));
        assertEquals(4, r.count(BatchRun.Status.ANALYSED));
        assertTrue(Files.exists(out.resolve("musterbrueck").resolve("manifest.json")));
        assertTrue(!Files.exists(out.resolve("musterfeld").resolve(BatchRun.STATE)));
        assertTrue(r.comparison().isPresent());
    }
}
