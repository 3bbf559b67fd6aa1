package de.lagebild.crime;

import de.lagebild.io.Problem;
import de.lagebild.io.RowAccount;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Everything {@link CrimeAnalysis} computes: the indicators per area, year and offence key, trends,
 * ratios to the benchmarks, the offence structure, Ordnungswidrigkeiten rates, the fields of action,
 * and the accounting of the inputs. Immutable; values that are not defined are empty.
 *
 * @param indicators  one row per area, year and key (crime_indicators.csv)
 * @param owi         Ordnungswidrigkeiten per year and category, for the municipality and its Ortsteile
 * @param trends      rate changes over the trend window and against the previous year
 * @param benchmarks  the municipality's rates relative to each benchmark
 * @param structure   each key's share of all cases
 * @param fields      the fields of action used
 * @param fieldValues the PKS and OWI figures of each field of action
 * @param sources     what each input file contributed
 * @param accounts    the row accounting of each input file (read = used + rejected), for the manifest
 * @param rejected    every rejected row and every conflict between files (empty unless invalid_rows: reject)
 * @param notes       remarks: aggregations, approximations, published values used, missing populations
 * @param population  the population figures read (by area, Ortsteil, year, sex and age group)
 */
public record CrimeResult(List<Indicator> indicators, List<OwiIndicator> owi, List<Trend> trends,
        List<BenchmarkRatio> benchmarks, List<Share> structure, List<FieldOfAction> fields,
        List<FieldValue> fieldValues, List<SourceSummary> sources, List<RowAccount> accounts, List<Problem> rejected,
        List<String> notes, PopulationTable population) {

    /**
     * Copies the lists.
     *
     * @param indicators  one row per area, year and key (crime_indicators.csv)
     * @param owi         Ordnungswidrigkeiten per year and category, for the municipality and its Ortsteile
     * @param trends      rate changes over the trend window and against the previous year
     * @param benchmarks  the municipality's rates relative to each benchmark
     * @param structure   each key's share of all cases
     * @param fields      the fields of action used
     * @param fieldValues the PKS and OWI figures of each field of action
     * @param sources     what each input file contributed
     * @param accounts    the row accounting of each input file (read = used + rejected), for the manifest
     * @param rejected    every rejected row and every conflict between files (empty unless invalid_rows: reject)
     * @param notes       remarks: aggregations, approximations, published values used, missing populations
     * @param population  the population figures read (by area, Ortsteil, year, sex and age group)
     * @throws NullPointerException when a list, a list element or {@code population} is null
     */
    public CrimeResult {
        indicators = List.copyOf(indicators);
        owi = List.copyOf(owi);
        trends = List.copyOf(trends);
        benchmarks = List.copyOf(benchmarks);
        structure = List.copyOf(structure);
        fields = List.copyOf(fields);
        fieldValues = List.copyOf(fieldValues);
        sources = List.copyOf(sources);
        accounts = List.copyOf(accounts);
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
        Objects.requireNonNull(population, "population");
    }

    /**
     * A result without population figures (as before they were part of it).
     *
     * @param indicators  one row per area, year and key (crime_indicators.csv)
     * @param owi         Ordnungswidrigkeiten per year and category, for the municipality and its Ortsteile
     * @param trends      rate changes over the trend window and against the previous year
     * @param benchmarks  the municipality's rates relative to each benchmark
     * @param structure   each key's share of all cases
     * @param fields      the fields of action used
     * @param fieldValues the PKS and OWI figures of each field of action
     * @param sources     what each input file contributed
     * @param accounts    the row accounting of each input file (read = used + rejected), for the manifest
     * @param rejected    every rejected row and every conflict between files
     * @param notes       remarks: aggregations, approximations, published values used, missing populations
     */
    public CrimeResult(List<Indicator> indicators, List<OwiIndicator> owi, List<Trend> trends,
            List<BenchmarkRatio> benchmarks, List<Share> structure, List<FieldOfAction> fields,
            List<FieldValue> fieldValues, List<SourceSummary> sources, List<RowAccount> accounts,
            List<Problem> rejected, List<String> notes) {
        this(indicators, owi, trends, benchmarks, structure, fields, fieldValues, sources, accounts, rejected, notes,
                PopulationTable.merge(List.of()));
    }

    /**
     * The indicators of one area, year and offence key.
     *
     * @param area     the area's name (as in the project)
     * @param ags      its key
     * @param year     the reporting year
     * @param key      the offence key
     * @param label    the offence's label
     * @param cases    erfasste Fälle
     * @param attempts attempts
     * @param cleared  aufgeklärte Fälle
     * @param aq       cleared / cases x 100 (or the published AQ where there is no count of cleared cases)
     * @param hz       cases x 100,000 / population (or the published HZ where there is no population)
     * @param suspects Tatverdächtige (not for areas summed from parts)
     * @param tvbz     suspects x 100,000 / population aged 8 and over
     * @param method   "as published in" the source file, or how the figures were summed
     */
    public record Indicator(String area, String ags, int year, OffenceKey key, String label, OptionalLong cases,
            OptionalLong attempts, OptionalLong cleared, OptionalDouble aq, OptionalDouble hz, OptionalLong suspects,
            OptionalDouble tvbz, String method) {
        /**
         * Validates.
         *
         * @param area     the area's name (as in the project)
         * @param ags      its key
         * @param year     the reporting year
         * @param key      the offence key
         * @param label    the offence's label
         * @param cases    erfasste Fälle
         * @param attempts attempts
         * @param cleared  aufgeklärte Fälle
         * @param aq       cleared / cases x 100 (or the published AQ where there is no count of cleared cases)
         * @param hz       cases x 100,000 / population (or the published HZ where there is no population)
         * @param suspects Tatverdächtige (not for areas summed from parts)
         * @param tvbz     suspects x 100,000 / population aged 8 and over
         * @param method   "as published in" the source file, or how the figures were summed
         * @throws NullPointerException     when {@code area}, {@code ags}, {@code key}, {@code label} or
         *                                  {@code method} is null
         * @throws IllegalArgumentException when AQ, HZ or TVBZ is present and negative or NaN
         */
        public Indicator {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(ags, "ags");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(method, "method");
            for (OptionalDouble d : new OptionalDouble[] {aq, hz, tvbz}) {
                if (d.isPresent() && !(d.getAsDouble() >= 0)) {
                    throw new IllegalArgumentException("indicator must be >= 0");
                }
            }
        }
    }

    /**
     * Ordnungswidrigkeiten of a category in a year.
     *
     * @param area        the municipality's name
     * @param ags         its key
     * @param district    the Ortsteil, or "" for the whole municipality
     * @param year        the year
     * @param category    the category
     * @param cases       the count
     * @param population  the population the rate is based on
     * @param perThousand cases x 1,000 / population
     */
    public record OwiIndicator(String area, String ags, String district, int year, String category, long cases,
            OptionalDouble population, OptionalDouble perThousand) {
        /**
         * Validates.
         *
         * @param area        the municipality's name
         * @param ags         its key
         * @param district    the Ortsteil, or "" for the whole municipality
         * @param year        the year
         * @param category    the category
         * @param cases       the count
         * @param population  the population the rate is based on
         * @param perThousand cases x 1,000 / population
         * @throws NullPointerException     when {@code area}, {@code district} or {@code category} is null
         * @throws IllegalArgumentException when {@code cases} is negative
         */
        public OwiIndicator {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(district, "district");
            Objects.requireNonNull(category, "category");
            if (cases < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }
    }

    /**
     * The change of a rate between two years.
     *
     * @param area           the area's name
     * @param ags            its key
     * @param key            the offence key
     * @param label          the offence's label
     * @param fromYear       the earlier year
     * @param toYear         the later year
     * @param populationFrom the population the earlier rate is based on
     * @param populationTo   the population the later rate is based on
     * @param hzFrom         the earlier HZ
     * @param hzTo           the later HZ
     * @param comparison     later against earlier: ratio, interval, p-value (R's poisson.test)
     * @param basis          "rate" (populations known) or "cases" (equal exposure assumed)
     */
    public record Trend(String area, String ags, OffenceKey key, String label, int fromYear, int toYear,
            OptionalDouble populationFrom, OptionalDouble populationTo, OptionalDouble hzFrom, OptionalDouble hzTo,
            RateComparison comparison, String basis) {
        /**
         * Validates.
         *
         * @param area           the area's name
         * @param ags            its key
         * @param key            the offence key
         * @param label          the offence's label
         * @param fromYear       the earlier year
         * @param toYear         the later year
         * @param populationFrom the population the earlier rate is based on
         * @param populationTo   the population the later rate is based on
         * @param hzFrom         the earlier HZ
         * @param hzTo           the later HZ
         * @param comparison     later against earlier: ratio, interval, p-value (R's poisson.test)
         * @param basis          "rate" (populations known) or "cases" (equal exposure assumed)
         * @throws NullPointerException     when {@code comparison} is null
         * @throws IllegalArgumentException when {@code fromYear} is not before {@code toYear}
         */
        public Trend {
            Objects.requireNonNull(comparison, "comparison");
            if (fromYear >= toYear) {
                throw new IllegalArgumentException("a trend runs forward in time");
            }
        }

        /**
         * Cases in the earlier year: the second count of the comparison, {@code comparison().x2()}.
         *
         * @return the cases of {@link #fromYear()}
         */
        public long casesFrom() {
            return comparison.x2();
        }

        /**
         * Cases in the later year: the first count of the comparison, {@code comparison().x1()}.
         *
         * @return the cases of {@link #toYear()}
         */
        public long casesTo() {
            return comparison.x1();
        }
    }

    /**
     * The municipality's rate relative to a benchmark's.
     *
     * @param area         the municipality's name
     * @param ags          its key
     * @param benchmark    the benchmark's name
     * @param benchmarkAgs its key
     * @param year         the year
     * @param key          the offence key
     * @param label        the offence's label
     * @param hz           the municipality's HZ
     * @param benchmarkHz  the benchmark's HZ
     * @param ratio        hz / benchmarkHz
     * @param ciLow        lower confidence limit of the ratio
     * @param ciHigh       upper confidence limit
     * @param pValue       exact test of equal rates
     * @param method       "nested" (tested against the rest of the benchmark) or "independent"
     */
    public record BenchmarkRatio(String area, String ags, String benchmark, String benchmarkAgs, int year,
            OffenceKey key, String label, OptionalDouble hz, OptionalDouble benchmarkHz, OptionalDouble ratio,
            OptionalDouble ciLow, OptionalDouble ciHigh, OptionalDouble pValue, String method) {
        /**
         * Validates.
         *
         * @param area         the municipality's name
         * @param ags          its key
         * @param benchmark    the benchmark's name
         * @param benchmarkAgs its key
         * @param year         the year
         * @param key          the offence key
         * @param label        the offence's label
         * @param hz           the municipality's HZ
         * @param benchmarkHz  the benchmark's HZ
         * @param ratio        hz / benchmarkHz
         * @param ciLow        lower confidence limit of the ratio
         * @param ciHigh       upper confidence limit
         * @param pValue       exact test of equal rates
         * @param method       "nested" (tested against the rest of the benchmark) or "independent"
         * @throws NullPointerException     when {@code method} is null
         * @throws IllegalArgumentException when both confidence limits are present and out of order
         */
        public BenchmarkRatio {
            Objects.requireNonNull(method, "method");
            if (ciLow.isPresent() && ciHigh.isPresent() && ciLow.getAsDouble() > ciHigh.getAsDouble()) {
                throw new IllegalArgumentException("confidence limits out of order");
            }
        }
    }

    /**
     * A key's share of all cases (Straftaten insgesamt).
     *
     * @param area  the area's name
     * @param ags   its key
     * @param year  the year
     * @param key   the offence key
     * @param label the offence's label
     * @param cases its cases
     * @param share cases / cases of ------ x 100
     */
    public record Share(String area, String ags, int year, OffenceKey key, String label, long cases,
            OptionalDouble share) {
    }

    /**
     * One figure of a field of action.
     *
     * @param field     the field's name
     * @param label     the field's label
     * @param area      the area's name
     * @param ags       its key
     * @param year      the year
     * @param source    "pks" or "owi"
     * @param item      the offence key or OWI category
     * @param itemLabel the offence's label (or the category)
     * @param cases     the count
     * @param rate      HZ (pks) or per 1,000 residents (owi)
     * @param rateUnit  "per 100,000" or "per 1,000"
     */
    public record FieldValue(String field, String label, String area, String ags, int year, String source,
            String item, String itemLabel, long cases, OptionalDouble rate, String rateUnit) {
    }

    /**
     * What one input file contributed.
     *
     * @param file     the file as named in the project
     * @param kind     pks, owi or population
     * @param format   how it was read
     * @param read     data rows read
     * @param used     rows used
     * @param rejected rows rejected
     * @param notes    remarks
     */
    public record SourceSummary(String file, String kind, String format, long read, long used, long rejected,
            String notes) {
    }
}
