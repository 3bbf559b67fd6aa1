package de.lagebild.report;

import java.util.Objects;

/**
 * A key finding for the "Kernbefunde" page: one sentence, under a topic, optionally with a key
 * figure shown large.
 *
 * @param topic    the field it belongs to, such as "Sicherheitsgefühl"
 * @param text     the finding as one or two complete German sentences
 * @param figure   a key figure such as "52 %", or "" for none
 * @param label    what the key figure means, in a few words ("" for none)
 * @param priority 1 essential, 2 important (the default), 3 detail: when the findings of all
 *                 chapters do not fit on one page, details are left out first (the last first)
 */
public record Finding(String topic, String text, String figure, String label, int priority) {
    /**
     * Validates the record.
     *
     * @param topic    the field it belongs to, such as "Sicherheitsgefühl"
     * @param text     the finding as one or two complete German sentences
     * @param figure   a key figure such as "52 %", or "" for none
     * @param label    what the key figure means, in a few words ("" for none)
     * @param priority 1 essential, 2 important, 3 detail
     * @throws NullPointerException     when {@code topic}, {@code text}, {@code figure} or
     *                                  {@code label} is null
     * @throws IllegalArgumentException when {@code text} is blank or {@code priority} is not 1, 2 or 3
     */
    public Finding {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(label, "label");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a finding needs a text");
        }
        if (priority < 1 || priority > 3) {
            throw new IllegalArgumentException("priority is 1, 2 or 3: " + priority);
        }
    }

    /**
     * An important finding (priority 2).
     *
     * @param topic  the field it belongs to, such as "Sicherheitsgefühl"
     * @param text   the finding as one or two complete German sentences
     * @param figure a key figure such as "52 %", or "" for none
     * @param label  what the key figure means, in a few words ("" for none)
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when {@code text} is blank
     */
    public Finding(String topic, String text, String figure, String label) {
        this(topic, text, figure, label, 2);
    }

    /**
     * An important finding (priority 2) without a key figure.
     *
     * @param topic the field it belongs to, such as "Sicherheitsgefühl"
     * @param text  the finding as one or two complete German sentences
     * @return the finding
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when {@code text} is blank
     */
    public static Finding of(String topic, String text) {
        return new Finding(topic, text, "", "");
    }

    /**
     * The same finding with another priority.
     *
     * @param p 1 essential, 2 important, 3 detail
     * @return a new finding; this one is unchanged
     * @throws IllegalArgumentException when {@code p} is not 1, 2 or 3
     */
    public Finding withPriority(int p) {
        return new Finding(topic, text, figure, label, p);
    }
}
