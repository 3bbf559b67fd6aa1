package de.lagebild.report;

import java.util.Objects;

/**
 * A key finding for the "Kernbefunde" page: one sentence, under a topic, optionally with a key
 * figure shown large.
 *
 * @param topic  the field it belongs to, such as "Sicherheitsgefühl"
 * @param text   the finding as one or two complete German sentences
 * @param figure a key figure such as "52 %", or "" for none
 * @param label  what the key figure means, in a few words ("" for none)
 */
public record Finding(String topic, String text, String figure, String label) {
    /** Validates the record. */
    public Finding {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(label, "label");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a finding needs a text");
        }
    }

    /** A finding without a key figure. */
    public static Finding of(String topic, String text) {
        return new Finding(topic, text, "", "");
    }
}
