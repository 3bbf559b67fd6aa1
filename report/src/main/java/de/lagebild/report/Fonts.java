package de.lagebild.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The one typeface of every report: Liberation Sans from {@code openpdf-fonts-extra}, embedded as a
 * subset in the PDF and used by AWT to lay out the charts, so that text is measured with the
 * same glyph widths that the PDF draws, on every machine.
 *
 * <p>The TTF bytes and the AWT fonts are loaded once per JVM. {@link BaseFont}s are created per
 * document ({@link #forDocument()}): OpenPDF reads the font program while writing, which is not
 * safe to share between documents written on several threads, and the subset tag (the six letters
 * before {@code +} in the font name, random in OpenPDF) is made deterministic here so that the same
 * inputs give the same bytes.
 */
final class Fonts {
    private static final String DIR = "/liberation/";
    static final String REGULAR = "LiberationSans-Regular.ttf";
    static final String BOLD = "LiberationSans-Bold.ttf";
    static final String ITALIC = "LiberationSans-Italic.ttf";

    private Fonts() {
    }

    /** Font programs and AWT fonts, loaded on first use. */
    private static final class Loaded {
        static final byte[] REGULAR_TTF = bytes(REGULAR);
        static final byte[] BOLD_TTF = bytes(BOLD);
        static final byte[] ITALIC_TTF = bytes(ITALIC);
        static final java.awt.Font AWT_REGULAR = awt(REGULAR_TTF, REGULAR);
        static final java.awt.Font AWT_BOLD = awt(BOLD_TTF, BOLD);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + DIR + name + " is missing: openpdf-fonts-extra must be on the"
                        + " class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.Font awt(byte[] ttf, String name) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(ttf));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read font " + name, e);
        }
    }

    /** The AWT font for chart text, created from the embedded TTF. */
    static java.awt.Font awt(boolean bold, float size) {
        return (bold ? Loaded.AWT_BOLD : Loaded.AWT_REGULAR).deriveFont(size);
    }

    /** Creates the PDF fonts of one document. */
    static Set forDocument() {
        return new Set(base(REGULAR, Loaded.REGULAR_TTF, "LBSREG"), base(BOLD, Loaded.BOLD_TTF, "LBSBLD"));
    }

    private static BaseFont base(String name, byte[] ttf, String tag) {
        try {
            BaseFont bf = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            bf.setSecureRandom(new FixedTag(tag));
            return bf;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot embed font " + name, e);
        }
    }

    /**
     * The fonts of one document: Liberation Sans and Liberation Sans Bold, made at once, and
     * Liberation Sans Italic, made on first use (reading a font program takes time, and most
     * documents set no italic).
     */
    static final class Set {
        private final BaseFont regular;
        private final BaseFont bold;
        private BaseFont italic;

        Set(BaseFont regular, BaseFont bold) {
            this.regular = regular;
            this.bold = bold;
        }

        /** Liberation Sans. */
        BaseFont regular() {
            return regular;
        }

        /** Liberation Sans Bold. */
        BaseFont bold() {
            return bold;
        }

        /** Liberation Sans Italic. */
        BaseFont italic() {
            if (italic == null) {
                italic = base(ITALIC, Loaded.ITALIC_TTF, "LBSITA");
            }
            return italic;
        }

        /** A text font. */
        Font font(float size, boolean bold, Color color) {
            return new Font(bold ? this.bold : regular, size, Font.NORMAL, color);
        }

        Font italic(float size, Color color) {
            return new Font(italic(), size, Font.NORMAL, color);
        }

        /** Maps every AWT font a chart uses to the embedded regular or bold font. */
        FontMapper mapper() {
            return new FontMapper() {
                @Override
                public BaseFont awtToPdf(java.awt.Font font) {
                    String n = font.getFontName(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT);
                    return font.isBold() || n.contains("bold") ? bold : regular;
                }

                @Override
                public java.awt.Font pdfToAwt(BaseFont font, int size) {
                    return Fonts.awt(font == bold, size);
                }
            };
        }
    }

    /**
     * Gives OpenPDF the same six letters every time it asks for a subset tag, instead of random
     * ones. OpenPDF draws six numbers per tag ({@code (char) (nextDouble() * 26 + 'A')}).
     */
    @SuppressWarnings("serial")
    private static final class FixedTag extends SecureRandom {
        private final String tag;
        private int next;

        FixedTag(String tag) {
            this.tag = tag;
        }

        @Override
        public synchronized double nextDouble() {
            char c = tag.charAt(next);
            next = (next + 1) % tag.length();
            return (c - 'A' + 0.5) / 26.0;
        }
    }
}
