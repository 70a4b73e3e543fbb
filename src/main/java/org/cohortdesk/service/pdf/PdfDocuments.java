package org.cohortdesk.service.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;

/** Writing a PDF document to a stream: page size and margins, metadata, OpenPDF's failures as I/O failures. */
public final class PdfDocuments {
    /** Points (about 10 mm): inside what office printers can reach. */
    public static final float MARGIN = 28;

    /** What fills a document once it is open. */
    @FunctionalInterface
    public interface Content {
        void addTo(Document document);
    }

    private PdfDocuments() {}

    /** A4 turned sideways, as a wide page rather than a tall one marked "rotate": text reads the same either way. */
    public static Rectangle a4Landscape() {
        return new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    }

    /**
     * Writes a document of {@code page}-sized pages titled {@code title} to {@code out} (left open
     * for the caller to close). A failure of the PDF library is raised as an {@link IOException}.
     */
    public static void write(OutputStream out, Rectangle page, String title, Content content) throws IOException {
        PdfFonts.bundled();
        Document document = new Document(page, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(title);
            document.addCreator("Cohort Desk");
            document.open();
            content.addTo(document);
            document.close();
        } catch (ExceptionConverter e) {
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw new IOException("PDF not written: " + e.getMessage(), e);
        } catch (DocumentException e) {
            throw new IOException("PDF not written: " + e.getMessage(), e);
        }
    }
}
