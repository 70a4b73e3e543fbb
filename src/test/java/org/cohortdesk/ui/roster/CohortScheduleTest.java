package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.SessionResource;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.Tables;
import org.cohortdesk.ui.Screenshots;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.schedule.CohortSchedule;
import org.cohortdesk.ui.schedule.ConflictsPanel;
import org.cohortdesk.ui.schedule.ProposalRow;
import org.cohortdesk.ui.schedule.TimetableProposalDialog;
import org.junit.jupiter.api.Test;

/**
 * The Timetable menu on a cohort's page: proposing a timetable in the dialog (a booked room
 * avoided, a row removed, a mistyped time refused with nothing saved, then saved), and the
 * conflicts dialog listing a double booking.
 */
class CohortScheduleTest extends RosterPageFixture {
    static final String CODE = "LAO-2027-01";

    Resource room;

    /** The digital course gets two modules (14 h and 7 h); room P.301 is booked on Tuesday 2 March 2027 morning by LAO-2026-07. */
    void prepareTimetable() {
        prepare(dir);
        try (Workspace w = UiFixtures.open(dir)) {
            w.database().jdbi().useTransaction(h -> {
                Cohort cohort = h.attach(org.cohortdesk.store.CohortDao.class).findByCode(CODE).orElseThrow();
                Cohort other = h.attach(org.cohortdesk.store.CohortDao.class).findByCode("LAO-2026-07").orElseThrow();
                Tables.COURSE_MODULES.insertAll(h, List.of(
                        new CourseModule(UUID.randomUUID(), cohort.courseId(), 1, "Chính phủ số", "Digital government", "ລັດຖະບານດີຈີຕອນ", 14,
                                NOW, NOW, 0),
                        new CourseModule(UUID.randomUUID(), cohort.courseId(), 2, "An toàn thông tin", "Information security",
                                "ຄວາມປອດໄພຂໍ້ມູນ", 7, NOW, NOW, 0)));
                room = new Resource(UUID.randomUUID(), ResourceKind.ROOM, "P.301", 30, null, null, null, true, null, NOW, NOW, 0);
                Tables.RESOURCES.insert(h, room);
                Session booked = new Session(UUID.randomUUID(), other.id(), null, SessionKind.LECTURE, "Ôn tập",
                        LocalDateTime.of(2027, 3, 2, 8, 0), LocalDateTime.of(2027, 3, 2, 11, 30), null, null, NOW, NOW, 0);
                Tables.SESSIONS.insert(h, booked);
                Tables.SESSION_RESOURCES.insert(h, new SessionResource(UUID.randomUUID(), booked.id(), room.id(), NOW, NOW, 0));
            });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void proposesATimetableThenSavesItAsAdjusted() throws Exception {
        prepareTimetable();
        show(dir, Language.EN);
        openCohort(CODE);

        clickOn("#" + CohortSchedule.MENU_ID);
        clickOn("Propose timetable…");
        waitUntil(() -> lookup("#" + TimetableProposalDialog.ROOM_ID).tryQuery().isPresent());
        ComboBox<Resource> rooms = lookup("#" + TimetableProposalDialog.ROOM_ID).queryAs(ComboBox.class);
        waitUntil(() -> rooms.getItems().size() == 2);
        interact(() -> rooms.setValue(rooms.getItems().get(1)));
        clickOn("#" + TimetableProposalDialog.PROPOSE_ID);
        TableView<ProposalRow> table = lookup("#" + TimetableProposalDialog.TABLE_ID).queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());

        // 21 h in slots of 3.5 h: Monday both, Tuesday afternoon only (the room is taken in the morning), Wednesday both, Thursday morning
        List<String> starts = table.getItems().stream().map(r -> r.dateProperty().get() + " " + r.startProperty().get()).toList();
        assertEquals(List.of("01/03/2027 08:00", "01/03/2027 13:30", "02/03/2027 13:30", "03/03/2027 08:00", "03/03/2027 13:30",
                "04/03/2027 08:00"), starts);
        assertEquals("6 sessions, 21 hours.", lookup("#" + TimetableProposalDialog.SUMMARY_ID).queryAs(Label.class).getText());
        screenshot(table);

        interact(() -> table.getSelectionModel().clearAndSelect(5));
        clickOn("#" + TimetableProposalDialog.REMOVE_ID);
        waitUntil(() -> table.getItems().size() == 5);
        interact(() -> table.getItems().get(0).startProperty().set("25:99"));
        clickOn("#" + TimetableProposalDialog.SAVE_ID);
        Label error = lookup("#" + TimetableProposalDialog.ERROR_ID).queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertEquals("Row 1: 25:99 is not a time (HH:mm).", error.getText());
        assertEquals(0, sessionsOf(CODE));

        interact(() -> table.getItems().get(0).startProperty().set("8:30"));
        clickOn("#" + TimetableProposalDialog.SAVE_ID);
        waitUntil(() -> lookup("#" + TimetableProposalDialog.TABLE_ID).tryQuery().isEmpty());
        assertEquals(5, sessionsOf(CODE));
        assertEquals(5, (int) workspace.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM session_resources sr JOIN sessions s ON s.id = sr.session_id JOIN cohorts c ON c.id = s.cohort_id "
                        + "WHERE c.code = :code AND sr.resource_id = :room").bind("code", CODE).bind("room", room.id())
                .mapTo(Integer.class).one()));
        assertTrue(texts().stream().anyMatch(t -> t.contains("Saved 5 sessions for " + CODE)), texts().toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void conflictsListADoubleBookingOfTheCohort() throws Exception {
        prepareTimetable();
        try (Workspace w = UiFixtures.open(dir)) {
            w.database().jdbi().useTransaction(h -> {
                Cohort cohort = h.attach(org.cohortdesk.store.CohortDao.class).findByCode(CODE).orElseThrow();
                Session clash = new Session(UUID.randomUUID(), cohort.id(), null, SessionKind.EXAM, "Kiểm tra",
                        LocalDateTime.of(2027, 3, 2, 9, 0), LocalDateTime.of(2027, 3, 2, 10, 0), null, null, NOW, NOW, 0);
                Tables.SESSIONS.insert(h, clash);
                Tables.SESSION_RESOURCES.insert(h, new SessionResource(UUID.randomUUID(), clash.id(), room.id(), NOW, NOW, 0));
            });
        }
        show(dir, Language.VI);
        openCohort(CODE);

        clickOn("#" + CohortSchedule.MENU_ID);
        clickOn("Xung đột lịch…");
        waitUntil(() -> lookup("#" + ConflictsPanel.LIST_ID).tryQuery().isPresent());
        ListView<Object> list = lookup("#" + ConflictsPanel.LIST_ID).queryAs(ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
        assertEquals(1, list.getItems().size());
        assertEquals("1 lỗi, 0 cảnh báo.", lookup("#" + ConflictsPanel.SUMMARY_ID).queryAs(Label.class).getText());
        assertTrue(texts().stream().noneMatch(t -> t.startsWith("[")), texts().toString());
    }

    private int sessionsOf(String code) {
        return workspace.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM sessions s JOIN cohorts c ON c.id = s.cohort_id WHERE c.code = :code").bind("code", code)
                .mapTo(Integer.class).one());
    }

    /** The dialog as docs/images/timetable-proposal-en.png, when asked with -Dcohortdesk.screenshots=docs/images. */
    private static void screenshot(TableView<?> inDialog) throws Exception {
        String target = System.getProperty("cohortdesk.screenshots");
        if (target == null || target.isBlank()) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(target).toAbsolutePath());
        Screenshots.save(inDialog.getScene().getWindow(), dir.resolve("timetable-proposal-en.png"));
    }
}
