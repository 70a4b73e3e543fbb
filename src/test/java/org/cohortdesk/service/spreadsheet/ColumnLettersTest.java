package org.cohortdesk.service.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnLettersTest {
    @Test
    void namesColumnsLikeASpreadsheet() {
        assertEquals(List.of("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"),
                List.of(0, 25, 26, 51, 52, 701, 702).stream().map(ColumnLetters::of).toList());
    }
}
