package de.lagebild.samples;

/**
 * How likely residents of each kind of Ortsteil name each place as an Angstraum (relative weights,
 * assumed), in the order of {@link Questionnaire#PLACE_CODES}.
 */
final class Places {
    private Places() {
    }

    /** Rows: places; columns: CENTER, STATION, PLATTENBAU, SUBURB, VILLAGE. */
    private static final double[][] WEIGHTS = {
        {3.0, 6.0, 3.0, 3.0, 2.5}, // 1 Bahnhof
        {3.0, 2.0, 1.5, 1.5, 1.0}, // 2 Stadtpark
        {1.5, 1.0, 1.0, 1.0, 1.0}, // 3 Marktplatz
        {1.5, 3.0, 1.5, 1.0, 0.5}, // 4 Unterführung
        {1.5, 1.0, 0.5, 1.0, 0.5}, // 5 Parkhaus
        {0.5, 0.5, 1.0, 0.5, 0.3}, // 6 Schulhof
        {1.0, 2.0, 1.5, 0.8, 1.5}, // 7 Bushaltestelle
        {0.3, 1.0, 3.0, 0.3, 0.2}, // 10 Innenhöfe, Garagen
        {1.0, 0.8, 1.0, 1.2, 1.0}, // 11 Uferweg
        {0.5, 0.8, 1.5, 0.8, 0.5}, // 12 Parkplatz Einkaufsmarkt
        {0.3, 0.3, 0.3, 0.5, 0.8}, // 13 Friedhof
        {0.3, 0.8, 1.0, 0.5, 0.3}, // 14 Spielplatz
        {0.2, 0.1, 0.3, 0.8, 2.5}, // 15 Wald- und Feldwege
        {0.2, 0.2, 0.5, 0.5, 0.4}, // 16 Sportplatz
        {0.5, 0.5, 0.5, 0.5, 0.5}, // 19 anderer Ort
    };

    /** A fresh copy of the weights for residents of an Ortsteil type. */
    static double[] weights(DistrictType type) {
        double[] w = new double[WEIGHTS.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = WEIGHTS[i][type.ordinal()];
        }
        return w;
    }
}
