package org.cohortdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.TextMatch;
import org.junit.jupiter.api.Test;

class FilteredRowsTest {
    final FilteredRows<String> list = new FilteredRows<>(new Localization(Language.EN),
            new FilteredRows.Messages("people.loading", "people.empty", "people.no_match", "people.count", "people.count_filtered"),
            (row, match) -> match.matches(TextMatch.fold(row)));

    @Test
    void typingOnBackingUpAndNewRowsAlwaysShowWhatTheQueryMatches() {
        list.setAll(List.of("Nguyễn Thị Ánh", "Nguyễn Văn Nam", "Somsak Phommachanh", "ສົມສັກ ພົມມະຈັນ"));
        List<String> typed = List.of("n", "ng", "nguyen", "nguyen t", "nguyen thi", "nguyen th", "nguyen", "ngu", "", "som", "ສົມ", "xyz", "");
        for (String query : typed) {
            list.filterProperty().set(query);
            TextMatch match = TextMatch.of(query);
            List<String> expected = list.rows().stream().filter(r -> match.matches(TextMatch.fold(r))).toList();
            assertEquals(expected, list.shown(), "after typing \"" + query + "\"");
        }
        list.filterProperty().set("nam");
        list.setAll(List.of("Lê Văn Nam", "Somsak"));
        assertEquals(List.of("Lê Văn Nam"), list.shown(), "fresh rows are filtered as typed");
    }

    @Test
    void aQueryThatLetsTheSameRowsThroughChangesNothing() {
        list.setAll(List.of("Nguyễn Thị Ánh", "Somsak"));
        List<ListChangeListener.Change<? extends String>> changes = new ArrayList<>();
        list.shown().addListener((ListChangeListener<String>) changes::add);
        list.filterProperty().set("ng");
        list.filterProperty().set("nguyen");
        list.filterProperty().set("nguyen thi");
        assertEquals(1, changes.size(), "one change, when Somsak left");
    }

    @Test
    void aLongerQueryNarrowsOnlyWhenEveryEarlierWordLivesOn() {
        assertTrue(TextMatch.of("soms").narrows(TextMatch.of("som")));
        assertTrue(TextMatch.of("som p").narrows(TextMatch.of("som")));
        assertTrue(TextMatch.of("phom som").narrows(TextMatch.of("som")));
        assertFalse(TextMatch.of("so").narrows(TextMatch.of("som")));
        assertFalse(TextMatch.of("sam").narrows(TextMatch.of("som")));
        assertFalse(TextMatch.of("som").narrows(null));
    }
}
