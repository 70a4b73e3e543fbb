package org.cohortdesk.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Session;
import org.cohortdesk.service.export.Timetables.Grid;
import org.cohortdesk.service.export.Timetables.Part;
import org.cohortdesk.service.export.Timetables.Week;
import org.cohortdesk.service.spreadsheet.CellText;
import org.cohortdesk.service.spreadsheet.SheetNames;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A timetable as an XLSX workbook: a sheet per week, a column per day, a row per part of the day, fitted to one A4 landscape page. */
final class TimetableXlsx {
    /** Points per line of text in a cell. */
    private static final double LINE_HEIGHT = 15;

    private TimetableXlsx() {}

    static void write(Grid grid, Localization tr, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Cohort Desk", "1.0");
        for (Week week : grid.weeks()) {
            sheet(workbook.newWorksheet(SheetNames.safe(tr.tr("timetable.sheet", week.number()))), grid, week, tr);
        }
        workbook.finish();
    }

    private static void sheet(Worksheet ws, Grid grid, Week week, Localization tr) {
        int last = week.days().size();
        ws.value(0, 0, CellText.neutralised(Timetables.title(grid, week, tr)));
        ws.range(0, 0, 0, last).merge();
        ws.style(0, 0).bold().fontSize(13).set();
        ws.rowHeight(0, 24);
        ws.width(0, 14);
        for (int c = 1; c <= last; c++) {
            ws.value(1, c, Timetables.dayHeading(week.days().get(c - 1), tr));
            ws.width(c, 28);
        }
        ws.range(1, 0, 1, last).style().bold().horizontalAlignment("center").borderStyle("thin").fillColor("E8E8E8").set();

        int r = 2;
        for (Part part : week.parts()) {
            ws.value(r, 0, tr.tr(part.key()));
            int lines = 1;
            for (int c = 1; c <= last; c++) {
                List<String> text = cell(week.in(week.days().get(c - 1), part), tr);
                if (!text.isEmpty()) {
                    ws.value(r, c, CellText.neutralised(String.join("\n", text)));
                }
                lines = Math.max(lines, text.size());
            }
            ws.rowHeight(r, Math.max(3, lines) * LINE_HEIGHT);
            r++;
        }
        ws.range(2, 0, r - 1, 0).style().bold().verticalAlignment("top").borderStyle("thin").set();
        ws.range(2, 1, r - 1, last).style().wrapText(true).verticalAlignment("top").borderStyle("thin").set();

        SignInSheets.onOneLandscapePage(ws);
        ws.freezePane(1, 2);
    }

    /** The lines of a cell: each session's lines, a blank line between two sessions. */
    private static List<String> cell(List<Session> sessions, Localization tr) {
        List<String> lines = new ArrayList<>();
        for (Session s : sessions) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(Timetables.lines(s, tr));
        }
        return lines;
    }
}
