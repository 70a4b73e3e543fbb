package org.cohortdesk.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.exchange.ExchangeService;
import org.cohortdesk.service.exchange.FieldLabels;
import org.cohortdesk.store.Tables;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The resolver in Vietnamese with a row deleted at the academy and changed at the partner
 * institution (two real H2 files, real packages): the fields carry the trainee form's labels, the
 * other side reads "Đã xóa tại <the academy> ngày …", one tick takes their side for the whole row, and resolving
 * deletes the enrollment here.
 */
class DeletionConflictDialogTest extends FxRobot {
    static final String CODE = "LAO-2026-08";

    @TempDir
    Path dir;
    TwoInstitutions two;
    ExchangeService partner;
    UUID enrollment;
    TaskRunner tasks;
    Dialog<ButtonType> dialog;

    @BeforeEach
    void deletedAtTheAcademyChangedAtThePartner() throws Exception {
        two = new TwoInstitutions(dir, CODE, "Bounmy Phommachanh", "+856 20 5", "bounmy@moha.gov.la");
        ExchangeService academy = two.academy();
        partner = two.partner();
        partner.importPackage(academy.export(CODE, dir.resolve("first.cohortdesk")).file(), false);
        enrollment = two.academyDb.jdbi().withHandle(h -> h.createQuery("SELECT id FROM enrollments").mapTo(UUID.class).one());
        two.partnerDb.jdbi().useHandle(h -> h.execute("UPDATE enrollments SET room = 'B-204', version = version + 1 WHERE id = ?", enrollment));
        two.academyDb.jdbi().useTransaction(h -> {
            int version = h.createQuery("SELECT version FROM enrollments WHERE id = :id").bind("id", enrollment).mapTo(Integer.class).one();
            assertTrue(Tables.ENROLLMENTS.delete(h, enrollment, version));
        });
        assertEquals(1, partner.importPackage(academy.export(CODE, dir.resolve("second.cohortdesk")).file(), false).conflicts().size());

        tasks = TaskRunner.background(FxThread.started());
        ConflictsViewModel model = new ConflictsViewModel(partner::conflicts, partner::resolve, new Localization(Language.VI), tasks,
                e -> { throw new AssertionError(e); });
        FxToolkit.setupFixture(() -> {
            dialog = ConflictsDialog.show(model, null);
        });
        ConflictsDialogTest.waitUntil(() -> list().getItems().size() == 1 && checkBoxes().size() >= 2);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> dialog.close());
        tasks.close();
        two.close();
    }

    ListView<ExchangeService.Conflict> list() {
        return ConflictsDialogTest.list(this);
    }

    List<CheckBox> checkBoxes() {
        return ConflictsDialogTest.fieldCheckBoxes(this);
    }

    List<String> cellTexts() {
        return ConflictsDialogTest.fieldCells(this).map(Labeled::getText).toList();
    }

    int enrollmentsAtThePartner() {
        return two.partnerDb.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM enrollments WHERE id = :id").bind("id", enrollment)
                .mapTo(Integer.class).one());
    }

    @Test
    void theDeletionReadsInVietnameseAndTakingTheirsDeletesTheRow() throws Exception {
        String deletion = lookup("#" + ConflictsDialog.DELETION_ID).queryAs(Label.class).getText();
        assertTrue(deletion.startsWith("Đã xóa tại " + FieldLabels.peer(list().getItems().get(0)) + " ngày "), deletion);
        List<String> cells = cellTexts();
        assertTrue(cells.contains("Phòng"), "the trainee form's label, not room: " + cells);
        assertTrue(cells.contains("B-204"), "the value here: " + cells);
        assertTrue(cells.stream().noneMatch(t -> "room".equals(t) || "status".equals(t)), "no raw column names: " + cells);

        clickOn(checkBoxes().get(0));
        ConflictsDialogTest.waitUntil(() -> checkBoxes().stream().allMatch(CheckBox::isSelected));
        clickOn("#" + ConflictsDialog.RESOLVE_ID);
        ConflictsDialogTest.waitUntil(() -> list().getItems().isEmpty());

        assertEquals(0, enrollmentsAtThePartner(), "deleted here, as at the academy");
        assertEquals(List.of(), partner.conflicts());
    }
}
