package de.lagebild.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the synthetic sample municipality Musterstadt and the cohort "Städtebund" (five more
 * municipalities): every input of a Sicherheitsanalyse, from the same seeds always the same bytes.
 *
 * <pre>
 * mvn -B -q -pl samples -am package -DskipTests
 * java -cp samples/target/classes de.lagebild.samples.MusterstadtGenerator
 * </pre>
 *
 * writes {@code samples/musterstadt/} and {@code samples/staedtebund/} (with the cohort files of
 * {@link Cohorts}; relative to the working
 * folder; {@code --musterstadt DIR} and {@code --staedtebund DIR} write elsewhere). The generator
 * needs nothing but the JDK and its one resource, an extract of the real BKA Kreis table 2022.
 *
 * <h2>What is real and what is invented</h2>
 * Real: the BKA's PKS 2022 figures of the 13 Saxon Kreise for 18 offence keys
 * ({@code bka-pks-2022-sachsen.csv}), written unchanged as the 2022 benchmark table, and the Kreis
 * populations of 31.12.2021 derived from them. Invented: the municipalities and everything about
 * them, the Kreise's PKS of 2020, 2021, 2023 and 2024, the Kreise's populations of the other years
 * and their age structure. Every invented number comes from a model whose parameters are stated
 * in the classes of this package; none is an estimate from real data.
 *
 * <h2>The model, in brief</h2>
 * <ul>
 * <li><b>Population</b> ({@link Population}): residents on 31.12.2019-2024 by Ortsteil, sex (m, w)
 * and age group (0-7, 8-15, 16-24, ..., 75+), from an assumed Saxon small-town age profile, modified
 * per kind of Ortsteil ({@link DistrictType}: old town, station area, Plattenbau estate, garden
 * suburb, village) and projected back with assumed trends per age group and Ortsteil.</li>
 * <li><b>Survey</b> ({@link Survey}): a sample of residents aged 16+ stratified by Ortsteil, square
 * root allocation (small Ortsteile oversampled), response depending on age, sex and Ortsteil, design
 * weights N_h / n_h; answers from latent traits with ordered logit models, so that women and older
 * people feel less safe at night, the station area feels least safe and sees most problems, victims
 * worry more, and so on; item nonresponse coded 8 and 9; Angsträume as coded places. The
 * questionnaire and the codebook: {@link Questionnaire}.</li>
 * <li><b>Margins</b>: residents aged 16+ on 31.12.2024 by sex x age group and by Ortsteil.</li>
 * <li><b>PKS of the municipality</b> ({@link TownPks}): 2020-2024 in the Polizeidirektion's export
 * layout (German headers and numbers, windows-1252), rates from the real 2022 rates of its Kreis and
 * of all Saxon Landkreise times assumed small-town factors, trends per offence group
 * ({@link Offences.Trend}) and Poisson noise; the PKS identities hold ({@link Offences}).</li>
 * <li><b>Benchmarks</b> ({@link Benchmarks}): the BKA Kreis table per year 2020-2024, reduced to the
 * Saxon Kreise (Sachsen is aggregated from them) and the 18 keys, and a population file of the Kreis
 * and Sachsen in the layout of the Regionalstatistik's table 12411-02-03-4.</li>
 * <li><b>Ordnungswidrigkeiten</b> ({@link Owi}): 2020-2024 by Ortsteil and category, Poisson with
 * assumed rates per kind of Ortsteil.</li>
 * </ul>
 *
 * <h2>Determinism</h2>
 * Each part draws from its own {@link java.util.SplittableRandom} stream, seeded from the town's
 * seed and the part's name ({@link Rng}); distributions use {@link StrictMath} only; no hash-ordered
 * collection is iterated; numbers are formatted by hand ({@link Fmt}), never with the default
 * locale. Text files end lines with LF.
 */
public final class MusterstadtGenerator {
    private MusterstadtGenerator() {
    }

    /** The files of one town's project folder, relative path to bytes, in writing order. */
    static Map<String, byte[]> files(Town town) {
        Population pop = Population.of(town);
        Survey survey = Survey.of(town, pop);
        TownPks pks = TownPks.of(town, pop);
        Benchmarks world = Benchmarks.get();
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put("lagebild.yaml", utf8(ProjectFile.yaml(town)));
        f.put("codebook.yaml", utf8(Questionnaire.codebookYaml(town)));
        f.put("survey.csv", utf8(survey.csv()));
        f.put("margin_sex_age.csv", utf8(survey.marginSexAge()));
        f.put("margin_district.csv", utf8(survey.marginDistrict()));
        f.put("population.csv", utf8(pop.csv(town)));
        f.put("owi.csv", utf8(Owi.csv(town, pop)));
        f.put("pks/pks_" + town.folder() + ".csv", encode(pks.csv(), Charset.forName("windows-1252")));
        for (int y = Offences.FIRST_YEAR; y <= Offences.LAST_YEAR; y++) {
            f.put("pks/bka_kreise_sachsen_" + y + ".csv", encode(world.pksTable(y), StandardCharsets.ISO_8859_1));
        }
        f.put("population/12411-02-03-4_" + town.kreis().ags() + "_14.csv",
                encode(world.genesisPopulation(town.kreis().ags()), StandardCharsets.ISO_8859_1));
        return f;
    }

    static byte[] utf8(String s) {
        return encode(s, StandardCharsets.UTF_8);
    }

    /** Encodes strictly: a character the charset cannot hold is an error, never a silent '?'. */
    static byte[] encode(String s, Charset charset) {
        CharsetEncoder enc = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = enc.encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("text not representable in " + charset + ": " + e.getMessage(), e);
        }
    }

    /** Writes a town's files into a folder (created if needed; other files in it are left alone). */
    static void write(Town town, Path dir) {
        writeFiles(files(town), dir);
    }

    private static void writeFiles(Map<String, byte[]> files, Path dir) {
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path p = dir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes Musterstadt and the Städtebund.
     *
     * @param args {@code [--musterstadt DIR] [--staedtebund DIR]}; defaults {@code samples/musterstadt}
     *             and {@code samples/staedtebund}
     */
    public static void main(String[] args) {
        Path musterstadt = Path.of("samples", "musterstadt");
        Path staedtebund = Path.of("samples", "staedtebund");
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--musterstadt") || args[i].equals("--staedtebund")) && i + 1 < args.length) {
                Path p = Path.of(args[i + 1]);
                if (args[i].equals("--musterstadt")) {
                    musterstadt = p;
                } else {
                    staedtebund = p;
                }
                i++;
            } else {
                System.err.println("usage: MusterstadtGenerator [--musterstadt DIR] [--staedtebund DIR]");
                System.exit(2);
                return;
            }
        }
        write(Town.musterstadt(), musterstadt);
        List<Town> cohort = Town.staedtebund();
        for (Town t : cohort) {
            write(t, staedtebund.resolve(t.folder()));
        }
        writeFiles(Cohorts.files(cohort), staedtebund);
        System.out.println("wrote " + musterstadt + " and " + cohort.size() + " projects in " + staedtebund);
    }
}
