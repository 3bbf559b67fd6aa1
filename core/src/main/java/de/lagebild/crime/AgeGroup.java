package de.lagebild.crime;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age group [from, to) in whole years; {@code to} is {@link #OPEN} for "and over". The group of
 * all ages is {@link #ALL}.
 *
 * @param from first age in the group
 * @param to   first age after the group, or {@link #OPEN}
 */
record AgeGroup(int from, int to) {
    /** Upper end of an open group. */
    static final int OPEN = Integer.MAX_VALUE;
    /** All ages. */
    static final AgeGroup ALL = new AgeGroup(0, OPEN);

    private static final Pattern UNDER = Pattern.compile("(?:unter|bis unter|juenger als|less than|under|u)\\s*(\\d{1,3})(?: jahre?n?)?");
    private static final Pattern FROM_TO_UNDER = Pattern.compile("(\\d{1,3})(?: jahre?n?)? bis unter (\\d{1,3})(?: jahre?n?)?");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3}) ?(?:-|bis|to) ?(\\d{1,3})(?: jahre?n?)?");
    private static final Pattern AND_OVER = Pattern.compile("(\\d{1,3})(?: jahre?n?)? ?(?:\\+|und mehr|und aelter|u m|und ueber|or over|or more|plus|and over|und darueber)");
    private static final Pattern OVER = Pattern.compile("(?:ueber|ab|von|over) (\\d{1,3})(?: jahre?n?)?(?: und mehr| und aelter)?");
    private static final Pattern SINGLE = Pattern.compile("(\\d{1,3})(?: jahre?n?)?");
    private static final Pattern CODE_RANGE = Pattern.compile("ALT(\\d{3})B(\\d{2,3})");
    private static final Pattern CODE_OPEN = Pattern.compile("ALT(\\d{3})UM");
    private static final Pattern CODE_SINGLE = Pattern.compile("ALT(\\d{3})");

    /** Validates. */
    AgeGroup {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("not an age group: [" + from + ", " + to + ")");
        }
    }

    boolean isAll() {
        return from == 0 && to == OPEN;
    }

    /**
     * Reads an age group: {@code unter 3 Jahre}, {@code 3 bis unter 6 Jahre}, {@code 75 Jahre und
     * mehr}, {@code 75+}, {@code 8-13} (both ends included), {@code 8}, GENESIS codes
     * {@code ALT000B03} [0,3) and {@code ALT075UM}, Zensus codes {@code ALT005B009} [5,10);
     * {@code insgesamt}, {@code gesamt}, {@code total}, {@code alle} or empty: all ages.
     */
    static Optional<AgeGroup> parse(String text) {
        String raw = text.trim();
        Matcher m = CODE_RANGE.matcher(raw);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            // Regionalstatistik codes ALT003B06 end before b; Zensus codes ALT005B009 include b
            return make(a, m.group(2).length() == 3 ? b + 1 : b);
        }
        m = CODE_OPEN.matcher(raw);
        if (m.matches()) {
            return make(Integer.parseInt(m.group(1)), OPEN);
        }
        m = CODE_SINGLE.matcher(raw);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            return make(a, a + 1);
        }
        String t = Names.normalize(raw.replace("+", " plus ").replace("–", "-"));
        t = t.replace(" plus", " +").trim();
        if (t.isEmpty() || t.equals("insgesamt") || t.equals("gesamt") || t.equals("total") || t.equals("alle")
                || t.equals("alle altersgruppen") || t.equals("zusammen") || t.equals("all")) {
            return Optional.of(ALL);
        }
        // Names.normalize turned "8-13" into "8 13": restore a dash between two numbers
        String r = raw.trim().toLowerCase(java.util.Locale.ROOT).replace("–", "-");
        if (r.matches("\\d{1,3}\\s*-\\s*\\d{1,3}(\\s*jahre?n?)?")) {
            String[] p = r.replaceAll("[^0-9-]", "").split("-");
            return make(Integer.parseInt(p[0]), Integer.parseInt(p[1]) + 1);
        }
        if (r.matches("\\d{1,3}\\s*\\+")) {
            return make(Integer.parseInt(r.replaceAll("\\D", "")), OPEN);
        }
        if ((m = FROM_TO_UNDER.matcher(t)).matches()) {
            return make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = UNDER.matcher(t)).matches()) {
            return make(0, Integer.parseInt(m.group(1)));
        }
        if ((m = AND_OVER.matcher(t)).matches()) {
            return make(Integer.parseInt(m.group(1)), OPEN);
        }
        if ((m = OVER.matcher(t)).matches()) {
            return make(Integer.parseInt(m.group(1)), OPEN);
        }
        if ((m = RANGE.matcher(t)).matches()) {
            return make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + 1);
        }
        if ((m = SINGLE.matcher(t)).matches()) {
            int a = Integer.parseInt(m.group(1));
            return make(a, a + 1);
        }
        return Optional.empty();
    }

    private static Optional<AgeGroup> make(int a, int b) {
        if (a < 0 || b <= a) {
            return Optional.empty();
        }
        return Optional.of(new AgeGroup(a, b));
    }

    @Override
    public String toString() {
        return to == OPEN ? from + "+" : from + "-" + (to - 1);
    }
}
