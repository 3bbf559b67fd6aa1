package de.lagebild.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times R's survey package on the benchmark's data: the same design, rake() to the same two
 * margins, svymean of every indicator and svyby by the three domain variables. R is optional and
 * never a build dependency.
 */
final class RComparison {
    private RComparison() {
    }

    static void run(Path dir, Bench.Settings s, Bench.Phase java, PrintWriter out) throws IOException {
        StringBuilder r = new StringBuilder();
        r.append("suppressMessages(library(survey))\n");
        r.append("s <- read.csv('survey.csv', stringsAsFactors = FALSE)\n");
        r.append("msa <- read.csv('margin_sex_age.csv', stringsAsFactors = FALSE)\n");
        r.append("md <- read.csv('margin_district.csv', stringsAsFactors = FALSE)\n");
        r.append("s$sexage <- paste(s$sex, s$agegrp)\n");
        r.append("pop_sa <- data.frame(sexage = paste(msa$sex, msa$agegrp), Freq = msa$N)\n");
        r.append("pop_d <- data.frame(district = md$district, Freq = md$N)\n");
        int k = Math.min(s.indicators(), s.items());
        for (int j = 1; j <= k; j++) {
            String q = String.format(Locale.ROOT, "q%02d", j);
            if (j % 2 == 1) {
                r.append(String.format(Locale.ROOT, "s$y%02d <- ifelse(s$%s %%in%% 1:4, as.numeric(s$%s %%in%% 1:2), NA)%n",
                        j, q, q));
            } else {
                r.append(String.format(Locale.ROOT, "s$y%02d <- ifelse(s$%s %%in%% 1:4, s$%s, NA)%n", j, q, q));
            }
        }
        r.append("des <- svydesign(ids = ~1, strata = ~district, fpc = ~N_h, weights = ~dw, data = s)\n");
        r.append("t0 <- proc.time()[['elapsed']]\n");
        r.append("rk <- rake(des, list(~sexage, ~district), list(pop_sa, pop_d), control = list(maxit = 100,"
                + " epsilon = 1e-10))\n");
        r.append("for (j in 1:").append(k).append(") {\n");
        r.append("  v <- sprintf('y%02d', j); f <- as.formula(paste0('~', v))\n");
        r.append("  d <- subset(rk, !is.na(rk$variables[[v]]))\n");
        r.append("  m <- svymean(f, d)\n");
        r.append("  for (by in c('district', 'agegrp', 'sex')) b <- svyby(f, as.formula(paste0('~', by)), d, svymean)\n");
        r.append("}\n");
        r.append("cat(sprintf('%.6f\\n', proc.time()[['elapsed']] - t0))\n");
        Path script = dir.resolve("bench.R");
        Files.writeString(script, r.toString(), StandardCharsets.UTF_8);
        out.println();
        out.println("R: running " + script + " (rake, svymean, svyby) ...");
        out.flush();
        ProcessBuilder pb = new ProcessBuilder("Rscript", "bench.R").directory(dir.toFile()).redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            out.println("R: Rscript not found; install r-base-core and r-cran-survey to compare");
            return;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        String[] lines = output.split("\n");
        double rSeconds;
        try {
            rSeconds = Double.parseDouble(lines[lines.length - 1].trim());
        } catch (NumberFormatException e) {
            out.println("R failed:\n" + output);
            return;
        }
        out.printf(Locale.ROOT, "%-58s %12.4f%n", "R survey: rake + svymean + svyby", rSeconds);
        out.printf(Locale.ROOT, "%-58s %12.1f x%n", "ratio R / Lagebild (median)", rSeconds / java.medianSeconds());
        out.flush();
    }
}
