package org.cohortdesk.ui.roster;


import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.Tables;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.StageTest;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.cohort.CohortRow;
import org.cohortdesk.ui.cohort.CohortsView;
import org.cohortdesk.ui.cohort.CohortsViewModel;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A cohort page opened from the cohort list on a real data folder, in a real stage: what the
 * roster page tests share.
 */
abstract class RosterPageFixture extends StageTest {
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @TempDir
    Path dir;

    CohortsView cohorts;

    void show(Path folder, Language language) throws Exception {
        openWorkspace(folder);
        AppContext context = AppContext.create(workspace, language, tasks, "test", () -> stage);
        CohortsViewModel model = new CohortsViewModel(context.services().cohorts()::summaries, context.localization(), tasks,
                context.errors()::show);
        showInStage(language, () -> cohorts = new CohortsView(model, () -> context), model::load);
    }

    /** The eight cohorts of {@link UiFixtures}; LAO-2026-03 gets one more trainee, whose passport expires too soon. */
    static void prepare(Path folder) {
        try (Workspace w = UiFixtures.open(folder)) {
            UiFixtures.insertCohorts(w);
            UUID cohort = w.services().cohorts().summaries().stream().filter(s -> s.code().equals("LAO-2026-03")).findFirst().orElseThrow().id();
            Person p = new Person(UUID.randomUUID(), "ບຸນມີ ພົມມະຈັນ", "BOUNMY PHOMMACHANH", Sex.F, LocalDate.of(1988, 4, 12), "LA",
                    "Phó trưởng phòng", "Sở Nội vụ tỉnh Chăm-pa-sắc", null, "Chăm-pa-sắc", "P0200001", LocalDate.of(2026, 8, 1), null,
                    null, null, null, null, null, NOW, NOW, 0);
            Enrollment e = new Enrollment(UUID.randomUUID(), cohort, p.id(), EnrollmentStatus.ARRIVED, LocalDate.of(2026, 5, 3), "QV311",
                    LocalDate.of(2026, 5, 30), "QV312", "B204", null, null, null, null, null, NOW, NOW, 0);
            w.database().jdbi().useTransaction(h -> {
                Tables.PEOPLE.insert(h, p);
                Tables.ENROLLMENTS.insert(h, e);
            });
        }
    }

    /**
     * The cell showing {@code text} in the row of the trainee {@code nameLatin}, scrolled into view
     * first: the action row leaves a small test window room for only some of the rows.
     */
    Node cell(TableView<RosterRow> table, String nameLatin, String text) {
        interact(() -> table.scrollTo(table.getItems().stream().filter(r -> nameLatin.equals(r.nameLatin())).findFirst().orElseThrow()));
        TableRow<?> row = lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof RosterRow item && nameLatin.equals(item.nameLatin())).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + nameLatin));
        return from(row).lookup(".table-cell").queryAllAs(Labeled.class).stream().filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + text + " in the row of " + nameLatin));
    }

    Node cell(String text) {
        return lookup(".table-cell").queryAllAs(Labeled.class).stream().filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + text));
    }

    List<String> texts() {
        return lookup(".label").queryAll().stream().filter(Node::isVisible).filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).toList();
    }

    String readSettings() {
        try {
            Path file = dir.resolve("settings.properties");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static TableColumn<RosterRow, ?> column(TableView<RosterRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** Opens the cohort with this code from the list (which must show it). */
    TableView<RosterRow> openCohort(String code) throws Exception {
        TableView<CohortRow> list = lookup("#cohortTable").queryTableView();
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.code().equals(code)));
        doubleClickOn(cell(code));
        waitUntil(() -> lookup("#rosterTable").tryQuery().isPresent());
        TableView<RosterRow> roster = lookup("#rosterTable").queryTableView();
        waitUntil(() -> ((RosterView) roster.getParent()).model().loadedProperty().get());
        return roster;
    }
}
