package de.lagebild.samples;

/**
 * The kinds of Ortsteil a Saxon small town has, with the parameters that make them differ: age
 * structure, population trend, survey response, disorder, fear of crime, perceived problems,
 * Ordnungswidrigkeiten. All numbers are invented assumptions chosen to give plausible patterns;
 * none is an estimate from real data.
 */
enum DistrictType {
    /** Old town centre: shops, pubs, the market square; slightly younger than average. */
    CENTER(new double[] {0.90, 0.85, 1.15, 1.25, 1.05, 0.95, 0.95, 0.95, 1.05}, 0.00, -0.002, 0.0, 1.00,
            0.45, 0.10, new double[] {1.4, 1.3, 1.0, 1.5, 1.4, 1.6, 0.7}, 0.2,
            new double[] {4.0, 2.5, 4.0, 2.0, 2.0, 0.0, 0.8, 0.3, 0.1, 1.0}),
    /** Around the railway station: young, more men, more movement, the most disorder. */
    STATION(new double[] {1.15, 0.90, 1.70, 1.80, 1.25, 0.95, 0.75, 0.60, 0.50}, 0.03, 0.004, 0.025, 0.80,
            1.00, 0.80, new double[] {1.8, 1.9, 2.4, 2.6, 1.9, 1.6, 1.2}, -0.5,
            new double[] {6.0, 3.0, 5.0, 1.5, 3.0, 6.0, 1.0, 0.8, 0.1, 1.0}),
    /** A GDR prefabricated housing estate (Plattenbau): ageing, shrinking, some new arrivals since 2022. */
    PLATTENBAU(new double[] {0.80, 0.85, 0.85, 0.80, 0.75, 0.85, 1.15, 1.35, 1.45}, 0.00, -0.010, 0.015, 0.95,
            0.60, 0.25, new double[] {1.5, 1.8, 1.3, 1.6, 1.3, 2.0, 1.0}, -0.1,
            new double[] {2.5, 1.5, 3.0, 2.5, 4.0, 0.0, 0.2, 0.2, 0.2, 1.0}),
    /** Garden suburb of detached houses: families, middle-aged owners. */
    SUBURB(new double[] {1.20, 1.35, 0.95, 0.80, 1.25, 1.20, 1.00, 0.85, 0.70}, -0.005, 0.002, 0.0, 1.05,
            0.10, -0.15, new double[] {0.5, 0.6, 0.0, 0.2, 0.4, 1.6, 1.1}, 0.5,
            new double[] {0.8, 0.4, 1.2, 2.5, 1.0, 0.0, 0.0, 0.0, 0.5, 1.0}),
    /** An incorporated village: older, stable, dark streets, little crime. */
    VILLAGE(new double[] {0.90, 1.05, 0.85, 0.75, 1.00, 1.15, 1.25, 1.05, 0.90}, -0.005, -0.006, 0.0, 1.12,
            0.00, -0.30, new double[] {0.1, 0.5, -0.5, -0.1, 0.0, 1.4, 1.8}, 0.6,
            new double[] {0.5, 0.2, 0.8, 1.5, 1.5, 0.0, 0.0, 0.0, 1.0, 1.0});

    /** Multipliers of the base age profile, one per {@link Ages#GROUPS} group. */
    final double[] ageFactor;
    /** Added to the male share of the age groups 16 to 54. */
    final double maleShift;
    /** Annual population change of the Ortsteil on top of the age groups' trends (per year, 2019-2024). */
    final double trend;
    /** Step in the population aged under 45 from 2022 on (arrivals from Ukraine). */
    final double step2022;
    /** Multiplier of the survey response probability. */
    final double response;
    /** Level of physical and social disorder (0 village to 1 station area): drives victimisation and problems. */
    final double disorder;
    /** Shift of the latent fear of crime of residents. */
    final double fear;
    /**
     * Location of the latent problem perception per item (graffiti, litter, drugs, drunk people,
     * noise, dog dirt, lighting); categories at 0, 1.6 and 3.0.
     */
    final double[] problems;
    /** Shift of the satisfaction with living in the Ortsteil. */
    final double satisfaction;
    /** Ordnungswidrigkeiten per 1,000 residents and year, one per {@link Owi#CATEGORIES} category. */
    final double[] owi;

    DistrictType(double[] ageFactor, double maleShift, double trend, double step2022, double response,
            double disorder, double fear, double[] problems, double satisfaction, double[] owi) {
        this.ageFactor = ageFactor;
        this.maleShift = maleShift;
        this.trend = trend;
        this.step2022 = step2022;
        this.response = response;
        this.disorder = disorder;
        this.fear = fear;
        this.problems = problems;
        this.satisfaction = satisfaction;
        this.owi = owi;
    }
}
