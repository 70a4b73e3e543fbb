package org.cohortdesk.service.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.attendance.AttendanceService.Cell;
import org.cohortdesk.service.attendance.AttendanceService.Change;
import org.cohortdesk.service.attendance.AttendanceService.Key;
import org.cohortdesk.service.attendance.AttendanceService.Sheet;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marks entered on a real H2 file: stored, read back, all or nothing, never over someone else's. */
class AttendanceServiceTest {
    @TempDir
    Path dir;
    Database db;
    AttendanceService attendance;
    List<Session> sessions;
    Enrollment vilay;
    Enrollment anh;

    @BeforeEach
    void cohortWithAWeekOfMornings() {
        db = TestDatabases.open(dir);
        AttendanceFixture f = AttendanceFixture.insert(db, 5);
        attendance = f.service();
        sessions = f.sessions();
        vilay = f.vilay();
        anh = f.anh();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Key key(Enrollment e, int session) {
        return new Key(e.id(), sessions.get(session).id());
    }

    @Test
    void marksAreStoredAndReadBackWithEachTraineesRateToDate() {
        attendance.mark("LAO-2026-05", List.of(new Change(key(vilay, 0), Mark.PRESENT, null), new Change(key(vilay, 1), Mark.LATE, null),
                new Change(key(vilay, 2), Mark.ABSENT, null), new Change(key(anh, 0), Mark.EXCUSED, null)));

        Sheet sheet = attendance.sheet("LAO-2026-05");
        assertEquals(5, sheet.sessions().size());
        assertEquals(80, sheet.threshold());
        assertEquals(Mark.LATE, sheet.marks().get(key(vilay, 1)).mark());
        assertEquals(4, sheet.marks().size());
        assertEquals(66, sheet.tally(vilay.id()).rate(), "2 of the 3 mornings ended by Wednesday noon");
        assertEquals(0, sheet.tally(anh.id()).rate());
        long bulk = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a AND entity = 'attendance'")
                .bind("a", AuditAction.BULK.name()).mapTo(Long.class).one());
        assertEquals(1, bulk, "one audit entry for one save");
    }

    @Test
    void aMarkIsChangedAndClearedAgainstTheVersionItWasReadAt() {
        Map<Key, Cell> first = attendance.mark("LAO-2026-05", List.of(new Change(key(vilay, 0), Mark.ABSENT, null)));
        Cell stored = first.get(key(vilay, 0));
        Map<Key, Cell> second = attendance.mark("LAO-2026-05", List.of(new Change(key(vilay, 0), Mark.PRESENT, stored)));
        assertEquals(new Cell(stored.id(), Mark.PRESENT, 1), second.get(key(vilay, 0)));
        assertEquals(Mark.PRESENT, attendance.sheet("LAO-2026-05").marks().get(key(vilay, 0)).mark());

        assertThrows(StaleEditException.class, () -> attendance.mark("LAO-2026-05", List.of(new Change(key(vilay, 0), null, stored))),
                "the version read first is gone");
        Map<Key, Cell> cleared = attendance.mark("LAO-2026-05", List.of(new Change(key(vilay, 0), null, second.get(key(vilay, 0)))));
        assertNull(cleared.get(key(vilay, 0)));
        assertEquals(Map.of(), attendance.sheet("LAO-2026-05").marks());
    }

    @Test
    void oneStaleCellRefusesTheWholeSaveAndNothingChanges() {
        attendance.mark("LAO-2026-05", List.of(new Change(key(anh, 1), Mark.PRESENT, null)));
        // Another coordinator's screen still shows Ánh's Tuesday as empty, and enters a row of marks.
        List<Change> row = Arrays.asList(new Change(key(anh, 0), Mark.PRESENT, null), new Change(key(anh, 1), Mark.ABSENT, null),
                new Change(key(anh, 2), Mark.PRESENT, null));
        StaleEditException refused = assertThrows(StaleEditException.class, () -> attendance.mark("LAO-2026-05", row));
        assertEquals("error.stale.changed", refused.problem().key());
        Sheet sheet = attendance.sheet("LAO-2026-05");
        assertEquals(1, sheet.marks().size(), "Monday and Wednesday were not saved either");
        assertEquals(Mark.PRESENT, sheet.marks().get(key(anh, 1)).mark());
    }
}
