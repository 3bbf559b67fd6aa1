package de.lagebild.crime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A PKS offence key (Straftatenschlüssel) as the BKA publishes it: six characters, digits and
 * {@code *} wildcards ({@code 435*00} Wohnungseinbruchdiebstahl, {@code ****00} Diebstahl
 * insgesamt), or {@code ------} for Straftaten insgesamt.
 *
 * <pre>{@code
 * OffenceKey k = OffenceKey.parse("10000");   // 010000: leading zeros restored
 * OffenceKey.parse("0");                      // 000000: main group Straftaten gegen das Leben
 * OffenceKey.parse("4***00").covers(OffenceKey.parse("435000"));   // true
 * }</pre>
 *
 * @param code the six characters
 */
public record OffenceKey(String code) implements Comparable<OffenceKey> {
    /** Straftaten insgesamt. */
    public static final OffenceKey TOTAL = new OffenceKey("------");

    private static final Map<String, String> LABELS = loadLabels();
    private static final java.util.regex.Pattern SCIENTIFIC =
            java.util.regex.Pattern.compile("\\d+(\\.\\d+)?[eE][+-]?\\d+");

    /**
     * Validates the code: six digits or {@code *}, at least one digit, or {@code ------}.
     *
     * @param code the six characters
     * @throws NullPointerException     when {@code code} is null
     * @throws IllegalArgumentException when the code is not a key; the message is meant for users
     */
    public OffenceKey {
        Objects.requireNonNull(code, "code");
        String reason = invalidReason(code);
        if (reason != null) {
            throw new IllegalArgumentException("\"" + code + "\" " + reason);
        }
    }

    private static String invalidReason(String code) {
        if (code.equals("------")) {
            return null;
        }
        if (code.length() != 6) {
            return "is not a PKS offence key: a key has 6 characters (digits and *), or ------";
        }
        boolean digit = false;
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '*') {
                return "is not a PKS offence key: only digits and * may appear (or ------ for all offences)";
            }
        }
        if (!digit) {
            return "is not a PKS offence key: it has no digit";
        }
        return null;
    }

    /**
     * Reads a key as written in a table: trimmed; a key of digits shorter than 6 gets its leading
     * zeros back ({@code 10000} is {@code 010000}, {@code 0} is {@code 000000}, the main group
     * Straftaten gegen das Leben, not the total, which is {@code ------}).
     *
     * @param text the cell of a key column, such as {@code 435*00} or {@code 10000}
     * @return the key
     * @throws IllegalArgumentException with a message for users when the text is not a key
     */
    public static OffenceKey parse(String text) {
        String t = text.trim();
        if (t.length() == 6 && invalidReason(t) == null) {
            return new OffenceKey(t);
        }
        if (SCIENTIFIC.matcher(t).matches()) {
            throw new IllegalArgumentException("\"" + t + "\" is not a PKS offence key: it looks like a number a"
                    + " spreadsheet reformatted (scientific notation); export the key column as text");
        }
        if (t.length() <= 5 && isDigits(t)) {
            t = "000000".substring(t.length()) + t;
        }
        return new OffenceKey(t);
    }

    private static boolean isDigits(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text reads as a key (see {@link #parse}).
     *
     * @param text the text of a cell
     * @return true when {@link #parse(String)} accepts it
     */
    public static boolean isKey(String text) {
        String t = text.trim();
        if (t.length() == 6) {
            return invalidReason(t) == null;
        }
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether this is {@code ------}, Straftaten insgesamt.
     *
     * @return true for {@link #TOTAL}
     */
    public boolean isTotal() {
        return code.equals("------");
    }

    /**
     * Whether the key has {@code *} wildcards and so sums several keys.
     *
     * @return true when the code has at least one {@code *}
     */
    public boolean isWildcard() {
        return code.indexOf('*') >= 0;
    }

    /**
     * Whether this is a summary key of the 89xxxx block (890000, 892000 Gewaltkriminalität, 897000
     * Cybercrime, 899000 Straßenkriminalität, 899500 Graffiti, ...), whose content the BKA defines by
     * lists of keys.
     *
     * @return true when the code starts with {@code 89}
     */
    public boolean isSummary() {
        return code.startsWith("89");
    }

    /**
     * Whether this key includes the other: {@link #TOTAL} includes every key, a wildcard key the keys
     * that agree with it wherever it has a digit ({@code 4***00} includes {@code 435000} and
     * {@code 435*00}), and every key itself. A leading {@code *} stands for the theft groups 3 and 4
     * only, as in the BKA's keys ({@code ****00} Diebstahl insgesamt is {@code 3***00} plus
     * {@code 4***00}, and does not include {@code 210000} Raub). Summary keys (89xxxx, defined by
     * lists of keys) include and are included by no key but {@link #TOTAL} and themselves.
     *
     * @param other another key
     * @return true when every case counted under {@code other} is counted under this key
     */
    public boolean covers(OffenceKey other) {
        if (isTotal() || equals(other)) {
            return true;
        }
        if (other.isTotal() || isSummary() || other.isSummary()) {
            return false;
        }
        if (code.charAt(0) == '*' && "34*".indexOf(other.code.charAt(0)) < 0) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c != '*' && c != other.code.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether some case could be counted under both keys: {@link #TOTAL} and summary keys (89xxxx,
     * whose lists of keys Lagebild does not know) overlap every key; other keys when they agree
     * wherever both have a digit ({@code ***300} and {@code 4***00} share {@code 4**300}), a leading
     * {@code *} standing for 3 or 4.
     *
     * @param other another key
     * @return true when the two keys may count a case in common
     */
    public boolean overlaps(OffenceKey other) {
        if (isTotal() || other.isTotal() || isSummary() || other.isSummary() || equals(other)) {
            return true;
        }
        char a0 = code.charAt(0);
        char b0 = other.code.charAt(0);
        if ((a0 == '*' && "34*".indexOf(b0) < 0) || (b0 == '*' && "34*".indexOf(a0) < 0)) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char a = code.charAt(i);
            char b = other.code.charAt(i);
            if (a != '*' && b != '*' && a != b) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key one level up in the catalogue's hierarchy: the last significant digit set to 0
     * ({@code 621110} to {@code 621100} to {@code 621000} ...), for a wildcard key set to
     * {@code *} ({@code 435*00} to {@code 43**00} to {@code 4***00} to {@code ****00}); summary keys
     * and main groups ({@code 000000} Straftaten gegen das Leben, {@code 600000}) lie directly under
     * {@link #TOTAL}, which has no parent.
     *
     * @return the key one level up, or empty for {@link #TOTAL}
     */
    public Optional<OffenceKey> parent() {
        if (isTotal()) {
            return Optional.empty();
        }
        if (isSummary()) {
            return Optional.of(TOTAL);
        }
        char[] c = code.toCharArray();
        char blank = isWildcard() ? '*' : '0';
        int end = 6;
        if (isWildcard()) {
            while (end > 0 && c[end - 1] == '0') {
                end--; // trailing zeros are not part of a wildcard key's pattern
            }
        }
        int first = isWildcard() ? 0 : 1; // the first digit of a plain key is its main group
        for (int i = end - 1; i >= first; i--) {
            if (c[i] != blank && c[i] != '*' && !(blank == '0' && c[i] == '0')) {
                c[i] = blank;
                return Optional.of(new OffenceKey(new String(c)));
            }
        }
        return Optional.of(TOTAL);
    }

    /**
     * The standard label of the key (from the BKA's table), if Lagebild knows it.
     *
     * @return the label, such as "Wohnungseinbruchdiebstahl", or empty for a key not in the table
     */
    public Optional<String> standardLabel() {
        return Optional.ofNullable(LABELS.get(code));
    }

    /**
     * The keys with standard labels, in the order of the BKA's table.
     *
     * @return an unmodifiable map from code to label
     */
    public static Map<String, String> standardLabels() {
        return LABELS;
    }

    @Override
    public int compareTo(OffenceKey o) {
        return code.compareTo(o.code);
    }

    @Override
    public String toString() {
        return code;
    }

    private static Map<String, String> loadLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = OffenceKey.class.getResourceAsStream("offence-keys.csv")) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int semi = line.indexOf(';');
                m.put(line.substring(0, semi), line.substring(semi + 1).trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }
}
