package de.lagebild.report;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a rendered PDF back with OpenPDF's PdfReader: outline, fonts, images, text. */
final class PdfInspect implements AutoCloseable {
    final PdfReader reader;

    PdfInspect(byte[] pdf) {
        try {
            reader = new PdfReader(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return reader.getNumberOfPages();
    }

    /** The outline as "title" lines, children indented by two spaces. */
    List<String> outline() {
        List<String> out = new ArrayList<>();
        List<Map<String, Object>> bm = SimpleBookmark.getBookmarkList(reader);
        if (bm != null) {
            walk(bm, "", out);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void walk(List<Map<String, Object>> list, String indent, List<String> out) {
        for (Map<String, Object> m : list) {
            out.add(indent + m.get("Title"));
            Object kids = m.get("Kids");
            if (kids instanceof List<?> l) {
                walk((List<Map<String, Object>>) l, indent + "  ", out);
            }
        }
    }

    /** The text of a page (1-based), spaces and line breaks as the extractor gives them. */
    String text(int page) {
        try {
            return new PdfTextExtractor(reader).getTextFromPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of all pages, no-break spaces as plain spaces. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (int p = 1; p <= pages(); p++) {
            sb.append(text(p)).append('\n');
        }
        return sb.toString().replace('\u00A0', ' ');
    }

    /** Every object of the file that is a font dictionary. */
    List<PdfDictionary> fonts() {
        List<PdfDictionary> out = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (o instanceof PdfDictionary d && PdfName.FONT.equals(d.get(PdfName.TYPE))) {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether a font dictionary carries an embedded font program (for Type0, its descendant). */
    static boolean embedded(PdfDictionary font) {
        PdfDictionary f = font;
        if (PdfName.TYPE0.equals(font.get(PdfName.SUBTYPE))) {
            PdfArray desc = (PdfArray) PdfReader.getPdfObject(font.get(PdfName.DESCENDANTFONTS));
            f = (PdfDictionary) PdfReader.getPdfObject(desc.getPdfObject(0));
        }
        PdfDictionary fd = (PdfDictionary) PdfReader.getPdfObject(f.get(PdfName.FONTDESCRIPTOR));
        return fd != null && (fd.get(PdfName.FONTFILE) != null || fd.get(PdfName.FONTFILE2) != null
                || fd.get(PdfName.FONTFILE3) != null);
    }

    /** Number of raster image XObjects anywhere in the file. */
    int images() {
        int n = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (o instanceof PRStream s && PdfName.IMAGE.equals(s.get(PdfName.SUBTYPE))) {
                n++;
            }
        }
        return n;
    }

    /** Number of form XObjects (the vector charts). */
    int forms() {
        int n = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (o instanceof PRStream s && PdfName.FORM.equals(s.get(PdfName.SUBTYPE))) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        reader.close();
    }
}
