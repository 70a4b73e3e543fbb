package org.cohortdesk.service.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A written PDF file read back with PDFBox: each page's text, its size, and the fonts it embeds. */
public record PdfReadBack(List<String> pages, List<float[]> sizes, TreeSet<String> embeddedFonts) {

    public static PdfReadBack of(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            List<String> pages = new ArrayList<>();
            List<float[]> sizes = new ArrayList<>();
            TreeSet<String> fonts = new TreeSet<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
                PDPage page = doc.getPage(i - 1);
                sizes.add(new float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font.isEmbedded()) {
                        // A subset's name has a six-letter tag in front: ABCDEF+NotoSansLao-Regular.
                        fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
            }
            return new PdfReadBack(pages, sizes, fonts);
        }
    }

    /** All pages' text, one after the other. */
    public String text() {
        return String.join("\n", pages);
    }

    /** Whether page {@code index} (from 0) is wider than tall. */
    public boolean landscape(int index) {
        return sizes.get(index)[0] > sizes.get(index)[1];
    }
}
