package de.lagebild.report;

import java.awt.Color;

/**
 * The report's colours: calm, distinguishable with the common colour-vision deficiencies
 * (blue, orange and grey never stand for two things at once), and the same area always in the
 * same colour: the municipality blue, the Kreis orange, the Land grey.
 */
final class Palette {
    private Palette() {
    }

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x5F, 0x66, 0x70);
    static final Color HEADING = new Color(0x17, 0x3F, 0x66);
    static final Color ACCENT = new Color(0x1F, 0x5A, 0x8A);
    static final Color RULE = new Color(0xB8, 0xC0, 0xCA);
    static final Color GRID = new Color(0xE1, 0xE5, 0xEA);
    static final Color ZEBRA = new Color(0xF3, 0xF5, 0xF8);
    static final Color TILE = new Color(0xEC, 0xF2, 0xF8);

    /** The municipality analysed. */
    static final Color MUNICIPALITY = new Color(0x1F, 0x5A, 0x8A);
    /** The Kreis it belongs to. */
    static final Color KREIS = new Color(0xD0, 0x7A, 0x1E);
    /** The Land. */
    static final Color LAND = new Color(0x7C, 0x84, 0x8E);
    /** A reference value such as a population share. */
    static final Color REFERENCE = new Color(0xA9, 0xB1, 0xBB);

    /** Series without a role, in order: blue, orange, teal, rose, olive, violet. */
    static final Color[] SERIES = {MUNICIPALITY, KREIS, new Color(0x2A, 0x9D, 0x8F), new Color(0xB5, 0x4A, 0x6A),
        new Color(0x8A, 0x8B, 0x2D), new Color(0x6A, 0x5A, 0xA8)};

    /** The two sexes in a population pyramid. */
    static final Color MEN = new Color(0x4F, 0x86, 0xB5);
    static final Color WOMEN = new Color(0xD9, 0x9A, 0x4E);

    /**
     * A diverging blue-to-orange scale for ordered answers (agree ... disagree); a neutral grey in
     * the middle of an odd number of categories.
     */
    static Color[] diverging(int n) {
        Color[] blues = {new Color(0x17, 0x4A, 0x7C), new Color(0x4F, 0x86, 0xB5), new Color(0x9C, 0xC0, 0xDF)};
        Color[] oranges = {new Color(0xB8, 0x5C, 0x14), new Color(0xE0, 0x8E, 0x45), new Color(0xF3, 0xC5, 0x96)};
        Color grey = new Color(0xD5, 0xD8, 0xDC);
        Color[] out = new Color[n];
        int half = n / 2;
        for (int i = 0; i < half; i++) {
            int shade = Math.min(2, half <= 1 ? 0 : Math.round(i * 2f / (half - 1)));
            out[i] = blues[half == 1 ? 1 : shade];
            out[n - 1 - i] = oranges[half == 1 ? 1 : shade];
        }
        if (n % 2 == 1) {
            out[half] = grey;
        }
        return out;
    }

    /** Whether dark text reads better than white on a colour. */
    static boolean light(Color c) {
        double l = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return l > 150;
    }
}
