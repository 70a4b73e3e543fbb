package org.cohortdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.cohort.CohortRow;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.shell.Section;
import org.cohortdesk.ui.shell.ShellView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The whole window on a real data folder: the cohort list, its filter, languages, every section. */
class ShellTest extends FxRobot {
    private static final List<Section> NAVIGATION = List.of(Section.COHORTS, Section.CALENDAR, Section.PEOPLE, Section.PARTNERS,
            Section.COURSES, Section.REPORTS, Section.SETTINGS);
    private static final List<KeyCode> DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7);

    @TempDir
    Path dir;

    WindowHarness harness;

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void showsCohortsFiltersWithoutAccentsSwitchesLanguageAndReachesEverySection() throws Exception {
        harness = WindowHarness.show(dir, Language.EN, UiFixtures::insertCohorts);
        harness.waitUntilReady();
        TableView<CohortRow> table = lookup("#cohortTable").queryTableView();
        assertEquals(8, table.getItems().size());
        assertEquals(List.of("Code", "Course", "Partner", "Start", "End", "Size", "Status"), columnTitles(table));
        assertEquals("8 cohorts", lookup("#cohortCount").queryAs(Label.class).getText());
        assertEquals("Reported", table.getItems().get(7).status());

        TableCell<?, ?> overfull = sizeCell("21 / 20");
        assertTrue(overfull.getStyleClass().contains(Styles.WARNING), "over its planned size");
        assertFalse(sizeCell("0 / 18").getStyleClass().contains(Styles.WARNING));
        assertTrue(lookup(".table-cell").queryAllAs(Labeled.class).stream().anyMatch(c -> "04/05/2026".equals(c.getText())),
                "dates are day first");

        clickOn("Code");
        assertEquals("LAO-2026-01", table.getItems().get(0).code(), "sorted by code");
        clickOn("Code");
        assertEquals("LAO-2027-01", table.getItems().get(0).code(), "and the other way");

        TextField filter = lookup("#cohortFilter").queryAs(TextField.class);
        clickOn(".table-row-cell");
        assertFalse(filter.isFocused());
        push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(filter.isFocused(), "Ctrl+F focuses the filter");
        write("hoc vien");
        assertEquals(List.of("LAO-2026-06", "LAO-2026-03"), codes(table));
        assertEquals("2 of 8 cohorts", lookup("#cohortCount").queryAs(Label.class).getText());
        clearFilter();
        write("ARCHIVES");
        assertEquals(List.of("LAO-2026-02"), codes(table));
        clearFilter();
        write("2027");
        assertEquals(List.of("LAO-2027-01"), codes(table));
        clearFilter();
        assertEquals(8, table.getItems().size());

        Localization en = new Localization(Language.EN);
        for (Section section : NAVIGATION) {
            clickOn("#nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
            assertShows(section, en);
        }
        for (int i = NAVIGATION.size() - 1; i >= 0; i--) {
            push(KeyCode.CONTROL, DIGITS.get(i));
            assertShows(NAVIGATION.get(i), en);
        }

        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        clickOn("#language-vi");
        WindowHarness.waitUntil(() -> texts(".nav-button").contains("Đoàn / Lớp"));
        assertEquals(List.of("Đoàn / Lớp", "Lịch", "Học viên", "Đối tác", "Khóa bồi dưỡng", "Báo cáo", "Cài đặt"), texts(".nav-button"));
        assertTrue(texts(".page-title").contains("Cài đặt"), "stays on the settings page");
        WindowHarness.waitUntil(() -> readSettings().contains("language=vi"));
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        TableView<CohortRow> viTable = lookup("#cohortTable").queryTableView();
        WindowHarness.waitUntil(() -> viTable.getItems().size() == 8);
        assertEquals(List.of("Mã", "Khóa bồi dưỡng", "Cơ quan cử", "Bắt đầu", "Kết thúc", "Sĩ số", "Trạng thái"), columnTitles(viTable));
        assertEquals("Nghiệp vụ văn thư, lưu trữ", viTable.getItems().get(6).course());
        clickOn("#cohortFilter");
        write("luu tru");
        assertEquals(List.of("LAO-2026-02"), codes(viTable));

        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        clickOn("#language-lo");
        WindowHarness.waitUntil(() -> texts(".nav-button").contains("ຄະນະຜູ້ເຂົ້າຮຽນ"));
        assertTrue(shell().getStyleClass().contains(Styles.languageClass(Language.LO)), "the Lao font applies to the window");
        MenuItem quit = lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-quit".equals(i.getId())).findFirst().orElseThrow();
        assertEquals("ອອກ", quit.getText());
        assertTrue(quit.getStyleClass().contains(Styles.LAO), "menus are popups outside the window's root: marked one by one");
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        TableView<CohortRow> laoTable = lookup("#cohortTable").queryTableView();
        WindowHarness.waitUntil(() -> laoTable.getItems().size() == 8);
        Labeled laoCell = lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> "ການປະຕິຮູບບໍລິຫານລັດ".equals(c.getText())).findFirst().orElseThrow();
        assertTrue(laoCell.getStyleClass().contains(Styles.LAO));
        assertEquals("ສຳເລັດແລ້ວ", laoTable.getItems().get(3).status());
        WindowHarness.waitUntil(() -> readSettings().contains("language=lo"));
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WindowHarness.waitUntil(() -> texts(".label").contains("ໝົດມື້"));
        assertFalse(texts(".label").contains("All Day"), "CalendarFX's own words switched too, shown in English before");

        assertEquals(List.of(), harness.sqlOnFxThread, "no query on the FX thread");
    }

    @Test
    void inANarrowWindowTheFilterGivesWayAndTheButtonsKeepTheirWords() throws Exception {
        harness = WindowHarness.show(dir, Language.EN, UiFixtures::insertCohorts);
        harness.waitUntilReady();
        interact(() -> harness.window().stage().setWidth(900));
        clickOn("#cohortFilter");
        write("LAO-2026");
        WindowHarness.waitUntil(() -> "7 of 8 cohorts".equals(lookup("#cohortCount").queryAs(Label.class).getText()));
        HBox toolbar = (HBox) lookup("#cohortFilter").query().getParent();
        for (Node node : toolbar.getChildren()) {
            if (node instanceof Labeled labeled) {
                assertTrue(labeled.getWidth() >= labeled.prefWidth(-1) - 0.5, labeled.getText() + " is shown whole: " + labeled.getWidth());
            }
        }
        TextField filter = lookup("#cohortFilter").queryAs(TextField.class);
        assertTrue(filter.getWidth() < filter.prefWidth(-1), "the filter gave way: " + filter.getWidth());
    }

    @Test
    void f5ReadsAgainWhatWasSavedBesideTheWindowKeepingTheSelection() throws Exception {
        harness = WindowHarness.show(dir, Language.EN, UiFixtures::insertCohorts);
        harness.waitUntilReady();
        TableView<CohortRow> table = lookup("#cohortTable").queryTableView();
        clickOn("LAO-2026-02");
        // another desktop on a shared server, or a command run beside the window
        harness.window().context().orElseThrow().workspace().database().jdbi()
                .useHandle(h -> h.execute("UPDATE cohorts SET planned_size = 30, version = version + 1 WHERE code = 'LAO-2027-01'"));
        assertFalse(texts(".table-cell").contains("0 / 30"), "not shown before a refresh");
        push(KeyCode.F5);
        WindowHarness.waitUntil(() -> texts(".table-cell").contains("0 / 30"));
        assertEquals("LAO-2026-02", table.getSelectionModel().getSelectedItem().code(), "the selection stays");

        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WindowHarness.waitUntil(() -> !lookup("#partnerTable").queryTableView().getItems().isEmpty());
        harness.window().context().orElseThrow().workspace().database().jdbi()
                .useHandle(h -> h.execute("UPDATE partners SET short_name = 'PMO Laos', version = version + 1 WHERE short_name = 'PMO'"));
        push(KeyCode.F5);
        WindowHarness.waitUntil(() -> texts(".table-cell").contains("PMO Laos"));
        assertFalse(texts(".table-cell").contains("PMO"), "the old short name is gone");
        assertEquals(List.of(), harness.sqlOnFxThread, "read in the background");
    }

    @Test
    void opensACohortFromTheListAndTheShellShortcutsReachItsRoster() throws Exception {
        harness = WindowHarness.show(dir, Language.EN, UiFixtures::insertCohorts);
        harness.waitUntilReady();
        TableView<CohortRow> table = lookup("#cohortTable").queryTableView();
        int row = codes(table).indexOf("LAO-2026-03");
        javafx.scene.Node rowCell = lookup(".table-row-cell").nth(row).query();
        doubleClickOn(rowCell);
        WindowHarness.waitUntil(() -> lookup("#rosterTable").tryQuery().isPresent());
        assertEquals("LAO-2026-03", lookup("#rosterCode").queryLabeled().getText());
        TableView<?> roster = lookup("#rosterTable").queryTableView();
        WindowHarness.waitUntil(() -> roster.getItems().size() == 21);

        clickOn("#rosterTable");
        push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(lookup("#rosterFilter").queryAs(TextField.class).isFocused(), "Ctrl+F from the menu reaches the roster's filter");
        push(KeyCode.ESCAPE);
        push(KeyCode.ESCAPE);
        WindowHarness.waitUntil(() -> lookup("#cohortTable").tryQuery().isPresent() && lookup("#rosterTable").tryQuery().isEmpty());

        push(KeyCode.CONTROL, KeyCode.F);
        write("archives");
        TableView<CohortRow> list = lookup("#cohortTable").queryTableView();
        WindowHarness.waitUntil(() -> codes(list).equals(List.of("LAO-2026-02")));
        FxToolkit.setupFixture(() -> list.getSelectionModel().clearSelection());
        push(KeyCode.ENTER);
        WindowHarness.waitUntil(() -> lookup("#rosterTable").tryQuery().isPresent());
        assertEquals("LAO-2026-02", lookup("#rosterCode").queryLabeled().getText(), "Enter in the filter opens the first match");

        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        clickOn("#language-vi");
        WindowHarness.waitUntil(() -> texts(".nav-button").contains("Đoàn / Lớp"));
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WindowHarness.waitUntil(() -> lookup("#rosterCode").tryQuery().isPresent());
        assertEquals("LAO-2026-02", lookup("#rosterCode").queryLabeled().getText(), "a language switch keeps the open cohort");
        assertEquals("Quay lại", lookup("#rosterBack").queryLabeled().getText(), "in the new language");
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        clickOn("#language-en");
        WindowHarness.waitUntil(() -> texts(".nav-button").contains("Cohorts"));
        push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WindowHarness.waitUntil(() -> lookup("#rosterCode").tryQuery().isPresent());

        clickOn("#rosterTable");
        push(KeyCode.CONTROL, KeyCode.N);
        WindowHarness.waitUntil(() -> lookup("#traineeSave").tryQuery().isPresent());
        assertTrue(lookup("#cohortCode").tryQuery().isEmpty(), "on a roster Ctrl+N adds a trainee, not a cohort");
        push(KeyCode.ESCAPE);
        WindowHarness.waitUntil(() -> lookup("#traineeSave").tryQuery().isEmpty());
        assertEquals(List.of(), harness.sqlOnFxThread, "no query on the FX thread");
    }

    @Test
    void reportsShowTheDashboardOfThisYearReadInTheBackground() throws Exception {
        harness = WindowHarness.show(dir, Language.EN, UiFixtures::insertCohorts);
        harness.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT6);
        WindowHarness.waitUntil(() -> lookup("#reportTrainees").tryQuery().isPresent());
        assertTrue(texts(".page-title").contains("Reports"));
        assertTrue(lookup("#chartFields").tryQuery().isPresent());
        assertEquals(List.of(), harness.sqlOnFxThread(), "no query on the FX thread");
    }

    @Test
    void tellsClearlyWhenTheDataIsOpenInAnotherWindowAndOffersToClose() throws Exception {
        try (var other = UiFixtures.open(dir)) {
            harness = WindowHarness.show(dir, Language.EN, null);
            harness.waitUntilReady();
            String shown = lookup("#openFailedMessage").queryLabeled().getText();
            assertTrue(shown.contains("already open in another Cohort Desk window"), shown);
            clickOn("#closeAfterFailure");
            WindowHarness.waitUntil(() -> !harness.window.stage().isShowing());
            assertEquals(1, harness.closedWith);
        }
    }

    @Test
    void firstRunWelcomesAndCanStartEmpty() throws Exception {
        harness = WindowHarness.show(dir, Language.EN, null);
        harness.waitUntilReady();
        assertTrue(texts(".page-title").contains("Welcome to Cohort Desk"));
        assertEquals("Load sample data", lookup("#loadSample").queryButton().getText());
        clickOn("#startEmpty");
        WindowHarness.waitUntil(() -> lookup("#cohortTable").tryQuery().isPresent());
        TableView<CohortRow> table = lookup("#cohortTable").queryTableView();
        WindowHarness.waitUntil(() -> ((Label) table.getPlaceholder()).getText().startsWith("No cohorts yet"));
        assertEquals(0, table.getItems().size());
        assertEquals(List.of(), harness.sqlOnFxThread);
    }

    @Test
    void firstRunLoadsTheSampleInTheBackgroundAndShowsItsCohorts() throws Exception {
        harness = WindowHarness.show(dir, Language.VI, null);
        harness.waitUntilReady();
        clickOn("#loadSample");
        WindowHarness.waitUntil(90, () -> shell().model().section() == Section.COHORTS);
        TableView<CohortRow> table = lookup("#cohortTable").queryTableView();
        WindowHarness.waitUntil(() -> !table.getItems().isEmpty());
        assertTrue(table.getItems().size() > 10, "a year of cohorts: " + table.getItems().size());
        WindowHarness.waitUntil(() -> !shell().model().countsProperty().get().startsWith("0 "));
        assertEquals(List.of(), harness.sqlOnFxThread);
    }

    private void assertShows(Section section, Localization tr) {
        assertEquals(section, shell().model().section());
        String title = section == Section.SETTINGS ? tr.tr("settings.title") : section == Section.COHORTS ? tr.tr("cohorts.title")
                : tr.tr(section.labelKey());
        assertTrue(texts(".page-title").contains(title), section + ": " + texts(".page-title"));
        Set<String> selected = lookup(".nav-button").queryAllAs(ToggleButton.class).stream().filter(ToggleButton::isSelected)
                .map(Labeled::getText).collect(Collectors.toSet());
        assertEquals(Set.of(tr.tr(section.labelKey())), selected);
    }

    private ShellView shell() {
        return harness.window.shell().orElseThrow();
    }

    private void clearFilter() {
        push(KeyCode.CONTROL, KeyCode.F);
        push(KeyCode.BACK_SPACE);
    }

    private TableCell<?, ?> sizeCell(String text) {
        return lookup(".table-cell").queryAllAs(TableCell.class).stream().filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + text));
    }

    private static List<String> codes(TableView<CohortRow> table) {
        return table.getItems().stream().map(CohortRow::code).toList();
    }

    private static List<String> columnTitles(TableView<CohortRow> table) {
        return table.getColumns().stream().map(c -> ((Label) c.getGraphic()).getText()).toList();
    }

    private List<String> texts(String query) {
        return lookup(query).queryAll().stream().filter(Node::isVisible).filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private String readSettings() {
        try {
            Path file = dir.resolve("settings.properties");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
