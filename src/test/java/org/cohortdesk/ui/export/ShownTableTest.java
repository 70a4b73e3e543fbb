package org.cohortdesk.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.cohortdesk.service.spreadsheet.SpreadsheetFormat;
import org.cohortdesk.service.spreadsheet.Spreadsheets;
import org.cohortdesk.service.spreadsheet.Table;
import org.cohortdesk.service.spreadsheet.Table.CellKind;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A list page's table as the user sees it: visible columns in their order, the rows shown, sorted. */
class ShownTableTest {
    record Line(String name, LocalDate from, Integer hours, String note) {}

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void takesTheVisibleColumnsInTheirOrderAndTheRowsAsSortedWithDatesAndNumbersKept() throws Exception {
        Table t = WaitForAsyncUtils.asyncFx(() -> {
            TableView<Line> table = new TableView<>(FXCollections.observableArrayList(
                    new Line("ວິໄລ", LocalDate.of(2026, 5, 4), 120, "=cmd"),
                    new Line("Học viện", LocalDate.of(2025, 1, 2), 80, ""),
                    new Line("Zed", null, null, "hidden")));
            TableColumn<Line, String> name = column("Name", Line::name);
            TableColumn<Line, LocalDate> from = column("From", Line::from);
            TableColumn<Line, Integer> hours = column("Hours", Line::hours);
            TableColumn<Line, String> note = column("Note", Line::note);
            table.getColumns().setAll(List.of(name, from, hours, note));
            table.getColumns().setAll(List.of(hours, name, from, note)); // the user dragged Hours first
            note.setVisible(false);
            table.getItems().remove(2); // the filter hides Zed
            hours.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(hours));
            table.sort();
            return ShownTable.of(table, "Courses");
        }).get();

        assertEquals(List.of(new Table.Column("Hours", CellKind.NUMBER), new Table.Column("Name", CellKind.TEXT),
                new Table.Column("From", CellKind.DATE)), t.columns());
        assertEquals(List.of(Arrays.asList(80, "Học viện", LocalDate.of(2025, 1, 2)), Arrays.asList(120, "ວິໄລ", LocalDate.of(2026, 5, 4))),
                t.rows());

        Path file = dir.resolve("shown.xlsx");
        Spreadsheets.write(t, SpreadsheetFormat.XLSX, file);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile()); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertEquals("Courses", wb.getFirstSheet().getName());
            assertEquals(List.of("Hours", "Name", "From"), List.of(all.get(0).getCellText(0), all.get(0).getCellText(1), all.get(0).getCellText(2)));
            assertEquals(LocalDate.of(2025, 1, 2), all.get(1).getCellAsDate(2).orElseThrow().toLocalDate());
            assertEquals("ວິໄລ", all.get(2).getCellText(1));
        }
    }

    private static <T> TableColumn<Line, T> column(String title, java.util.function.Function<Line, T> value) {
        TableColumn<Line, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
