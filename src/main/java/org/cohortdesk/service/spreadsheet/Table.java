package org.cohortdesk.service.spreadsheet;

import java.time.LocalDate;
import java.util.List;

/**
 * A table to write to a spreadsheet: a sheet name, a header of titled columns and rows of values.
 * Each column has a kind that says what its values are: {@link CellKind#TEXT} a {@code String},
 * {@link CellKind#DATE} a {@link LocalDate}, {@link CellKind#NUMBER} a {@link Number}; a value
 * may be null (an empty cell).
 */
public record Table(String name, List<Column> columns, List<List<Object>> rows) {

    /** What a column holds, and so how a spreadsheet stores it. */
    public enum CellKind { TEXT, DATE, NUMBER }

    /** A column: its header, already in the reader's language, and its kind. */
    public record Column(String header, CellKind kind) {}

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + columns.size() + " columns");
            }
        }
    }
}
