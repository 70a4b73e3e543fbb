package org.cohortdesk.service.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * The fonts embedded in every PDF Cohort Desk writes, and text set in them: Noto Sans for Latin
 * script with Vietnamese, Noto Sans Lao for Lao (both SIL Open Font License 1.1, bundled under
 * {@code org/cohortdesk/fonts/} beside their licence). Lao is shaped by OpenPDF's
 * {@link LayoutProcessor} (Java's own HarfBuzz glyph layout), so vowels and tone marks stacked on a
 * consonant sit where the font puts them instead of colliding.
 *
 * <p>The fonts are read once per process: OpenPDF keeps the shaping state of a font in a static
 * table keyed by the font object, so a font loaded again for every document would pile up there.
 * See docs/decisions/0010-pdf-library.md.
 */
public final class PdfFonts {
    private static final String FOLDER = "org/cohortdesk/fonts/";

    private final BaseFont latin;
    private final BaseFont latinBold;
    private final BaseFont lao;
    private final BaseFont laoBold;

    private PdfFonts() {
        // Before any font is created: OpenPDF registers a font for shaping only while it is enabled.
        // No kerning or ligatures: neither script needs them and they would slow the layout down.
        LayoutProcessor.enable();
        LayoutProcessor.setWriteActualText();
        latin = load("NotoSans-Regular.ttf");
        latinBold = load("NotoSans-Bold.ttf");
        lao = load("NotoSansLao-Regular.ttf");
        laoBold = load("NotoSansLao-Bold.ttf");
    }

    private static final class Holder {
        static final PdfFonts BUNDLED = new PdfFonts();
    }

    /** The bundled fonts, read on first use (about 1 MB, some tens of milliseconds). */
    public static PdfFonts bundled() {
        return Holder.BUNDLED;
    }

    /**
     * {@code text} (normalised to NFC) as a phrase of {@code size} points, Lao runs in Noto Sans
     * Lao and everything else in Noto Sans; a space or punctuation mark inside Lao stays with the
     * Lao run so a name is shaped as a whole. Null is an empty phrase.
     */
    public Phrase phrase(String text, float size, boolean bold) {
        Phrase phrase = new Phrase();
        if (text == null || text.isEmpty()) {
            phrase.setFont(new Font(bold ? latinBold : latin, size));
            return phrase;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder run = new StringBuilder();
        boolean runIsLao = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            boolean isLao = laoFor(cp, runIsLao && run.length() > 0);
            if (run.length() > 0 && isLao != runIsLao) {
                phrase.add(chunk(run.toString(), runIsLao, size, bold));
                run.setLength(0);
            }
            runIsLao = isLao;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        phrase.add(chunk(run.toString(), runIsLao, size, bold));
        return phrase;
    }

    private boolean laoFor(int codePoint, boolean inLaoRun) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.LAO) {
            return true;
        }
        boolean neutral = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
        return neutral && inLaoRun && lao.charExists(codePoint);
    }

    private Chunk chunk(String text, boolean laoScript, float size, boolean bold) {
        BaseFont font = laoScript ? (bold ? laoBold : lao) : (bold ? latinBold : latin);
        return new Chunk(text, new Font(font, size));
    }

    private static BaseFont load(String file) {
        String resource = FOLDER + file;
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing: " + resource);
            }
            // The resource name lets the shaping read the font again from the class path.
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font not readable: " + resource, e);
        }
    }
}
