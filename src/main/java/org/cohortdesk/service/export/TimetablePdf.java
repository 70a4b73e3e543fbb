package org.cohortdesk.service.export;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Session;
import org.cohortdesk.service.export.Timetables.Grid;
import org.cohortdesk.service.export.Timetables.Part;
import org.cohortdesk.service.export.Timetables.Week;
import org.cohortdesk.service.pdf.PdfCells;
import org.cohortdesk.service.pdf.PdfDocuments;
import org.cohortdesk.service.pdf.PdfFonts;

/** A timetable as a PDF: a page per week, A4 landscape, a column per day, a row per part of the day. */
final class TimetablePdf {
    private static final float TEXT_SIZE = 9;

    private TimetablePdf() {}

    static void write(Grid grid, Localization tr, OutputStream out) throws IOException {
        PdfDocuments.write(out, PdfDocuments.a4Landscape(), tr.tr("timetable.document", grid.cohortCode()), document -> {
            for (Week week : grid.weeks()) {
                document.newPage();
                document.add(table(grid, week, tr));
            }
        });
    }

    private static PdfPTable table(Grid grid, Week week, Localization tr) {
        int days = week.days().size();
        float[] widths = new float[days + 1];
        widths[0] = 9;
        for (int d = 1; d <= days; d++) {
            widths[d] = 91f / days;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(2);
        PdfPCell title = PdfCells.title(Timetables.title(grid, week, tr));
        title.setColspan(days + 1);
        table.addCell(title);
        table.addCell(PdfCells.header(""));
        week.days().forEach(day -> table.addCell(PdfCells.header(Timetables.dayHeading(day, tr))));

        float rowHeight = (PdfDocuments.a4Landscape().getHeight() - 2 * PdfDocuments.MARGIN - 70) / week.parts().size();
        for (Part part : week.parts()) {
            PdfPCell name = PdfCells.header(tr.tr(part.key()));
            name.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(name);
            for (var day : week.days()) {
                PdfPCell cell = PdfCells.cell(sessions(week.in(day, part), tr));
                cell.setMinimumHeight(Math.min(rowHeight, 200));
                // Line spacing from the tallest font on each line, with room for Vietnamese marks stacked above.
                cell.setLeading(0, 1.35f);
                table.addCell(cell);
            }
        }
        return table;
    }

    /** The sessions of a cell: the time in bold, the title, then kind and location, a gap between two sessions. */
    private static Phrase sessions(List<Session> sessions, Localization tr) {
        PdfFonts fonts = PdfFonts.bundled();
        Phrase phrase = new Phrase();
        for (Session s : sessions) {
            List<String> lines = Timetables.lines(s, tr);
            if (!phrase.isEmpty()) {
                phrase.add(fonts.phrase("\n\n", TEXT_SIZE, false));
            }
            phrase.add(fonts.phrase(lines.get(0) + "\n", TEXT_SIZE, true));
            phrase.add(fonts.phrase(lines.get(1) + "\n", TEXT_SIZE + 1, false));
            phrase.add(fonts.phrase(lines.get(2), TEXT_SIZE - 1, false));
        }
        return phrase;
    }
}
