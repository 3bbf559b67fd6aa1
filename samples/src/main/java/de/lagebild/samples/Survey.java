package de.lagebild.samples;

import static de.lagebild.samples.Questionnaire.DONT_KNOW;
import static de.lagebild.samples.Questionnaire.NO_ANSWER;
import static de.lagebild.samples.Questionnaire.NOT_APPLICABLE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A town's citizen survey: the sample drawn from the register, who answered, and the answers.
 *
 * <p><b>Sample.</b> Residents aged 16 and over on 31.12.2024, stratified by Ortsteil. The net
 * sample is allocated proportionally to the square root of the stratum size ({@code n_h ~ sqrt(N_h)}),
 * so small Ortsteile are oversampled. From each stratum a gross sample is drawn by simple random
 * sampling without replacement (Knuth's selection sampling), of the size that the expected response
 * rate turns into the target; then each person answers with probability
 * {@code base(age group) x 1.08 (women) or 0.94 (men) x factor(Ortsteil type)}, from 0.20 for 16-24
 * to 0.41 for 65-74. Design weight {@code dw = N_h / n_h} with the achieved {@code n_h}; {@code N_h}
 * is the fpc. A few respondents (1.5 % of 16-24, 1 % of 25-34, 0.2 % of the others) give their
 * gender as {@code d}.
 *
 * <p><b>Answers.</b> Each respondent has three latent traits: fear disposition {@code zF},
 * sensitivity to disorder {@code zD = 0.4 zF + 0.92 e} and trust {@code zT}, all standard normal.
 * Victimisation in the last 12 months is drawn per offence with logistic models (more theft, damage
 * and assault where the Ortsteil's disorder level {@code L} is high, assault more among the young
 * and men, burglary more in houses). The latent fear of crime is
 * {@code F = 0.85 zF + fear(Ortsteil type) + 0.45 woman + 0.35 victim + 0.3 victim of assault + 0.25 zD
 * + 0.5 ln(crime level)}. Ordinal items follow ordered logit models: category
 * {@code 1 + #{k : eta + s e > tau_k}} with {@code e} standard logistic and an error scale {@code s}
 * per item group (0.4 to 0.8: small enough that the worry and the risk items form scales with
 * Cronbach's alpha of about 0.8, the avoidance items about 0.5); yes/no items are yes when
 * {@code eta + s e > 0}. Safety at night adds
 * {@code 0.22 (age - 50) / 10} and {@code 0.35 woman} to F (older people and women feel less safe at
 * night), worries and perceived risks add the matching victimisation, perceived problems use the
 * Ortsteil type's problem levels plus {@code 0.6 zD + 0.2 zF}, trust falls and satisfaction falls
 * with F. Item nonresponse: code 9 with 1.2 % per item (2.7 % from age 75), code 8 where "weiß
 * nicht" is a real answer (perceived risks 3 %, problems 2.5 %, drugs 6 %, Ordnungsamt 9 %),
 * 1.5 times as often from age 75.
 */
final class Survey {
    /** Net response probability by survey age group (16-24 ... 75+), before the sex and Ortsteil factors. */
    private static final double[] RESPONSE = {0.20, 0.22, 0.28, 0.31, 0.36, 0.41, 0.30};
    private static final double[] RESPONSE_SEX = {0.94, 1.08};
    /** Scale of the logistic error per item group (1 = a plain logit): the smaller, the more reliable. */
    private static final double SAFE_NOISE = 0.6;
    private static final double WORRY_NOISE = 0.45;
    private static final double RISK_NOISE = 0.4;
    private static final double AVOID_NOISE = 0.4;
    private static final double PROBLEM_NOISE = 0.6;
    private static final double OTHER_NOISE = 0.8;

    /** A respondent with answers in column order. */
    record Respondent(String id, int district, String sex, int ageGroup, int age, Map<String, String> answers) {
    }

    private final Town town;
    private final Population population;
    private final List<Respondent> respondents;
    private final int[] nh;
    private final int[] bigN;

    private Survey(Town town, Population population) {
        this.town = town;
        this.population = population;
        int strata = town.districts().size();
        this.nh = new int[strata];
        this.bigN = new int[strata];
        Rng sampling = Rng.stream(town.seed(), "sample");
        List<int[]> drawn = new ArrayList<>(); // {district, sex, ageGroup, age}
        double sqrtSum = 0;
        for (int h = 0; h < strata; h++) {
            bigN[h] = population.adults(Population.SURVEY_BASE_YEAR, h);
            sqrtSum += StrictMath.sqrt(bigN[h]);
        }
        for (int h = 0; h < strata; h++) {
            DistrictType type = town.districts().get(h).type();
            double target = town.respondents() * StrictMath.sqrt(bigN[h]) / sqrtSum;
            double expectedRate = 0;
            for (int s = 0; s < 2; s++) {
                for (int a = Ages.FIRST_ADULT; a < Ages.GROUPS.size(); a++) {
                    expectedRate += population.count(Population.SURVEY_BASE_YEAR, h, s, a) * response(s, a, type);
                }
            }
            expectedRate /= bigN[h];
            int gross = (int) Math.min(bigN[h], Math.round(target / expectedRate));
            // selection sampling over the register of the stratum, ordered by sex and age group
            int needed = gross;
            int left = bigN[h];
            for (int s = 0; s < 2; s++) {
                for (int a = Ages.FIRST_ADULT; a < Ages.GROUPS.size(); a++) {
                    int cell = population.count(Population.SURVEY_BASE_YEAR, h, s, a);
                    for (int i = 0; i < cell; i++, left--) {
                        if (sampling.uniform() * left < needed) {
                            needed--;
                            int age = age(a, sampling);
                            if (sampling.chance(response(s, a, type))) {
                                drawn.add(new int[] {h, s, a, age});
                                nh[h]++;
                            }
                        }
                    }
                }
            }
        }
        sampling.shuffle(drawn); // the order in which questionnaires came back and were entered
        Rng answers = Rng.stream(town.seed(), "answers");
        List<Respondent> out = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            int[] p = drawn.get(i);
            String id = String.format(java.util.Locale.ROOT, "%s%04d", town.idPrefix(), i + 1);
            String sex = Population.SEXES.get(p[1]);
            double diverse = p[2] == Ages.FIRST_ADULT ? 0.015 : p[2] == Ages.FIRST_ADULT + 1 ? 0.01 : 0.002;
            if (answers.chance(diverse)) {
                sex = "d";
            }
            out.add(new Respondent(id, p[0], sex, p[2], p[3], answer(p[0], sex, p[3], answers)));
        }
        this.respondents = List.copyOf(out);
    }

    static Survey of(Town town, Population population) {
        return new Survey(town, population);
    }

    private static double response(int sex, int ageGroup, DistrictType type) {
        return RESPONSE[ageGroup - Ages.FIRST_ADULT] * RESPONSE_SEX[sex] * type.response;
    }

    /** An age in years within a group; 75+ from 75 with a declining (exponential, mean 8 years) tail, at most 99. */
    private static int age(int group, Rng rng) {
        int from = Ages.FROM[group];
        if (group == Ages.GROUPS.size() - 1) {
            int extra = (int) StrictMath.floor(-8 * StrictMath.log(1 - rng.uniform()));
            return Math.min(Ages.MAX_AGE, from + extra);
        }
        return rng.between(from, Ages.FROM[group + 1] - 1);
    }

    List<Respondent> respondents() {
        return respondents;
    }

    private Map<String, String> answer(int district, String sex, int age, Rng rng) {
        DistrictType type = town.districts().get(district).type();
        double ageC = (age - 50) / 10.0;
        double woman = sex.equals("m") ? 0 : 1;
        double level = type.disorder;
        double crime = StrictMath.log(town.crimeLevel());
        boolean house = type == DistrictType.SUBURB || type == DistrictType.VILLAGE;
        boolean old = age >= 75;
        double zF = rng.normal();
        double zD = 0.4 * zF + 0.92 * rng.normal();
        double zT = rng.normal();

        Map<String, String> a = new LinkedHashMap<>();
        // victimisation first: it drives fear
        double[] pVictim = {
            Rng.expit(-2.85 + 0.9 * level + (age < 35 ? 0.25 : 0) + crime),
            Rng.expit(-4.1 + 0.4 * level + (house ? 0.3 : 0) + crime),
            Rng.expit(-3.15 + 0.8 * level + crime),
            Rng.expit(-4.2 + 1.1 * level + (age < 25 ? 0.8 : 0) + 0.3 * (1 - woman) + crime),
            Rng.expit(-3.1 + (age >= 25 && age < 65 ? 0.25 : 0))};
        int[] victim = new int[pVictim.length];
        boolean anyYes = false;
        boolean anyNr = false;
        Map<String, String> victimCodes = new LinkedHashMap<>();
        for (int k = 0; k < pVictim.length; k++) {
            victim[k] = rng.chance(pVictim[k]) ? 1 : 0;
            String code = nonresponse(Integer.toString(victim[k]), 0, old, rng);
            victimCodes.put(Questionnaire.VICTIM_ITEMS.get(k), code);
            anyYes |= code.equals("1");
            anyNr |= code.equals(NO_ANSWER) || code.equals(DONT_KNOW);
        }
        boolean victimAny = anyYes;
        double fear = 0.85 * zF + type.fear + 0.45 * woman + (victimAny ? 0.35 : 0) + 0.3 * victim[3] + 0.25 * zD
                + 0.5 * crime;

        a.put("q_safe_day", nonresponse(ordinal(fear + 0.05 * ageC, SAFE_NOISE, rng, 0.27, 2.5, 3.9), 0.004, old, rng));
        a.put("q_safe_night", nonresponse(ordinal(fear + 0.22 * ageC + 0.35 * woman + 1.4, SAFE_NOISE, rng, 0.6, 2.5, 4.0),
                0.004, old, rng));
        double[] worry = {
            0.75 * fear + (house ? 0.35 : 0) + 0.8 * victim[1] + 0.05 * ageC,
            0.85 * fear + 0.8 * victim[3] - 0.05 * ageC,
            0.75 * fear + 0.6 * victim[0] + 0.2 * level,
            0.75 * fear + 0.8 * woman - 0.25 * ageC};
        for (int k = 0; k < worry.length; k++) {
            a.put(Questionnaire.WORRY_ITEMS.get(k), nonresponse(ordinal(worry[k], WORRY_NOISE, rng, -0.45, 0.8, 1.7, 2.5), 0.005,
                    old, rng));
        }
        double[] risk = {
            0.75 * fear + 0.9 * victim[1] + (house ? 0.3 : 0),
            0.75 * fear + 0.9 * victim[3] + 0.5 * level - 0.1 * ageC,
            0.75 * fear + 0.8 * victim[0] + 0.6 * level,
            0.75 * fear + 0.7 * woman - 0.2 * ageC + 0.3 * level};
        for (int k = 0; k < risk.length; k++) {
            a.put(Questionnaire.RISK_ITEMS.get(k), nonresponse(ordinal(risk[k], RISK_NOISE, rng, 0.15, 1.45, 2.4), 0.03, old,
                    rng));
        }
        double[] avoid = {
            -0.95 + 0.9 * fear + 0.5 * level,
            -1.57 + 0.9 * fear + 0.3 * ageC + 0.5 * woman,
            -1.9 + 0.5 * fear + 0.5 * woman - 0.2 * ageC + 0.3 * level};
        for (int k = 0; k < avoid.length; k++) {
            a.put(Questionnaire.AVOID_ITEMS.get(k), nonresponse(avoid[k] + AVOID_NOISE * rng.logistic() > 0 ? "1"
                    : "0", 0, old, rng));
        }
        // graffiti, litter, drugs, drunk, noise, dog dirt, lighting
        double[] ageEffect = {0.1, 0.1, -0.05, 0.1, 0.0, 0.1, 0.1};
        double[] dontKnow = {0.01, 0.005, 0.06, 0.02, 0.01, 0.005, 0.01};
        for (int k = 0; k < Questionnaire.PROBLEM_ITEMS.size(); k++) {
            double eta = type.problems[k] + 0.6 * zD + 0.2 * zF + ageEffect[k] * ageC + 0.6 * crime
                    + (k == 6 ? 0.2 * woman : 0);
            a.put(Questionnaire.PROBLEM_ITEMS.get(k), nonresponse(ordinal(eta, PROBLEM_NOISE, rng, 0.0, 1.6, 3.0), dontKnow[k], old,
                    rng));
        }
        a.putAll(victimCodes);
        a.put("victim_12m", anyYes ? "1" : anyNr ? NO_ANSWER : "0");
        if (victimAny) {
            double p = Rng.expit(-0.4 + 1.5 * victim[1] + 0.6 * victim[2] + 0.3 * victim[0] + 0.5 * victim[3]
                    - 0.4 * victim[4]);
            a.put("reported", nonresponse(rng.chance(p) ? "1" : "0", 0.01, old, rng));
        } else {
            a.put("reported", anyNr ? NO_ANSWER : NOT_APPLICABLE);
        }
        a.put("trust_police", nonresponse(ordinal(0.9 * zT - 0.3 * fear + 0.1 * ageC - (victimAny ? 0.3 : 0) + 3.2,
                OTHER_NOISE, rng, 0.0, 1.2, 2.6, 4.2), 0.03, old, rng));
        a.put("trust_ordnungsamt", nonresponse(ordinal(0.6 * zT + 0.5 * rng.normal() - 0.25 * fear - 0.3 * level
                + 2.4, OTHER_NOISE, rng, 0.0, 1.2, 2.6, 4.2), 0.09, old, rng));
        a.put("satisfaction", nonresponse(ordinal(3.3 + type.satisfaction - 0.35 * fear + 0.3 * zT + 0.1 * ageC
                - 0.3 * crime, OTHER_NOISE, rng, 0.0, 1.0, 2.2, 4.0), 0.005, old, rng));
        boolean fearPlaces = rng.chance(Rng.expit(-0.8 + 0.9 * fear + 0.4 * level));
        String any = nonresponse(fearPlaces ? "1" : "0", 0.03, old, rng);
        a.put("fear_any", any);
        String[] places = {"", "", ""};
        if (any.equals("1")) {
            if (rng.chance(0.03)) {
                places[0] = NO_ANSWER;
            } else {
                int n = 1 + rng.pick(new double[] {0.5, 0.3, 0.2});
                double[] w = Places.weights(type);
                for (int k = 0; k < n; k++) {
                    int p = rng.pick(w);
                    places[k] = Questionnaire.PLACE_CODES.get(p);
                    w[p] = 0;
                }
            }
        }
        for (int k = 0; k < 3; k++) {
            a.put("fear_place_" + (k + 1), places[k]);
        }
        return a;
    }

    /**
     * An ordered-logit answer: 1 + the number of thresholds below {@code eta + noise e}, e standard
     * logistic. A smaller noise makes the item a more reliable measure of its latent trait.
     */
    private static String ordinal(double eta, double noise, Rng rng, double... thresholds) {
        double latent = eta + noise * rng.logistic();
        int category = 1;
        for (double t : thresholds) {
            if (latent > t) {
                category++;
            }
        }
        return Integer.toString(category);
    }

    /**
     * The answer, or item nonresponse: 9 with probability 1.2 % (2.7 % from age 75), else 8 with the
     * item's "weiß nicht" probability (times 1.5 from age 75).
     */
    private static String nonresponse(String answer, double dontKnow, boolean old, Rng rng) {
        double u = rng.uniform();
        double p9 = old ? 0.027 : 0.012;
        if (u < p9) {
            return NO_ANSWER;
        }
        if (u < p9 + dontKnow * (old ? 1.5 : 1)) {
            return DONT_KNOW;
        }
        return answer;
    }

    /** survey.csv: one row per respondent, UTF-8, comma-separated, no free text. */
    String csv() {
        List<Questionnaire.Item> items = Questionnaire.items(town);
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < items.size(); j++) {
            sb.append(j == 0 ? "" : ",").append(items.get(j).name());
        }
        sb.append('\n');
        for (Respondent r : respondents) {
            int h = r.district();
            sb.append(r.id()).append(',').append(town.districts().get(h).name()).append(',').append(r.sex())
                    .append(',').append(Ages.GROUPS.get(r.ageGroup())).append(',').append(r.age()).append(',')
                    .append(Fmt.plain((double) bigN[h] / nh[h], 10)).append(',').append(bigN[h]);
            r.answers().values().forEach(v -> sb.append(',').append(v));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** margin_sex_age.csv: residents aged 16+ on 31.12.2024 by sex and age group. */
    String marginSexAge() {
        StringBuilder sb = new StringBuilder("sex,agegrp,N\n");
        for (int a = Ages.FIRST_ADULT; a < Ages.GROUPS.size(); a++) {
            for (int s = 0; s < 2; s++) {
                int n = 0;
                for (int h = 0; h < town.districts().size(); h++) {
                    n += population.count(Population.SURVEY_BASE_YEAR, h, s, a);
                }
                sb.append(Population.SEXES.get(s)).append(',').append(Ages.GROUPS.get(a)).append(',').append(n)
                        .append('\n');
            }
        }
        return sb.toString();
    }

    /** margin_district.csv: residents aged 16+ on 31.12.2024 by Ortsteil. */
    String marginDistrict() {
        StringBuilder sb = new StringBuilder("district,N\n");
        for (int h = 0; h < town.districts().size(); h++) {
            sb.append(town.districts().get(h).name()).append(',').append(bigN[h]).append('\n');
        }
        return sb.toString();
    }
}
