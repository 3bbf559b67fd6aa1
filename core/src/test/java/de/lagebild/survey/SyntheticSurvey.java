package de.lagebild.survey;

import de.lagebild.internal.Numbers;
import de.lagebild.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * A seeded random municipal survey for metamorphic tests: a population of districts (strata) x sex
 * x age group, a stratified sample with sex- and age-dependent response (so that weighting
 * matters), unequal design weights (unequal allocation across strata and a factor within them),
 * item nonresponse codes 8 and 9, and the two population margins sex x agegrp and district, which
 * sum to the same total.
 */
final class SyntheticSurvey {
    static final String[] SEXES = {"m", "w"};
    static final String[] AGES = {"16-29", "30-49", "50-64", "65+"};

    /** One respondent. */
    record Row(String id, String district, String sex, String agegrp, double dw, double nh, String q, String worry,
            String avoid) {
        Row withDw(double x) {
            return new Row(id, district, sex, agegrp, x, nh, q, worry, avoid);
        }

        Row withQ(String x) {
            return new Row(id, district, sex, agegrp, dw, nh, x, worry, avoid);
        }

        Row withWorry(String x) {
            return new Row(id, district, sex, agegrp, dw, nh, q, x, avoid);
        }

        Row withId(String x) {
            return new Row(x, district, sex, agegrp, dw, nh, q, worry, avoid);
        }

        Row withAvoid(String x) {
            return new Row(id, district, sex, agegrp, dw, nh, q, worry, x);
        }
    }

    final int n;
    final int strata;
    final long seed;
    final List<Row> rows;
    /** Population by district. */
    final long[] popDistrict;
    /** Population by sex x age group, sex-major. */
    final long[] popSexAge;

    private SyntheticSurvey(int n, int strata, long seed, List<Row> rows, long[] popDistrict, long[] popSexAge) {
        this.n = n;
        this.strata = strata;
        this.seed = seed;
        this.rows = List.copyOf(rows);
        this.popDistrict = popDistrict;
        this.popSexAge = popSexAge;
    }

    static String district(int h) {
        return "OT" + (h + 1);
    }

    static SyntheticSurvey generate(int n, int strata, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] popD = new long[strata];
        long total = 0;
        for (int h = 0; h < strata; h++) {
            popD[h] = rnd.nextLong(800, 8000);
            total += popD[h];
        }
        // sex x age shares of the population, then integer cells summing to the same total
        double[] share = new double[8];
        double ss = 0;
        for (int c = 0; c < 8; c++) {
            share[c] = 0.5 + rnd.nextDouble();
            ss += share[c];
        }
        long[] popSA = new long[8];
        long used = 0;
        int largest = 0;
        for (int c = 0; c < 8; c++) {
            popSA[c] = (long) Math.floor(total * share[c] / ss);
            used += popSA[c];
            if (share[c] > share[largest]) {
                largest = c;
            }
        }
        popSA[largest] += total - used;
        // allocation: proportional to sqrt(N_h), at least 3 per stratum
        int[] nh = new int[strata];
        double sq = 0;
        for (long p : popD) {
            sq += Math.sqrt(p);
        }
        int alloc = 0;
        for (int h = 0; h < strata; h++) {
            nh[h] = Math.max(3, (int) Math.floor((n - 3.0 * strata) * Math.sqrt(popD[h]) / sq) + 3);
            alloc += nh[h];
        }
        for (int h = 0; alloc < n; h = (h + 1) % strata) {
            nh[h]++;
            alloc++;
        }
        for (int h = 0; alloc > n; h = (h + 1) % strata) {
            if (nh[h] > 3) {
                nh[h]--;
                alloc--;
            }
        }
        // response: women and older people answer more often (the sample is skewed against the population)
        double[] respond = new double[8];
        for (int c = 0; c < 8; c++) {
            int sex = c / 4;
            int age = c % 4;
            respond[c] = share[c] * (1 + 0.3 * sex) * (0.7 + 0.2 * age);
        }
        List<Row> rows = new ArrayList<>(n);
        int id = 1;
        int cycle = 0;
        for (int h = 0; h < strata; h++) {
            double base = (double) popD[h] / nh[h];
            for (int k = 0; k < nh[h]; k++) {
                int c;
                if (cycle < 8) {
                    c = cycle++; // the first respondents cover every sex x age cell
                } else {
                    c = draw(rnd, respond);
                }
                int sex = c / 4;
                int age = c % 4;
                double factor = new double[] {0.5, 1.0, 1.0, 1.5, 2.0}[rnd.nextInt(5)];
                double dw = base * factor;
                // q: 1..4, feeling safe depends on sex, age and district; 6 % item nonresponse (8, 9)
                String q;
                double u = rnd.nextDouble();
                if (u < 0.03) {
                    q = "8";
                } else if (u < 0.06) {
                    q = "9";
                } else {
                    double p = 0.25 + 0.15 * sex + 0.08 * age + 0.04 * h;
                    int v = 1 + (rnd.nextDouble() < p ? 0 : 1) + (rnd.nextDouble() < 0.4 ? 2 : 0);
                    q = Integer.toString(Math.min(4, v));
                }
                String worry = rnd.nextDouble() < 0.04 ? "9"
                        : Integer.toString(1 + Math.min(4, (int) Math.floor(rnd.nextDouble() * (3 + sex + 0.5 * age))));
                String avoid = Integer.toString(rnd.nextDouble() < 0.2 + 0.1 * sex ? 1 : 0);
                rows.add(new Row(Integer.toString(id++), district(h), SEXES[sex], AGES[age], dw, popD[h], q, worry,
                        avoid));
            }
        }
        return new SyntheticSurvey(n, strata, seed, rows, popD, popSA);
    }

    private static int draw(SplittableRandom rnd, double[] p) {
        double s = 0;
        for (double x : p) {
            s += x;
        }
        double u = rnd.nextDouble() * s;
        for (int i = 0; i < p.length; i++) {
            u -= p[i];
            if (u < 0) {
                return i;
            }
        }
        return p.length - 1;
    }

    long total() {
        long t = 0;
        for (long p : popDistrict) {
            t += p;
        }
        return t;
    }

    private String csvOfRows;

    /** The survey file of the unchanged rows (built once). */
    synchronized String csvOfRows() {
        if (csvOfRows == null) {
            csvOfRows = csv(rows);
        }
        return csvOfRows;
    }

    static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("id,district,sex,agegrp,dw,N_h,q_safe_night,worry,avoid\n");
        for (Row r : rows) {
            sb.append(r.id()).append(',').append(r.district()).append(',').append(r.sex()).append(',')
                    .append(r.agegrp()).append(',').append(Numbers.format(r.dw())).append(',')
                    .append(Numbers.format(r.nh())).append(',').append(r.q()).append(',').append(r.worry())
                    .append(',').append(r.avoid()).append('\n');
        }
        return sb.toString();
    }

    String marginSexAge() {
        StringBuilder sb = new StringBuilder("sex,agegrp,N\n");
        for (int c = 0; c < 8; c++) {
            sb.append(SEXES[c / 4]).append(',').append(AGES[c % 4]).append(',').append(popSexAge[c]).append('\n');
        }
        return sb.toString();
    }

    String marginDistrict() {
        StringBuilder sb = new StringBuilder("district,N\n");
        for (int h = 0; h < strata; h++) {
            sb.append(district(h)).append(',').append(popDistrict[h]).append('\n');
        }
        return sb.toString();
    }

    /** The margin entries of a project file. */
    static final String SEX_AGE = "{variables: [sex, agegrp], file: margin_sex_age.csv, count: N}";
    static final String DISTRICT = "{variables: [district], file: margin_district.csv, count: N}";

    /** The default survey part: stratified by district with fpc, the three indicators, domains district and sex. */
    static final String DESIGN = "design: {strata: district, weights: dw, fpc: N_h}";

    /**
     * Writes rows, margins and a project into a new folder under {@code base} and loads the project.
     *
     * @param weighting the lines of survey.weighting (unindented), or "" for none
     * @param extra     further survey lines (unindented), such as variance settings
     */
    Project write(Path base, String name, List<Row> data, String design, String weighting, String extra) {
        return write(base, name, data, design, weighting, INDICATORS, extra);
    }

    /** The default indicators and domains (unindented survey lines). */
    static final String INDICATORS = """
            indicators:
              - {name: safe_night, type: proportion, variable: q_safe_night, valid: [1, 2, 3, 4], success: [1, 2]}
              - {name: worry, type: mean, variable: worry, valid: [1, 2, 3, 4, 5]}
              - {name: avoid, type: total, variable: avoid}
            domains: [district, sex]
            """;

    /** As {@link #write(Path, String, List, String, String, String)} with other indicators and domains. */
    Project write(Path base, String name, List<Row> data, String design, String weighting, String indicators,
            String extra) {
        try {
            Path dir = Files.createDirectories(base.resolve(name));
            String text = data == rows ? csvOfRows() : csv(data);
            Files.writeString(dir.resolve("survey.csv"), text, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("margin_sex_age.csv"), marginSexAge(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("margin_district.csv"), marginDistrict(), StandardCharsets.UTF_8);
            StringBuilder y = new StringBuilder("""
                    municipality: {name: Synthstadt, ags: "14523999"}
                    survey:
                      file: survey.csv
                      id: id
                      missing: [8, 9]
                    """);
            y.append("  ").append(design).append('\n');
            if (!weighting.isBlank()) {
                y.append("  weighting:\n").append(weighting.indent(4));
            }
            y.append(indicators.indent(2));
            if (!extra.isBlank()) {
                y.append(extra.indent(2));
            }
            Path p = dir.resolve("lagebild.yaml");
            Files.writeString(p, y.toString(), StandardCharsets.UTF_8);
            return Project.load(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Project write(Path base, String name, String weighting) {
        return write(base, name, rows, DESIGN, weighting, "");
    }

    /** The rows changed row by row. */
    List<Row> map(UnaryOperator<Row> f) {
        return rows.stream().map(f).toList();
    }

    @Override
    public String toString() {
        return "synthetic survey n=" + n + ", strata=" + strata + ", seed=" + seed;
    }

    /** The sizes the property tests run on: n from 50 to 3000, 1 to 8 strata. */
    static List<SyntheticSurvey> cases() {
        return List.of(generate(50, 1, 11), generate(60, 8, 12), generate(150, 3, 13), generate(400, 5, 14),
                generate(3000, 4, 16));
    }
}
