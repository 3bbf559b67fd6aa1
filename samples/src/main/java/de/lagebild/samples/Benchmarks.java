package de.lagebild.samples;

import de.lagebild.samples.Offences.Counts;
import de.lagebild.samples.Offences.Key;
import de.lagebild.samples.Offences.Rates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Saxon Kreise, one synthetic world shared by all sample projects: the real BKA figures of 2022
 * (the extract {@code bka-pks-2022-sachsen.csv}), their populations, and synthetic figures for the
 * other years drawn around them. Built from {@link #WORLD_SEED} only, so that every sample project
 * shows the same Landkreis Zwickau and the same Sachsen.
 *
 * <p>Population on 31.12.2021 of each Kreis: derived from the 2022 table, the whole number nearest
 * the middle of the interval that every row's {@code cases x 100,000 / (HZ +- 0.5)} allows (within
 * 0.01 % of the official figure). Other years: an assumed annual trend per Kreis and a step of
 * +0.8 % from 2022 on (arrivals from Ukraine). Age and sex: an assumed profile for Landkreise and
 * one for the three cities, the same in every year.
 *
 * <p>PKS of the years other than 2022: for each Kreis and year a common level {@code exp(0.03 Z)},
 * each component's cases Poisson with mean (2022 cases) x (the offence group's trend factor) x
 * level, the other columns drawn with the Kreis's 2022 ratios (see {@link Offences#draw}).
 */
final class Benchmarks {
    /** Seed of the synthetic Kreis figures. */
    static final long WORLD_SEED = 20221231L;
    static final String EXTRACT = "bka-pks-2022-sachsen.csv";
    /** Shrinkage of a Kreis's ratios towards Sachsen's: the weight of Sachsen's ratio in cases. */
    private static final double SHRINK = 20;

    /** Columns of the BKA table (0-based). */
    private static final int KEY = 0;
    private static final int LABEL = 1;
    private static final int AREA = 2;
    private static final int NAME = 3;
    private static final int TYPE = 4;
    private static final int CASES = 5;
    private static final int HZ = 6;
    private static final int ATTEMPTS = 7;
    private static final int THREATENED = 9;
    private static final int SHOT = 10;
    private static final int CLEARED = 11;
    private static final int SUSPECTS = 13;
    private static final int MALE = 14;
    private static final int NON_GERMAN = 16;

    /** The extract's two header lines and data lines, as read (ISO-8859-1). */
    final List<String> headerLines;
    private final Map<String, String> rawLines = new LinkedHashMap<>();
    /** Kreis key to the BKA's name and Kreisart. */
    private final Map<String, String[]> kreisNames = new TreeMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    /** Real 2022 counts: Kreis key to key (and pseudo-key) to counts. */
    private final Map<String, Map<String, Counts>> real = new TreeMap<>();
    /** Population on 31.12. of each year 2019-2024: Kreis key to year to persons. */
    private final Map<String, Map<Integer, Long>> population = new TreeMap<>();
    /** All years' PKS: year to Kreis key to key to counts. */
    private final Map<Integer, Map<String, Map<String, Counts>>> pks = new TreeMap<>();

    private Benchmarks() {
        List<String> lines = readExtract();
        headerLines = List.copyOf(lines.subList(0, 2));
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split(";", -1);
            String kreis = f[AREA];
            kreisNames.putIfAbsent(kreis, new String[] {f[NAME], f[TYPE]});
            labels.putIfAbsent(f[KEY], f[LABEL]);
            rawLines.put(f[KEY] + "|" + kreis, line);
            real.computeIfAbsent(kreis, k -> new LinkedHashMap<>()).put(f[KEY], counts(f));
        }
        for (Kreis k : Kreis.SACHSEN) {
            Map<String, Counts> r = real.get(k.ags());
            if (r == null || r.size() != Offences.KEYS.size()) {
                throw new IllegalStateException(EXTRACT + " lacks rows of Kreis " + k.ags());
            }
            r.put(Offences.OTHER_VIOLENCE, minus(r.get("892000"), r.get("210000"), r.get("222000")));
            r.put(Offences.REST, minus(r.get("------"), Offences.MAIN_GROUPS.stream().map(r::get)
                    .toArray(Counts[]::new)));
        }
        derivePopulation(lines.subList(2, lines.size()));
        drawOtherYears();
    }

    private static Benchmarks instance;

    /** The world (built once; it is immutable after construction). */
    static synchronized Benchmarks get() {
        if (instance == null) {
            instance = new Benchmarks();
        }
        return instance;
    }

    private static List<String> readExtract() {
        try (InputStream in = Benchmarks.class.getResourceAsStream(EXTRACT)) {
            if (in == null) {
                throw new IllegalStateException("resource " + EXTRACT + " is missing");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            String text = out.toString(StandardCharsets.ISO_8859_1);
            List<String> lines = new ArrayList<>(List.of(text.split("\n")));
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(String cell) {
        return Long.parseLong(cell.replace(",", ""));
    }

    private static Counts counts(String[] f) {
        return new Counts(count(f[CASES]), count(f[ATTEMPTS]), count(f[CLEARED]), count(f[SUSPECTS]),
                count(f[MALE]), count(f[NON_GERMAN]), count(f[THREATENED]), count(f[SHOT]));
    }

    /** a - b - c - ... field by field, at least 0 (suspects taken from a: they do not subtract). */
    private static Counts minus(Counts a, Counts... others) {
        long cases = a.cases();
        long attempts = a.attempts();
        long cleared = a.cleared();
        long threatened = a.threatened();
        long shot = a.shot();
        for (Counts o : others) {
            cases -= o.cases();
            attempts -= o.attempts();
            cleared -= o.cleared();
            threatened -= o.threatened();
            shot -= o.shot();
        }
        cases = Math.max(0, cases);
        return new Counts(cases, Math.max(0, Math.min(cases, attempts)), Math.max(0, Math.min(cases, cleared)),
                a.suspects(), a.male(), a.nonGerman(), Math.max(0, Math.min(cases, threatened)),
                Math.max(0, Math.min(cases, shot)));
    }

    private void derivePopulation(List<String> dataLines) {
        Map<String, double[]> interval = new TreeMap<>();
        for (String line : dataLines) {
            String[] f = line.split(";", -1);
            long cases = count(f[CASES]);
            long hz = count(f[HZ]);
            if (cases == 0 || hz == 0) {
                continue;
            }
            double lo = cases * 100_000.0 / (hz + 0.5);
            double hi = cases * 100_000.0 / (hz - 0.5);
            double[] iv = interval.computeIfAbsent(f[AREA], k -> new double[] {0, Double.POSITIVE_INFINITY});
            iv[0] = Math.max(iv[0], lo);
            iv[1] = Math.min(iv[1], hi);
        }
        for (Kreis k : Kreis.SACHSEN) {
            double[] iv = interval.get(k.ags());
            if (!(iv[0] <= iv[1])) {
                throw new IllegalStateException("the HZ of Kreis " + k.ags() + " admit no common population");
            }
            long p2021 = Math.round((iv[0] + iv[1]) / 2);
            Map<Integer, Long> byYear = new TreeMap<>();
            for (int y = Population.FIRST_YEAR; y <= Population.LAST_YEAR; y++) {
                double p = p2021 * StrictMath.pow(1 + k.trend(), y - 2021) * (y >= 2022 ? 1.008 : 1.0);
                byYear.put(y, y == 2021 ? p2021 : Math.round(p));
            }
            population.put(k.ags(), byYear);
        }
    }

    /** Ratios of a Kreis's 2022 counts, shrunk towards Sachsen's where the Kreis has few cases. */
    Map<String, Rates> rates(String kreis) {
        Map<String, Counts> k = real.get(kreis);
        Map<String, Rates> out = new LinkedHashMap<>();
        for (String key : k.keySet()) {
            Counts c = k.get(key);
            Counts s = saxony(key);
            String suspectsKey = key.equals(Offences.REST) ? "------"
                    : key.equals(Offences.OTHER_VIOLENCE) ? "892000" : key;
            Counts cs = k.get(suspectsKey);
            Counts ss = saxony(suspectsKey);
            out.put(key, new Rates(
                    shrunk(c.attempts(), c.cases(), s.attempts(), s.cases()),
                    Math.min(1, shrunk(c.cleared(), c.cases(), s.cleared(), s.cases())),
                    shrunk(cs.suspects(), cs.cleared(), ss.suspects(), ss.cleared()),
                    shrunk(cs.male(), cs.suspects(), ss.male(), ss.suspects()),
                    shrunk(cs.nonGerman(), cs.suspects(), ss.nonGerman(), ss.suspects()),
                    shrunk(c.threatened(), c.cases(), s.threatened(), s.cases()),
                    shrunk(c.shot(), c.cases(), s.shot(), s.cases())));
        }
        return out;
    }

    private static double shrunk(long part, long whole, long sPart, long sWhole) {
        double saxon = sWhole == 0 ? 0 : (double) sPart / sWhole;
        return (part + SHRINK * saxon) / (whole + SHRINK);
    }

    /** Sachsen's 2022 counts of a key: the sum of its Kreise (suspects summed, as the importer would not). */
    private Counts saxony(String key) {
        long[] s = new long[8];
        for (Map<String, Counts> k : real.values()) {
            Counts c = k.get(key);
            s[0] += c.cases();
            s[1] += c.attempts();
            s[2] += c.cleared();
            s[3] += c.suspects();
            s[4] += c.male();
            s[5] += c.nonGerman();
            s[6] += c.threatened();
            s[7] += c.shot();
        }
        return new Counts(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]);
    }

    /**
     * 2022 cases per 100,000 residents (population 31.12.2021) of a key or pseudo-key in a Kreis, and
     * in all Landkreise together (the kreisfreie Städte left out).
     */
    double rate(String kreis, String key) {
        return real.get(kreis).get(key).cases() * 100_000.0 / population.get(kreis).get(2021);
    }

    double landkreiseRate(String key) {
        long cases = 0;
        long pop = 0;
        for (Kreis k : Kreis.SACHSEN) {
            if (!k.city()) {
                cases += real.get(k.ags()).get(key).cases();
                pop += population.get(k.ags()).get(2021);
            }
        }
        return cases * 100_000.0 / pop;
    }

    private void drawOtherYears() {
        for (int year = Offences.FIRST_YEAR; year <= Offences.LAST_YEAR; year++) {
            Map<String, Map<String, Counts>> byKreis = new TreeMap<>();
            for (Kreis k : Kreis.SACHSEN) {
                Map<String, Counts> r = real.get(k.ags());
                if (year == Offences.ANCHOR_YEAR) {
                    Map<String, Counts> keep = new LinkedHashMap<>();
                    Offences.KEYS.forEach(key -> keep.put(key.key(), r.get(key.key())));
                    byKreis.put(k.ags(), keep);
                    continue;
                }
                Rng rng = Rng.stream(WORLD_SEED, "pks " + k.ags() + " " + year);
                double level = StrictMath.exp(0.03 * rng.normal());
                Map<String, Double> expected = new LinkedHashMap<>();
                for (String key : r.keySet()) {
                    expected.put(key, r.get(key).cases() * trend(key).factor(year) * level);
                }
                byKreis.put(k.ags(), Offences.draw(expected, rates(k.ags()), rng));
            }
            pks.put(year, byKreis);
        }
    }

    /** The trend of a key or pseudo-key. */
    static Offences.Trend trend(String key) {
        if (key.equals(Offences.REST)) {
            return Offences.Trend.OTHER;
        }
        if (key.equals(Offences.OTHER_VIOLENCE)) {
            return Offences.Trend.VIOLENCE;
        }
        return Offences.key(key).trend();
    }

    /** A Kreis's population on 31.12. of a year (2019-2024). */
    long population(String kreis, int year) {
        return population.get(kreis).get(year);
    }

    /** A Kreis's PKS counts of a year and key. */
    Counts pks(int year, String kreis, String key) {
        return pks.get(year).get(kreis).get(key);
    }

    /**
     * The BKA Kreis table of a year, reduced to the Saxon Kreise and the sample keys: the real rows
     * for 2022, synthetic rows in the same layout for the other years. ISO-8859-1 text, LF.
     */
    String pksTable(int year) {
        StringBuilder sb = new StringBuilder();
        headerLines.forEach(h -> sb.append(h).append('\n'));
        for (Key key : Offences.KEYS) {
            for (Kreis k : Kreis.SACHSEN) {
                if (year == Offences.ANCHOR_YEAR) {
                    sb.append(rawLines.get(key.key() + "|" + k.ags())).append('\n');
                } else {
                    sb.append(syntheticRow(year, k, key.key())).append('\n');
                }
            }
        }
        if (year == Offences.ANCHOR_YEAR) {
            sb.append("Quelle: Bundeskriminalamt, PKS 2022, Tabelle KR-F-01-T01 (Auszug: sächsische Kreise,"
                    + " ausgewählte Schlüssel)\n");
        } else {
            sb.append("Synthetische Beispieldaten im Format der BKA-Tabelle KR-F-01-T01 (Lagebild-Samples),"
                    + " keine amtlichen Zahlen\n");
        }
        return sb.toString();
    }

    private String syntheticRow(int year, Kreis k, String key) {
        Counts c = pks(year, k.ags(), key);
        String[] name = kreisNames.get(k.ags());
        long pop = population(k.ags(), year - 1);
        return String.join(";", key, labels.get(key), k.ags(), name[0], name[1], Fmt.bka(c.cases()),
                Fmt.bka(Fmt.hz(c.cases(), pop)), Fmt.bka(c.attempts()), Fmt.bkaShare(c.attempts(), c.cases()),
                Fmt.bka(c.threatened()), Fmt.bka(c.shot()), Fmt.bka(c.cleared()), Fmt.bkaShare(c.cleared(), c.cases()),
                Fmt.bka(c.suspects()), Fmt.bka(c.male()), Fmt.bka(c.suspects() - c.male()), Fmt.bka(c.nonGerman()),
                Fmt.bkaShare(c.nonGerman(), c.suspects()));
    }

    /** GENESIS age groups of table 12411-02-03-4 (17 groups). */
    static final List<String> GENESIS_AGES = List.of("unter 3 Jahre", "3 bis unter 6 Jahre", "6 bis unter 10 Jahre",
            "10 bis unter 15 Jahre", "15 bis unter 18 Jahre", "18 bis unter 20 Jahre", "20 bis unter 25 Jahre",
            "25 bis unter 30 Jahre", "30 bis unter 35 Jahre", "35 bis unter 40 Jahre", "40 bis unter 45 Jahre",
            "45 bis unter 50 Jahre", "50 bis unter 55 Jahre", "55 bis unter 60 Jahre", "60 bis unter 65 Jahre",
            "65 bis unter 75 Jahre", "75 Jahre und mehr");
    /** Assumed age profiles (per cent) of a Saxon Landkreis and of a Saxon city. */
    private static final double[] LANDKREIS_AGES = {2.2, 2.4, 3.4, 4.3, 2.5, 1.5, 3.8, 4.3, 5.2, 6.1, 5.9, 5.3, 6.8,
        8.4, 8.6, 13.2, 16.1};
    private static final double[] CITY_AGES = {2.8, 2.8, 3.6, 4.4, 2.4, 1.9, 5.9, 7.4, 8.2, 7.9, 6.8, 5.6, 5.8, 6.3,
        6.0, 9.3, 12.9};
    private static final double[] GENESIS_MALE = {0.513, 0.513, 0.513, 0.513, 0.515, 0.530, 0.535, 0.535, 0.530,
        0.520, 0.515, 0.510, 0.505, 0.500, 0.490, 0.470, 0.380};

    /** A Kreis's population of a year by GENESIS age group: rows of {male, female}. */
    long[][] ageSex(String kreis, int year) {
        Kreis k = Kreis.byAgs(kreis);
        long[] groups = Apportion.largestRemainder(population(kreis, year), k.city() ? CITY_AGES : LANDKREIS_AGES);
        long[][] out = new long[groups.length][2];
        for (int g = 0; g < groups.length; g++) {
            out[g][0] = Math.round(groups[g] * GENESIS_MALE[g]);
            out[g][1] = groups[g] - out[g][0];
        }
        return out;
    }

    /**
     * A population file in the layout of the Regionalstatistik's table 12411-02-03-4 (CSV download:
     * title lines, {@code date;key;name;age group;Insgesamt;männlich;weiblich}, footer): the given
     * Kreis and Sachsen (the sum of its Kreise), 31.12.2019 to 31.12.2024. ISO-8859-1 text, LF.
     */
    String genesisPopulation(String kreis) {
        StringBuilder sb = new StringBuilder();
        sb.append("GENESIS-Tabelle: 12411-02-03-4\n");
        sb.append("Bevölkerung nach Geschlecht und Altersgruppen (17) - Stichtag 31.12. -;;;;;;\n");
        sb.append("regionale Tiefe: Kreise und krfr. Städte;;;;;;\n");
        sb.append("Fortschreibung des Bevölkerungsstandes;;;;;;\n");
        sb.append("Bevölkerungsstand (Anzahl);;;;;;\n");
        sb.append(";;;;Insgesamt;männlich;weiblich\n");
        for (int year = Population.FIRST_YEAR; year <= Population.LAST_YEAR; year++) {
            long[][] land = new long[GENESIS_AGES.size()][2];
            for (Kreis k : Kreis.SACHSEN) {
                long[][] a = ageSex(k.ags(), year);
                for (int g = 0; g < a.length; g++) {
                    land[g][0] += a[g][0];
                    land[g][1] += a[g][1];
                }
            }
            appendArea(sb, year, Kreis.LAND_AGS, Kreis.LAND_NAME, land);
            appendArea(sb, year, kreis, Kreis.byAgs(kreis).genesisName(), ageSex(kreis, year));
        }
        sb.append("__________\n");
        sb.append("Synthetische Beispieldaten (Lagebild-Samples) im Layout der Regionalstatistik, keine amtlichen"
                + " Zahlen: Bevölkerung am 31.12.2021 aus der PKS 2022 des BKA abgeleitet (Fälle x 100.000 / HZ),"
                + " übrige Jahre und Altersgliederung angenommen\n");
        return sb.toString();
    }

    private static void appendArea(StringBuilder sb, int year, String ags, String name, long[][] a) {
        long m = 0;
        long w = 0;
        for (int g = 0; g < a.length; g++) {
            sb.append("31.12.").append(year).append(';').append(ags).append(';').append(name).append(';')
                    .append(GENESIS_AGES.get(g)).append(';').append(a[g][0] + a[g][1]).append(';').append(a[g][0])
                    .append(';').append(a[g][1]).append('\n');
            m += a[g][0];
            w += a[g][1];
        }
        sb.append("31.12.").append(year).append(';').append(ags).append(';').append(name).append(";Insgesamt;")
                .append(m + w).append(';').append(m).append(';').append(w).append('\n');
    }
}
