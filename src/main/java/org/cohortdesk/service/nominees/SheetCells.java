package org.cohortdesk.service.nominees;

import java.util.List;

/**
 * The cells of one sheet read from a nominee file, as text: {@code rows} from the sheet's first row,
 * so a row's index plus one is its number in the sheet. {@code sheet} is the sheet's name (the
 * file's name for a CSV file).
 */
public record SheetCells(String sheet, List<List<String>> rows) {
    public SheetCells {
        rows = List.copyOf(rows);
    }
}
