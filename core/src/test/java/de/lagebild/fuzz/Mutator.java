package de.lagebild.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Damages text files at random, the way files handed between offices get damaged: bytes changed,
 * lines lost or doubled, files cut short, delimiters swapped, stray quotes, nonsense in cells,
 * other encodings, byte order marks, CRLF. Seeded: the same seed gives the same damage.
 */
public final class Mutator {
    private static final String[] GARBAGE = {"", " ", "abc", "-1", "0", "1e309", "NaN", "Infinity", "-0",
        "1,5", "1.234,5", "#DIV/0!", "=cmd|' /C calc'!A0", "\"", "\"\"", ";", ",", "\t", "ä", "\u00A0",
        "9999999999999999999999", "x".repeat(5000), "..", "../../etc/passwd", "null", "\\u0000", "\u0000",
        "💥", "-", ".", "1e-400", "0x10"};

    private Mutator() {
    }

    /** What was done, for a failure message. */
    public record Mutation(String description, byte[] bytes) {
    }

    /** Damages the content once or several times. */
    public static Mutation mutate(byte[] original, SplittableRandom rnd) {
        byte[] b = original;
        StringBuilder what = new StringBuilder();
        int rounds = 1 + rnd.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            int kind = rnd.nextInt(12);
            what.append(r > 0 ? "; " : "");
            b = switch (kind) {
                case 0 -> {
                    byte[] c = b.clone();
                    if (c.length > 0) {
                        int at = rnd.nextInt(c.length);
                        c[at] = (byte) rnd.nextInt(256);
                        what.append("byte ").append(at).append(" changed");
                    }
                    yield c;
                }
                case 1 -> {
                    List<String> lines = lines(b);
                    if (!lines.isEmpty()) {
                        int at = rnd.nextInt(lines.size());
                        lines.remove(at);
                        what.append("line ").append(at + 1).append(" deleted");
                    }
                    yield join(lines);
                }
                case 2 -> {
                    List<String> lines = lines(b);
                    if (!lines.isEmpty()) {
                        int at = rnd.nextInt(lines.size());
                        lines.add(at, lines.get(at));
                        what.append("line ").append(at + 1).append(" doubled");
                    }
                    yield join(lines);
                }
                case 3 -> {
                    int at = b.length == 0 ? 0 : rnd.nextInt(b.length);
                    what.append("cut at byte ").append(at);
                    yield Arrays.copyOf(b, at);
                }
                case 4 -> {
                    List<String> lines = lines(b);
                    if (!lines.isEmpty()) {
                        int at = rnd.nextInt(lines.size());
                        String l = lines.get(at);
                        lines.set(at, l.indexOf(',') >= 0 ? l.replace(',', ';') : l.replace(';', ','));
                        what.append("delimiters swapped on line ").append(at + 1);
                    }
                    yield join(lines);
                }
                case 5 -> {
                    String s = new String(b, StandardCharsets.UTF_8);
                    int at = s.isEmpty() ? 0 : rnd.nextInt(s.length());
                    what.append("quote inserted at ").append(at);
                    yield (s.substring(0, at) + "\"" + s.substring(at)).getBytes(StandardCharsets.UTF_8);
                }
                case 6, 7 -> {
                    List<String> lines = lines(b);
                    if (!lines.isEmpty()) {
                        int at = rnd.nextInt(lines.size());
                        String l = lines.get(at);
                        char d = l.indexOf(';') >= 0 && l.indexOf(',') < 0 ? ';' : ',';
                        String[] cells = l.split(String.valueOf(d), -1);
                        int c = rnd.nextInt(cells.length);
                        String g = GARBAGE[rnd.nextInt(GARBAGE.length)];
                        cells[c] = g;
                        lines.set(at, String.join(String.valueOf(d), cells));
                        what.append("line ").append(at + 1).append(" cell ").append(c + 1).append(" = ")
                                .append(g.length() > 20 ? g.substring(0, 20) + "..." : g);
                    }
                    yield join(lines);
                }
                case 8 -> {
                    what.append("re-encoded as ISO-8859-1");
                    yield new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
                }
                case 9 -> {
                    what.append("re-encoded as UTF-16");
                    yield new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
                }
                case 10 -> {
                    what.append("BOM and CRLF");
                    String s = "\uFEFF" + new String(b, StandardCharsets.UTF_8).replace("\n", "\r\n");
                    yield s.getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    List<String> lines = lines(b);
                    if (lines.size() > 2) {
                        int keep = 1 + rnd.nextInt(2);
                        what.append("only ").append(keep).append(" lines kept");
                        yield join(new ArrayList<>(lines.subList(0, keep)));
                    }
                    what.append("emptied");
                    yield new byte[0];
                }
            };
        }
        return new Mutation(what.toString(), b);
    }

    private static List<String> lines(byte[] b) {
        String s = new String(b, StandardCharsets.UTF_8);
        return new ArrayList<>(Arrays.asList(s.split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] nl = {'\n'};
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.writeBytes(nl);
            }
            out.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
