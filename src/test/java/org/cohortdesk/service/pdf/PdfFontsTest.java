package org.cohortdesk.service.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lao and Vietnamese written to a real PDF file and read back with PDFBox. */
class PdfFontsTest {
    @TempDir
    Path dir;

    @Test
    void laoRunsGetTheLaoFontAndTheRestNotoSans() {
        Phrase phrase = PdfFonts.bundled().phrase("LAO-01 · ກິ່ງແກ້ວ ເຂົ້າ, Nguyễn Thị Ánh", 11, false);
        String runs = String.join("|", chunks(phrase).stream().map(Chunk::getContent).toList());
        assertEquals("LAO-01 · |ກິ່ງແກ້ວ ເຂົ້າ|, Nguyễn Thị Ánh", runs, "the Lao font has no comma");
        List<String> fonts = chunks(phrase).stream().map(c -> c.getFont().getBaseFont().getPostscriptFontName()).toList();
        assertEquals(List.of("NotoSans-Regular", "NotoSansLao-Regular", "NotoSans-Regular"), fonts);
        assertEquals("NotoSansLao-Bold", chunks(PdfFonts.bundled().phrase("ນ້ຳ", 11, true)).get(0).getFont().getBaseFont()
                .getPostscriptFontName());
    }

    private static List<Chunk> chunks(Phrase phrase) {
        return phrase.stream().map(Chunk.class::cast).toList();
    }

    @Test
    void writesLaoAndVietnameseThatReadBackAsTyped() throws IOException {
        Path file = dir.resolve("fonts.pdf");
        PdfFonts fonts = PdfFonts.bundled();
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfDocuments.write(out, PdfDocuments.a4Landscape(), "Test", doc -> {
                doc.add(new Paragraph(fonts.phrase("ກິ່ງແກ້ວ ເຂົ້າ ນ້ຳ ວິໄລ ອິນທະວົງ", 14, false)));
                doc.add(new Paragraph(fonts.phrase("Học viện Hành chính Quốc gia", 14, true)));
            });
        }
        PdfReadBack pdf = PdfReadBack.of(file);
        assertEquals(1, pdf.pages().size());
        assertTrue(pdf.landscape(0));
        assertTrue(pdf.text().contains("ກິ່ງແກ້ວ ເຂົ້າ ນ້ຳ ວິໄລ ອິນທະວົງ"), pdf.text());
        assertTrue(pdf.text().contains("Học viện Hành chính Quốc gia"), pdf.text());
        assertEquals(List.of("NotoSans-Bold", "NotoSansLao-Regular"), List.copyOf(pdf.embeddedFonts()));
    }
}
