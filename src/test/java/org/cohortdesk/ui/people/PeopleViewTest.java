package org.cohortdesk.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.Tables;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.cohortdesk.ui.WindowTest;
import org.cohortdesk.ui.common.Styles;
import org.junit.jupiter.api.Test;

/** The People page in the real window: filter, a person's cohorts, likely duplicates and merging a pair, Export…. */
class PeopleViewTest extends WindowTest {
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    /** The fixture's 21 trainees, a Vietnamese lecturer-trainee, a Lao trainee, and a second record of SOMSACK 5 (same passport). */
    static void insertPeople(Workspace workspace) {
        UiFixtures.insertCohorts(workspace);
        workspace.database().jdbi().useTransaction(h -> Tables.PEOPLE.insertAll(h, List.of(
                person("Nguyễn Thị Ánh", null, "Học viện Hành chính Quốc gia", "C7654321"),
                person("Bounmy Sihalath", "ບຸນມີ ສີຫາລາດ", "Ministry of Home Affairs", "P0200001"),
                person("SOMSACK FIVE", "ສົມສັກ ຫ້າ", "National Assembly Office", "P0 100 005"))));
    }

    @Test
    void filtersShowsHistoryListsDuplicatesAndMergesAPair() throws Exception {
        window = WindowHarness.show(dir, Language.EN, PeopleViewTest::insertPeople);
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        TableView<PersonRow> table = lookup("#" + PeopleView.TABLE_ID).queryTableView();
        WindowHarness.waitUntil(() -> table.getItems().size() == 24);
        assertEquals("24 people", lookup("#" + PeopleView.COUNT_ID).queryAs(Label.class).getText());
        assertTrue(lookup(".table-cell").queryAllAs(Labeled.class).stream().anyMatch(c -> "01/01/1981".equals(c.getText())),
                "birth dates are day first");

        TextField filter = lookup("#" + PeopleView.FILTER_ID).queryAs(TextField.class);
        clickOn("#" + PeopleView.TABLE_ID);
        push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(filter.isFocused(), "Ctrl+F focuses the filter");
        write("nguyen thi anh");
        assertEquals(List.of("Nguyễn Thị Ánh"), names(table));
        assertEquals("1 of 24 people", lookup("#" + PeopleView.COUNT_ID).queryAs(Label.class).getText());
        interact(() -> filter.setText("ບຸນມີ"));
        assertEquals(List.of("Bounmy Sihalath"), names(table));
        Labeled lao = lookup(".table-cell").queryAllAs(Labeled.class).stream().filter(c -> "ບຸນມີ ສີຫາລາດ".equals(c.getText()))
                .findFirst().orElseThrow();
        assertTrue(lao.getStyleClass().contains(Styles.LAO), "Lao names in the Lao font");

        interact(() -> filter.setText(""));
        write("somsack 3");
        clickOn(lookup(".table-cell").queryAllAs(Labeled.class).stream().filter(c -> "SOMSACK 3".equals(c.getText())).findFirst()
                .orElseThrow());
        TableView<HistoryRow> history = lookup("#" + PeopleView.HISTORY_ID).queryTableView();
        WindowHarness.waitUntil(() -> history.getItems().size() == 1);
        assertEquals("LAO-2026-03", history.getItems().get(0).code());
        assertEquals("Digital transformation in public administration", history.getItems().get(0).course());
        assertEquals("Confirmed", history.getItems().get(0).status());
        assertEquals("Cohorts of SOMSACK 3", lookup("#" + PeopleView.HISTORY_TITLE_ID).queryAs(Label.class).getText());

        clickOn("Likely duplicates");
        TableView<DuplicateRow> duplicates = lookup("#" + PeopleView.DUPLICATES_ID).queryTableView();
        WindowHarness.waitUntil(() -> duplicates.getItems().size() == 1);
        DuplicateRow pair = duplicates.getItems().get(0);
        assertEquals(List.of("SOMSACK 5", "SOMSACK FIVE"), List.of(pair.first().nameLatin(), pair.second().nameLatin()));
        assertEquals("same passport number", pair.reason());

        clickOn(lookup(".table-cell").queryAllAs(Labeled.class).stream().filter(c -> "SOMSACK FIVE".equals(c.getText())).findFirst()
                .orElseThrow());
        clickOn("#" + PeopleView.MERGE_ID);
        WindowHarness.waitUntil(() -> lookup("#" + MergeDialog.KEEP_ID).tryQuery().isPresent());
        assertTrue(lookup("#" + MergeDialog.KEEP_ID).queryAs(Label.class).getText().startsWith("Keep: SOMSACK 5 · ສົມສັກ 5"),
                "the record with a cohort is kept");
        clickOn("#" + MergeDialog.SWAP_ID);
        assertTrue(lookup("#" + MergeDialog.KEEP_ID).queryAs(Label.class).getText().startsWith("Keep: SOMSACK FIVE"));
        clickOn("#" + MergeDialog.SWAP_ID);
        clickOn("#" + MergeDialog.CONFIRM_ID);

        WindowHarness.waitUntil(() -> lookup("#" + PeopleView.MESSAGE_ID).queryAs(Label.class).getText().startsWith("Merged"));
        assertEquals("Merged SOMSACK FIVE into SOMSACK 5. Cohorts taken over: 0; attendance marks taken over: 0.",
                lookup("#" + PeopleView.MESSAGE_ID).queryAs(Label.class).getText());
        WindowHarness.waitUntil(() -> duplicates.getItems().isEmpty());
        assertEquals("No likely duplicates.", lookup("#" + PeopleView.DUPLICATES_COUNT_ID).queryAs(Label.class).getText());
        WindowHarness.waitUntil(() -> lookup("#" + PeopleView.COUNT_ID).queryAs(Label.class).getText().endsWith("23 people"));
        push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(filter.isFocused(), "Ctrl+F goes back to everyone's filter");
        interact(() -> filter.setText("somsack 5"));
        clickOn(lookup(".table-cell").queryAllAs(Labeled.class).stream().filter(c -> "SOMSACK 5".equals(c.getText())).findFirst()
                .orElseThrow());
        WindowHarness.waitUntil(() -> history.getItems().size() == 1);

        PersonRow before = table.getSelectionModel().getSelectedItem();
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WindowHarness.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null && table.getSelectionModel().getSelectedItem() != before);
        assertEquals("somsack 5", filter.getText(), "the page is as it was left");
        assertEquals("SOMSACK 5", table.getSelectionModel().getSelectedItem().nameLatin());
        assertEquals("National Assembly Office", table.getSelectionModel().getSelectedItem().agency(),
                "the kept record took the removed one's agency, which it lacked");

        assertEquals(List.of(), window.sqlOnFxThread(), "no query on the FX thread");
    }

    private static List<String> names(TableView<PersonRow> table) {
        return table.getItems().stream().map(PersonRow::nameLatin).toList();
    }

    private static Person person(String latin, String local, String agency, String passport) {
        return new Person(UUID.randomUUID(), local, latin, Sex.M, LocalDate.of(1975, 6, 1), "LA", null, agency, null, "Vientiane",
                passport, LocalDate.of(2031, 1, 1), null, null, null, null, null, null, NOW, NOW, 0);
    }

    @Test
    void exportAsksTheFormatOnly() throws Exception {
        window = WindowHarness.show(dir, Language.LO, UiFixtures::insertCohorts);
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WindowHarness.waitUntil(() -> lookup("#" + PeopleView.EXPORT_ID).tryQuery().isPresent());
        clickOn("#" + PeopleView.EXPORT_ID);
        WindowHarness.waitUntil(() -> lookup("#exportFormat").tryQuery().isPresent());
        assertEquals(3, lookup("#exportFormat").queryAs(ComboBox.class).getItems().size());
        assertTrue(lookup("#exportTemplate").tryQuery().isEmpty(), "everyone has no template");
        assertTrue(lookup("#exportOnlyShown").tryQuery().isEmpty(), "nothing filtered: everyone, no question");
        type(KeyCode.ESCAPE);
        WindowHarness.waitUntil(() -> lookup("#exportFormat").tryQuery().isEmpty());

        clickOn("#" + PeopleView.FILTER_ID).write("somsack 2");
        javafx.scene.control.TableView<?> people = lookup("#" + PeopleView.TABLE_ID).queryTableView();
        WindowHarness.waitUntil(() -> people.getItems().size() < 21);
        int shown = people.getItems().size();
        clickOn("#" + PeopleView.EXPORT_ID);
        WindowHarness.waitUntil(() -> lookup("#exportOnlyShown").tryQuery().isPresent());
        assertTrue(lookup("#exportOnlyShown").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        assertTrue(lookup("#exportOnlyShown").queryAs(javafx.scene.control.CheckBox.class).getText().contains(String.valueOf(shown)));
        type(KeyCode.ESCAPE);
        WindowHarness.waitUntil(() -> lookup("#exportOnlyShown").tryQuery().isEmpty());
    }
}
