package org.cohortdesk.ui.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.cohortdesk.service.spreadsheet.Table;
import org.cohortdesk.service.spreadsheet.Table.CellKind;

/**
 * A table of the window as the user sees it, for a spreadsheet: the visible columns in their
 * order, with their titles, and the rows the filter lets through in the order they are sorted.
 * A column whose values are all dates becomes a date column, all numbers a number column; any
 * other value is written as its text. Read on the FX thread (it reads the table), written elsewhere.
 */
public final class ShownTable {
    private ShownTable() {}

    public static Table of(TableView<?> table, String name) {
        return read(table, name);
    }

    private static <S> Table read(TableView<S> table, String name) {
        List<TableColumn<S, ?>> columns = table.getVisibleLeafColumns();
        List<S> items = List.copyOf(table.getItems());
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (S item : items) {
            List<Object> row = new ArrayList<>(columns.size());
            for (TableColumn<S, ?> column : columns) {
                ObservableValue<?> value = column.getCellObservableValue(item);
                row.add(value == null ? null : value.getValue());
            }
            rows.add(row);
        }
        List<Table.Column> header = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            CellKind kind = kindOf(rows, c);
            header.add(new Table.Column(columns.get(c).getText(), kind));
            if (kind == CellKind.TEXT) {
                for (List<Object> row : rows) {
                    Object v = row.get(c);
                    row.set(c, v == null || v.toString().isBlank() ? null : v.toString());
                }
            }
        }
        return new Table(name, header, rows);
    }

    private static CellKind kindOf(List<List<Object>> rows, int column) {
        boolean dates = true;
        boolean numbers = true;
        for (List<Object> row : rows) {
            Object v = row.get(column);
            dates &= v == null || v instanceof LocalDate;
            numbers &= v == null || v instanceof Number;
        }
        if (rows.stream().allMatch(r -> r.get(column) == null)) {
            return CellKind.TEXT;
        }
        return dates ? CellKind.DATE : numbers ? CellKind.NUMBER : CellKind.TEXT;
    }
}
