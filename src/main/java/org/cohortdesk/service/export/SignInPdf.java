package org.cohortdesk.service.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Session;
import org.cohortdesk.service.export.SignInSheets.Day;
import org.cohortdesk.service.export.SignInSheets.Week;
import org.cohortdesk.service.pdf.PdfCells;
import org.cohortdesk.service.pdf.PdfDocuments;

/**
 * Sign-in sheets as a PDF: A4 landscape, one page per sheet (a day or a session), a table of
 * No. | Lao name | Latin name | one signature column per session, whose title and header rows are
 * repeated when the trainees overflow onto another page.
 */
final class SignInPdf {
    /** Room for a title and a two-line header; the rest of the page is shared by the trainees' rows. */
    private static final float ROWS_HEIGHT = PdfDocuments.a4Landscape().getHeight() - 2 * PdfDocuments.MARGIN - 64;
    /** Points: a signature needs at least this much (7 mm, so 23 trainees fit a page); more when few trainees leave room. */
    private static final float MIN_ROW = 20;
    private static final float MAX_ROW = 42;

    private SignInPdf() {}

    static void write(Week week, List<Day> sheets, Localization tr, OutputStream out) throws IOException {
        String title = tr.tr("signin.title", week.cohortCode(), week.courseTitle(), "", "").strip();
        PdfDocuments.write(out, PdfDocuments.a4Landscape(), title, document -> {
            for (Day sheet : sheets) {
                document.newPage();
                document.add(table(week, sheet, tr));
            }
        });
    }

    private static PdfPTable table(Week week, Day day, Localization tr) {
        List<Session> sessions = day.sessions();
        int columns = 3 + sessions.size();
        PdfPTable table = new PdfPTable(widths(sessions.size()));
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        table.setSplitLate(false);

        PdfPCell title = PdfCells.title(tr.tr("signin.title", week.cohortCode(), week.courseTitle(),
                tr.tr(day.date().getDayOfWeek()), day.date()));
        title.setColspan(columns);
        table.addCell(title);

        table.addCell(PdfCells.header(tr.tr("roster.column.no")));
        table.addCell(PdfCells.header(tr.tr("roster.column.name_local")));
        table.addCell(PdfCells.header(tr.tr("roster.column.name_latin")));
        for (Session s : sessions) {
            table.addCell(PdfCells.header(SignInSheets.sessionHeading(s)));
        }

        float rowHeight = Math.max(MIN_ROW, Math.min(MAX_ROW, ROWS_HEIGHT / Math.max(1, week.trainees().size())));
        int no = 1;
        for (Person p : week.trainees()) {
            table.addCell(row(PdfCells.body(Integer.toString(no++)), rowHeight, Element.ALIGN_RIGHT));
            table.addCell(row(PdfCells.body(p.nameLocal()), rowHeight, Element.ALIGN_LEFT));
            table.addCell(row(PdfCells.body(p.nameLatin()), rowHeight, Element.ALIGN_LEFT));
            for (int i = 0; i < sessions.size(); i++) {
                table.addCell(row(new Phrase(""), rowHeight, Element.ALIGN_LEFT));
            }
        }
        return table;
    }

    /** No. narrow, the two names wide, the signature columns sharing the rest (at least a name's width each). */
    private static float[] widths(int sessions) {
        float[] widths = new float[3 + sessions];
        widths[0] = 4;
        widths[1] = 20;
        widths[2] = 20;
        for (int i = 0; i < sessions; i++) {
            widths[3 + i] = Math.max(14, 56f / sessions);
        }
        return widths;
    }

    private static PdfPCell row(Phrase text, float height, int align) {
        PdfPCell cell = PdfCells.cell(text);
        cell.setMinimumHeight(height);
        cell.setHorizontalAlignment(align);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorder(Rectangle.BOX);
        return cell;
    }
}
