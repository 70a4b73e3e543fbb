package org.cohortdesk.service.nominees;

import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.roster.RosterPaste;

/**
 * The rows of a sheet as they are read, each a list of cell texts, kept so that a row's index plus
 * one is its row number in the sheet (rows a sheet leaves out are empty). Refuses a sheet with more
 * rows than an import takes as soon as it has seen one too many, so a huge sheet is never held whole.
 */
final class SheetRows {
    /** Rows with text a sheet may have: the most an import takes, and room for title rows and a header above them. */
    static final int MAX_FILLED = RosterPaste.maxRows() + 20;
    /** The last row number looked at: blank rows beyond the data are not padded out forever. */
    static final int MAX_ROW_NUMBER = 100_000;

    private final List<List<String>> rows = new ArrayList<>();
    private int filled;

    /** Adds the cells of row {@code number} (from 1); rows skipped since the last one stay empty. */
    void add(int number, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (++filled > MAX_FILLED || number > MAX_ROW_NUMBER) {
            throw ProblemException.of("error.nominees.too_many_rows", RosterPaste.maxRows());
        }
        while (rows.size() < number - 1) {
            rows.add(List.of());
        }
        rows.add(List.copyOf(cells));
    }

    List<List<String>> rows() {
        return List.copyOf(rows);
    }
}
