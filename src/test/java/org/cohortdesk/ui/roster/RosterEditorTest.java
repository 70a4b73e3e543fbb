package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.enrollment.TraineeField;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.store.Tables;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster's undo history over a real database: several changes of one trainee, a move, and history dropped on refusal. */
class RosterEditorTest {
    @TempDir
    Path dir;

    Workspace workspace;
    RosterEditor editor;
    final List<String> said = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();
    int reads;

    @BeforeEach
    void open() {
        workspace = UiFixtures.open(dir);
        UiFixtures.insertCohorts(workspace);
        editor = new RosterEditor(workspace.services().enrollments(), new Localization(Language.EN), TaskRunner.sameThread(),
                failures::add, said::add, () -> reads++);
    }

    @AfterEach
    void close() {
        workspace.close();
        assertEquals(List.of(), failures);
    }

    Trainee trainee(String code, String nameLatin) {
        RosterService.Line line = workspace.services().rosters().roster(code).lines().stream()
                .filter(l -> l.person().nameLatin().equals(nameLatin)).findFirst().orElseThrow();
        return new Trainee(line.person(), line.enrollment());
    }

    @Test
    void undoesSeveralChangesOfOneTraineeInTurnAndRedoes() {
        assertTrue(editor.edit(trainee("LAO-2026-03", "SOMSACK 4"), TraineeField.ROOM, "A101"));
        assertTrue(editor.edit(trainee("LAO-2026-03", "SOMSACK 4"), TraineeField.PROVINCE, "Luang Prabang"));
        assertTrue(editor.edit(trainee("LAO-2026-03", "SOMSACK 4"), TraineeField.STATUS, "ARRIVED"));
        assertEquals("Saved: Status of SOMSACK 4.", said.get(said.size() - 1));
        assertEquals(3, reads, "the roster is read again after each change");

        editor.undo();
        editor.undo();
        Trainee t = trainee("LAO-2026-03", "SOMSACK 4");
        assertEquals("A101", t.enrollment().room());
        assertEquals("Vientiane", t.person().province());
        assertEquals("CONFIRMED", t.enrollment().status().name());
        editor.redo();
        assertEquals("Luang Prabang", trainee("LAO-2026-03", "SOMSACK 4").person().province());
        assertTrue(editor.canUndoProperty().get());
        assertTrue(editor.canRedoProperty().get());
    }

    @Test
    void refusesUnreadableTextAtOnceAndSavesNothing() {
        assertFalse(editor.edit(trainee("LAO-2026-03", "SOMSACK 4"), TraineeField.PASSPORT_EXPIRY, "next year"));
        assertEquals("Passport expiry: \"next year\" is not a date. Write it as day/month/year, for example 31/12/1990.", said.get(0));
        assertEquals(0, reads);
        assertFalse(editor.canUndoProperty().get());
    }

    @Test
    void movesToAnotherCohortAndBack() {
        Trainee t = trainee("LAO-2026-03", "SOMSACK 5");
        UUID target = workspace.services().cohorts().summaries().stream().filter(c -> c.code().equals("LAO-2026-07")).findFirst()
                .orElseThrow().id();
        editor.move(t, target, "LAO-2026-07");
        assertEquals(target, enrollment(t).cohortId());
        assertEquals("Saved: move of SOMSACK 5 to LAO-2026-07.", said.get(0));
        editor.undo();
        assertEquals(t.enrollment().cohortId(), enrollment(t).cohortId());
    }

    @Test
    void forgetsTheHistoryWhenSomeoneElseChangedTheTrainee() {
        Trainee t = trainee("LAO-2026-03", "SOMSACK 6");
        editor.edit(t, TraineeField.ROOM, "C1");
        workspace.services().enrollments().save(TraineeDraftOf.room(trainee("LAO-2026-03", "SOMSACK 6"), "C2"));
        editor.undo();
        assertTrue(said.get(said.size() - 1).startsWith("Someone else changed this trainee (SOMSACK 6)"), said.toString());
        assertEquals("C2", enrollment(t).room(), "the other edit stays");
        assertFalse(editor.canUndoProperty().get());
        assertFalse(editor.canRedoProperty().get());
    }

    @Test
    void aChangeMadeWhileAnotherIsSavedWaitsItsTurnAndIsNotLost() {
        java.util.ArrayDeque<Runnable> work = new java.util.ArrayDeque<>();
        RosterEditor slow = new RosterEditor(workspace.services().enrollments(), new Localization(Language.EN),
                new TaskRunner(work::add, Runnable::run), failures::add, said::add, () -> reads++);
        Trainee t = trainee("LAO-2026-03", "SOMSACK 7");
        assertTrue(slow.edit(t, TraineeField.ROOM, "B1"));
        assertTrue(slow.busyProperty().get(), "the room is being saved");
        Trainee other = trainee("LAO-2026-03", "SOMSACK 8");
        slow.save(other, org.cohortdesk.service.enrollment.TraineeDraft.of(other).set(TraineeField.PROVINCE, "Savannakhet").read().trainee());
        while (!work.isEmpty()) {
            work.poll().run();
        }
        assertEquals("B1", enrollment(t).room());
        assertEquals("Savannakhet", trainee("LAO-2026-03", "SOMSACK 8").person().province(), "the form saved while busy was kept");
        assertEquals(1, reads, "the roster is read once, after both");
    }

    private Enrollment enrollment(Trainee t) {
        return workspace.database().jdbi().withHandle(h -> Tables.ENROLLMENTS.find(h, t.enrollment().id())).orElseThrow();
    }

    /** Someone else's edit, made outside the editor. */
    private static final class TraineeDraftOf {
        static Trainee room(Trainee t, String room) {
            return org.cohortdesk.service.enrollment.TraineeDraft.of(t).set(TraineeField.ROOM, room).read().trainee();
        }
    }
}
