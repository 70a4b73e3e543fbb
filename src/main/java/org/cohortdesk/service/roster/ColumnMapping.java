package org.cohortdesk.service.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cohortdesk.model.Problem;
import org.cohortdesk.service.spreadsheet.ColumnLetters;

/**
 * Which field each column of a pasted or imported sheet goes to. A paste is first matched by its
 * header's titles ({@link PasteParser}); the user may then give any column another field or none.
 * Each field goes to one column at most: choosing a field another column has takes it from that
 * column, and {@link #conflict} says so.
 *
 * @param headerRow the index of the header among the sheet's rows, -1 when there is none
 * @param columns every column of the header (or of the widest row, without a header), in order
 * @param conflict what the last choice took from another column, or null
 */
public record ColumnMapping(int headerRow, List<Column> columns, Problem conflict) {

    /**
     * One column: its index (0 is A), its title in the header ("" without one), its field (null:
     * not imported), and whether the user chose that field rather than the header's title.
     */
    public record Column(int index, String title, PasteColumn field, boolean chosen) {
        /** The column's letter as the spreadsheet shows it. */
        public String letter() {
            return ColumnLetters.of(index);
        }

        /** True when the column's cells are read into the field. */
        public boolean imported() {
            return field != null && field.isRead();
        }
    }

    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    /** The fields a column may be given, in the roster's order; "not imported" is null and not listed. */
    public static List<PasteColumn> fields() {
        return Arrays.stream(PasteColumn.values()).filter(PasteColumn::isRead).toList();
    }

    /**
     * This mapping with {@code field} (null: not imported) for the column at {@code index}; the
     * column that had the field until now is no longer imported, and {@link #conflict} names it.
     */
    public ColumnMapping choose(int index, PasteColumn field) {
        if (index < 0 || index >= columns.size()) {
            throw new IllegalArgumentException("no column " + index);
        }
        List<Column> out = new ArrayList<>(columns.size());
        Problem taken = null;
        for (Column c : columns) {
            if (c.index() == index) {
                out.add(new Column(c.index(), c.title(), field, true));
            } else if (field != null && field.isRead() && c.field() == field) {
                out.add(new Column(c.index(), c.title(), null, true));
                taken = Problem.warning("paste.mapping.taken", field, c.letter(), ColumnLetters.of(index));
            } else {
                out.add(c);
            }
        }
        return new ColumnMapping(headerRow, out, taken);
    }

    /** The field of each column, in order (null where none is read). */
    List<PasteColumn> fieldsInOrder() {
        return columns.stream().map(Column::field).toList();
    }

    /** The header's titles, in order ("" without a header). */
    List<String> titles() {
        return columns.stream().map(Column::title).toList();
    }

    /** The column that holds {@code field}, or null. */
    public Column columnOf(PasteColumn field) {
        return columns.stream().filter(c -> c.field() == field).findFirst().orElse(null);
    }
}
