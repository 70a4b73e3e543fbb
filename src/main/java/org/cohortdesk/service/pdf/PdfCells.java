package org.cohortdesk.service.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;

/** The table cells our printed pages share: a title above a table, a grey header cell, a plain cell; text in the bundled fonts. */
public final class PdfCells {
    public static final float TITLE_SIZE = 13;
    public static final float HEADER_SIZE = 10;
    public static final float BODY_SIZE = 11;
    private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);

    private PdfCells() {}

    /** A title spanning the table's first row: bold, no border, some room below. */
    public static PdfPCell title(String text) {
        PdfPCell cell = new PdfPCell(PdfFonts.bundled().phrase(text, TITLE_SIZE, true));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingBottom(10);
        return cell;
    }

    /** A column header: bold, centred, grey, boxed. */
    public static PdfPCell header(String text) {
        PdfPCell cell = cell(PdfFonts.bundled().phrase(text, HEADER_SIZE, true));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(HEADER_FILL);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** Body text (null is empty). */
    public static Phrase body(String text) {
        return PdfFonts.bundled().phrase(text, BODY_SIZE, false);
    }

    /** A boxed cell with some padding around {@code text}. */
    public static PdfPCell cell(Phrase text) {
        PdfPCell cell = new PdfPCell(text);
        cell.setBorder(Rectangle.BOX);
        cell.setPadding(4);
        cell.setUseAscender(true);
        return cell;
    }
}
