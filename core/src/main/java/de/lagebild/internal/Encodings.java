package de.lagebild.internal;

import de.lagebild.io.Problem;
import de.lagebild.io.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Detects the character encoding of a text file: a byte order mark decides; otherwise the whole
 * file is scanned, and a file that is valid UTF-8 is UTF-8; otherwise it is windows-1252 when it
 * uses the bytes 0x80 to 0x9F (which ISO-8859-1 leaves to control characters) and ISO-8859-1
 * otherwise. German office software writes one of these three.
 */
public final class Encodings {
    /** windows-1252, the superset of ISO-8859-1 that Excel on Windows writes. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Encodings() {
    }

    /**
     * What detection found: the charset and the length of a byte order mark to skip.
     *
     * @param charset   the detected encoding: UTF-8, windows-1252 or ISO-8859-1
     * @param bomLength the number of bytes of the byte order mark at the start of the file (3 for a UTF-8
     *                  byte order mark), or 0 when there is none
     */
    public record Detected(Charset charset, int bomLength) {
    }

    /**
     * Parses an encoding name a user wrote ({@code UTF-8}, {@code latin1}, {@code ISO-8859-1},
     * {@code cp1252}, ...).
     *
     * @param name the encoding name as written in a project file or on the command line; case and
     *             surrounding white space are ignored
     * @return the charset; {@code latin1} names ISO-8859-1 and {@code cp1252} or {@code ansi}
     *         windows-1252, other names are looked up by {@link Charset#forName(String)}
     * @throws IllegalArgumentException with a readable message when the name is unknown
     */
    public static Charset parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "utf8", "utf-8", "utf-8-bom", "utf8-bom":
                return StandardCharsets.UTF_8;
            case "latin1", "latin-1", "iso-8859-1", "iso8859-1", "iso_8859_1":
                return StandardCharsets.ISO_8859_1;
            case "cp1252", "windows-1252", "win1252", "ansi":
                return WINDOWS_1252;
            default:
                try {
                    return Charset.forName(name.trim());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new IllegalArgumentException("unknown encoding \"" + name
                            + "\"; use UTF-8, ISO-8859-1 or windows-1252");
                }
        }
    }

    /** The length of the byte order mark at the start of {@code head} for {@code charset}, or 0. */
    static int bomLength(byte[] head, int len, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && len >= 3 && (head[0] & 0xFF) == 0xEF
                && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        return 0;
    }

    /**
     * Detects the encoding of a file by scanning its bytes.
     *
     * @param file        the file
     * @param displayName the name used in messages
     * @return the encoding and the byte order mark length
     * @throws InputException when the file does not exist, cannot be read, is UTF-16 (starts with a
     *                       UTF-16 byte order mark) or contains NUL bytes
     */
    public static Detected detect(Path file, String displayName) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n = in.readNBytes(buf, 0, buf.length);
            if (n >= 2) {
                int b0 = buf[0] & 0xFF;
                int b1 = buf[1] & 0xFF;
                if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
                    throw new InputException(Problem.inFile(displayName,
                            "is encoded as UTF-16; save it as UTF-8 (or ISO-8859-1) text"));
                }
            }
            if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                return new Detected(StandardCharsets.UTF_8, 3);
            }
            boolean utf8 = true;
            boolean c1 = false;
            boolean nul = false;
            int pending = 0; // continuation bytes still expected
            int lead = 0;
            while (n > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buf[i] & 0xFF;
                    if (b == 0) {
                        nul = true;
                    }
                    if (b >= 0x80 && b <= 0x9F) {
                        c1 = true;
                    }
                    if (!utf8) {
                        continue;
                    }
                    if (pending > 0) {
                        if ((b & 0xC0) != 0x80) {
                            utf8 = false;
                            continue;
                        }
                        // reject overlong and surrogate forms on the second byte
                        if (lead != 0) {
                            if ((lead == 0xE0 && b < 0xA0) || (lead == 0xED && b > 0x9F)
                                    || (lead == 0xF0 && b < 0x90) || (lead == 0xF4 && b > 0x8F)) {
                                utf8 = false;
                                continue;
                            }
                            lead = 0;
                        }
                        pending--;
                    } else if (b < 0x80) {
                        // ASCII
                    } else if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                        lead = 0;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                        lead = b;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                        lead = b;
                    } else {
                        utf8 = false;
                    }
                }
                n = in.readNBytes(buf, 0, buf.length);
            }
            if (nul) {
                throw new InputException(Problem.inFile(displayName,
                        "contains NUL bytes: it is not a text file (a spreadsheet saved in a binary format?)"));
            }
            if (utf8 && pending == 0) {
                return new Detected(StandardCharsets.UTF_8, 0);
            }
            return new Detected(c1 ? WINDOWS_1252 : StandardCharsets.ISO_8859_1, 0);
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.inFile(displayName, "does not exist"));
        } catch (IOException e) {
            throw new InputException(Problem.inFile(displayName, "cannot be read: " + e.getMessage()));
        }
    }
}
