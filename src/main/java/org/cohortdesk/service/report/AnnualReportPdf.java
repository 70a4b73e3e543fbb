package org.cohortdesk.service.report;

import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.pdf.PdfCells;
import org.cohortdesk.service.pdf.PdfDocuments;
import org.cohortdesk.service.pdf.PdfFonts;
import org.cohortdesk.service.spreadsheet.Table;

/** The annual report as an A4 PDF: the academy and the title on top, then each table with its title, its header repeated on a new page. */
final class AnnualReportPdf {
    private static final float TEXT_SIZE = 9;

    private AnnualReportPdf() {}

    static void write(String title, String academy, Localization tr, List<Table> tables, OutputStream out) throws IOException {
        PdfDocuments.write(out, PageSize.A4, title, document -> {
            PdfFonts fonts = PdfFonts.bundled();
            Paragraph heading = new Paragraph();
            heading.add(fonts.phrase(academy, PdfCells.HEADER_SIZE, true));
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph name = new Paragraph();
            name.add(fonts.phrase(title, PdfCells.TITLE_SIZE + 3, true));
            name.setAlignment(Element.ALIGN_CENTER);
            name.setSpacingBefore(6);
            name.setSpacingAfter(14);
            document.add(name);
            for (Table table : tables) {
                document.add(table(table, tr));
            }
        });
    }

    private static PdfPTable table(Table table, Localization tr) {
        int columns = table.columns().size();
        PdfPTable pdf = new PdfPTable(widths(table));
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(2);
        pdf.setSpacingAfter(14);
        PdfPCell title = PdfCells.title(table.name());
        title.setColspan(columns);
        pdf.addCell(title);
        table.columns().forEach(c -> pdf.addCell(PdfCells.header(c.header())));
        PdfFonts fonts = PdfFonts.bundled();
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < columns; c++) {
                Object value = row.get(c);
                PdfPCell cell = PdfCells.cell(fonts.phrase(text(value, tr), TEXT_SIZE, false));
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    /** The first column (names) wide, the numbers narrow. */
    private static float[] widths(Table table) {
        float[] widths = new float[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = table.columns().get(c).kind() == Table.CellKind.TEXT ? 3 : table.columns().get(c).kind() == Table.CellKind.DATE ? 1.6f : 1.2f;
        }
        return widths;
    }

    private static String text(Object value, Localization tr) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return tr.date(date);
        }
        if (value instanceof BigDecimal rate) {
            return tr.tr("report.percent", rate);
        }
        return value.toString();
    }
}
