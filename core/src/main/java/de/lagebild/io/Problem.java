package de.lagebild.io;

import java.util.Objects;

/**
 * One problem with a user's input: where it is and what is wrong, in words a user can act on.
 *
 * <p>A problem names its source (a file name or a project file), and as far as they are known the
 * line, the column (a CSV column name) or key path (a project-file key such as
 * {@code survey.weighting.bounds}), and the offending value. {@link #toString()} renders it the way
 * every Lagebild message reads, for example
 * {@code survey.csv line 412, column q_safe_night: "sehr" is not one of 1, 2, 3, 4, 8, 9}.
 *
 * @param source  file name as the user gave it, or a description of the input; never null
 * @param line    1-based line number, or 0 where no line applies
 * @param column  CSV column name, or null
 * @param key     project-file key path, or null
 * @param value   the offending value as read, or null
 * @param message what is wrong; never null
 */
public record Problem(String source, long line, String column, String key, String value, String message) {

    /** Validates the record. */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /** A problem with a whole file (no line, column or value). */
    public static Problem inFile(String source, String message) {
        return new Problem(source, 0, null, null, null, message);
    }

    /** A problem on one line of a file, not tied to a column. */
    public static Problem atLine(String source, long line, String message) {
        return new Problem(source, line, null, null, null, message);
    }

    /** A problem in one cell: file, line, column and the value found there. */
    public static Problem atCell(String source, long line, String column, String value, String message) {
        return new Problem(source, line, column, null, value, message);
    }

    /** A problem with a project-file key, at the line where the key stands (0 if unknown). */
    public static Problem atKey(String source, long line, String key, String message) {
        return new Problem(source, line, null, key, null, message);
    }

    /** This problem with a different message prefix, for wrapping a nested source. */
    public Problem withSource(String newSource) {
        return new Problem(newSource, line, column, key, value, message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(" line ").append(line);
        }
        if (column != null) {
            sb.append(line > 0 ? ", column " : " column ").append(column);
        }
        if (key != null) {
            sb.append(line > 0 || column != null ? ", " : " ").append(key);
        }
        sb.append(": ");
        if (value != null) {
            sb.append(quote(value)).append(' ');
        }
        sb.append(message);
        return sb.toString();
    }

    /** Quotes a value for a message, making control characters and long values readable. */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder("\"");
        int limit = Math.min(value.length(), 60);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                default -> {
                    if (c < 0x20 || c == 0xFFFD) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (value.length() > limit) {
            sb.append("...");
        }
        return sb.append('"').toString();
    }
}
