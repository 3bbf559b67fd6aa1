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

    /**
     * Times R on the JKn phase's data: as.svrepdesign(type = "JKn"), every replicate re-raked by
     * calibrate(calfun = "raking") to the same two margins, svymean and svyby by the three domain
     * variables.
     */
    static void runJkn(Path dir, Bench.Phase java, PrintWriter out) throws IOException {
        String r = """
                suppressMessages(library(survey))
                s <- read.csv('survey.csv', stringsAsFactors = FALSE)
                msa <- read.csv('margin_sex_age.csv', stringsAsFactors = FALSE)
                md <- read.csv('margin_district.csv', stringsAsFactors = FALSE)
                s$sexage <- factor(paste(s$sex, s$agegrp))
                s$district <- factor(s$district)
                s$y01 <- ifelse(s$q01 %in% 1:4, as.numeric(s$q01 %in% 1:2), NA)
                des <- svydesign(ids = ~1, strata = ~district, fpc = ~N_h, weights = ~dw, data = s)
                t0 <- proc.time()[['elapsed']]
                rep <- as.svrepdesign(des, type = 'JKn')
                pop_sa <- setNames(msa$N, paste(msa$sex, msa$agegrp))
                pop_d <- setNames(md$N, md$district)
                lsa <- levels(s$sexage)
                ld <- levels(s$district)
                pop <- c('(Intercept)' = sum(msa$N), setNames(pop_sa[lsa[-1]], paste0('sexage', lsa[-1])),
                         setNames(pop_d[ld[-1]], paste0('district', ld[-1])))
                rk <- calibrate(rep, ~sexage + district, pop, calfun = 'raking', epsilon = 1e-10, maxit = 100)
                d <- subset(rk, !is.na(y01))
                m <- svymean(~y01, d)
                for (by in c('district', 'agegrp', 'sex')) b <- svyby(~y01, as.formula(paste0('~', by)), d, svymean)
                cat(sprintf('%.6f\\n', proc.time()[['elapsed']] - t0))
                """;
        Path script = dir.resolve("bench_jkn.R");
        Files.writeString(script, r, StandardCharsets.UTF_8);
        out.println();
        out.println("R: running " + script + " (JKn, re-raked replicates, svymean, svyby) ...");
        out.flush();
        Double rSeconds = rscript(dir, "bench_jkn.R", out);
        if (rSeconds == null) {
            return;
        }
        out.printf(Locale.ROOT, "%-58s %12.4f%n", "R survey: JKn + calibrate(raking) + svymean + svyby", rSeconds);
        out.printf(Locale.ROOT, "%-58s %12.1f x%n", "ratio R / Lagebild, JKn (median)", rSeconds / java.medianSeconds());
        out.flush();
    }

    /** Runs an R script in a folder; the last line of its output is the seconds it measured. */
    private static Double rscript(Path dir, String script, PrintWriter out) throws IOException {
        ProcessBuilder pb = new ProcessBuilder("Rscript", script).directory(dir.toFile()).redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            out.println("R: Rscript not found; install r-base-core and r-cran-survey to compare");
            return null;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        String[] lines = output.split("\n");
        try {
            return Double.parseDouble(lines[lines.length - 1].trim());
        } catch (NumberFormatException e) {
            out.println("R failed:\n" + output);
            return null;
        }
    }
}
