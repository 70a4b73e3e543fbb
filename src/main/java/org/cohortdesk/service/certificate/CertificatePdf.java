package org.cohortdesk.service.certificate;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CertificateLanguage;
import org.cohortdesk.model.Institution;
import org.cohortdesk.service.institution.InstitutionNames;
import org.cohortdesk.service.pdf.PdfDocuments;
import org.cohortdesk.service.pdf.PdfFonts;

/**
 * Certificates as PDF, one A4 landscape page each, inside a double frame: the academy, the title,
 * the trainee's names, the course, its dates and hours in Vietnamese with the second language
 * under each line; the number (and "reissued" with its date) at the bottom left, the place and
 * date of issue and the signature line at the bottom right. The words come from the message
 * bundles of Vietnamese and of the course's second language, not from the user's language; the
 * institution's name and place from its profile, in those two languages ({@link InstitutionNames}).
 */
final class CertificatePdf {
    private static final float FRAME = PdfDocuments.a4Landscape().getHeight() - 2 * PdfDocuments.MARGIN;
    private static final Localization VI = new Localization(Language.VI);
    private static final Localization LO = new Localization(Language.LO);
    private static final Localization EN = new Localization(Language.EN);

    private CertificatePdf() {}

    /** Writes {@code sheets}, a page each, to {@code out} (left open). */
    static void write(List<CertificateSheet> sheets, Institution institution, String title, OutputStream out) throws IOException {
        PdfDocuments.write(out, PdfDocuments.a4Landscape(), title, document -> {
            for (CertificateSheet sheet : sheets) {
                document.newPage();
                document.add(page(sheet, institution));
            }
        });
    }

    private static PdfPTable page(CertificateSheet s, Institution institution) {
        Localization second = s.second() == CertificateLanguage.EN ? EN : LO;
        PdfPCell inner = new PdfPCell();
        inner.setBorder(Rectangle.BOX);
        inner.setBorderWidth(0.8f);
        inner.setPadding(18);
        inner.setFixedHeight(FRAME - 10);
        inner.addElement(both(InstitutionNames.certificate(institution, VI), InstitutionNames.certificate(institution, second), 13, true, 8));
        inner.addElement(line(VI.tr("certificate.pdf.title"), 26, true, 0));
        inner.addElement(line(second.tr("certificate.pdf.title"), 18, true, 10));
        inner.addElement(both(s, second, "certificate.pdf.certifies", 12, false, 6));
        if (s.nameLocal() != null && !s.nameLocal().isBlank()) {
            inner.addElement(line(s.nameLocal(), 22, true, 0));
        }
        inner.addElement(line(s.nameLatin().toUpperCase(java.util.Locale.ROOT), 18, true, 8));
        inner.addElement(both(s, second, "certificate.pdf.completed", 12, false, 4));
        inner.addElement(line(s.courseVi(), 15, true, 0));
        inner.addElement(line(s.courseSecond(), 13, true, 8));
        inner.addElement(both(s, second, "certificate.pdf.dates", 11, false, 2, s.startsOn(), s.endsOn()));
        inner.addElement(both(s, second, "certificate.pdf.hours", 11, false, 0, s.hours()));
        inner.addElement(footer(s, second, institution));

        PdfPCell outer = new PdfPCell();
        outer.setBorder(Rectangle.BOX);
        outer.setBorderWidth(2.5f);
        outer.setPadding(4);
        outer.setFixedHeight(FRAME);
        outer.addElement(table(inner));
        return table(outer);
    }

    /** The bottom row: the number (and the reissue) on the left, place, date and signature on the right. */
    private static PdfPTable footer(CertificateSheet s, Localization second, Institution institution) {
        PdfPTable row = new PdfPTable(new float[] {1, 1});
        row.setWidthPercentage(100);
        PdfPCell left = plain();
        left.addElement(line(VI.tr("certificate.pdf.number", s.number()) + " / " + second.tr("certificate.pdf.number", s.number()),
                11, true, 2, Element.ALIGN_LEFT));
        if (s.reissue()) {
            left.addElement(line(VI.tr("certificate.pdf.reissued", s.reissuedOn()), 11, true, 0, Element.ALIGN_LEFT));
            left.addElement(line(second.tr("certificate.pdf.reissued", s.reissuedOn()), 11, true, 0, Element.ALIGN_LEFT));
        }
        row.addCell(left);

        PdfPCell right = plain();
        right.addElement(line(InstitutionNames.placeAndDate(institution, VI, s.issuedOn()), 11, false, 0));
        right.addElement(line(InstitutionNames.placeAndDate(institution, second, s.issuedOn()), 10, false, 4));
        right.addElement(line(VI.tr("certificate.pdf.signer") + " / " + second.tr("certificate.pdf.signer"), 11, true, 30));
        right.addElement(line("______________________________", 11, false, 0));
        row.addCell(right);
        return row;
    }

    /** A message in Vietnamese, then the same in the second language below it (smaller). */
    private static Paragraph both(CertificateSheet s, Localization second, String key, float size, boolean bold, float after, Object... args) {
        return both(VI.tr(key, args), second.tr(key, args), size, bold, after);
    }

    /** A line in Vietnamese, then its second-language form below it. */
    private static Paragraph both(String vietnamese, String inSecond, float size, boolean bold, float after) {
        Paragraph p = line(vietnamese, size, bold, 0);
        p.add(com.lowagie.text.Chunk.NEWLINE);
        p.add(PdfFonts.bundled().phrase(inSecond, size, bold));
        p.setSpacingAfter(after);
        return p;
    }

    private static Paragraph line(String text, float size, boolean bold, float after) {
        return line(text, size, bold, after, Element.ALIGN_CENTER);
    }

    private static Paragraph line(String text, float size, boolean bold, float after, int align) {
        Paragraph p = new Paragraph(PdfFonts.bundled().phrase(text, size, bold));
        p.setAlignment(align);
        p.setLeading(size * 1.45f);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPCell plain() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPTable table(PdfPCell only) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.addCell(only);
        return table;
    }
}
