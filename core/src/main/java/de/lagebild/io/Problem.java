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

    /**
     * Validates the record.
     *
     * @param source  file name as the user gave it, or a description of the input; must not be null
     * @param line    1-based line number, or 0 where no line applies; must not be negative
     * @param column  CSV column name, or null
     * @param key     project-file key path, or null
     * @param value   the offending value as read, or null
     * @param message what is wrong; must not be null
     * @throws NullPointerException     when {@code source} or {@code message} is null
     * @throws IllegalArgumentException when {@code line} is negative
     */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    /**
     * A problem with a whole file (no line, column or value).
     *
     * @param source  the file name as the user gave it
     * @param message what is wrong with the file
     * @return a problem with line 0 and no column, key or value
     */
    public static Problem inFile(String source, String message) {
        return new Problem(source, 0, null, null, null, message);
    }

    /**
     * A problem on one line of a file, not tied to a column.
     *
     * @param source  the file name as the user gave it
     * @param line    the 1-based line number
     * @param message what is wrong with the line
     * @return a problem with a line but no column, key or value
     */
    public static Problem atLine(String source, long line, String message) {
        return new Problem(source, line, null, null, null, message);
    }

    /**
     * A problem in one cell: file, line, column and the value found there.
     *
     * @param source  the file name as the user gave it
     * @param line    the 1-based line number of the record
     * @param column  the CSV column name
     * @param value   the value found in the cell, or null when the message needs none
     * @param message what is wrong with the value
     * @return a problem with line, column and value
     */
    public static Problem atCell(String source, long line, String column, String value, String message) {
        return new Problem(source, line, column, null, value, message);
    }

    /**
     * A problem with a project-file key, at the line where the key stands (0 if unknown).
     *
     * @param source  the project file as the user named it
     * @param line    the 1-based line the key stands on, or 0 when unknown
     * @param key     the key path, such as {@code survey.weighting.bounds}
     * @param message what is wrong with the key or its value
     * @return a problem with line and key but no column or value
     */
    public static Problem atKey(String source, long line, String key, String message) {
        return new Problem(source, line, null, key, null, message);
    }

    /**
     * This problem with another source, for example to name the file a nested input was read from;
     * line, column, key, value and message stay the same.
     *
     * @param newSource the source to name instead; must not be null
     * @return a new problem that differs from this one only in its source
     */
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

    /**
     * Quotes a value for a message, making control characters and long values readable.
     *
     * @param value the text to quote; must not be null
     * @return the value in double quotes, with line breaks, tabs, double quotes, other control
     *         characters and U+FFFD escaped, cut to its first 60 characters followed by {@code ...}
     *         when longer
     */
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
