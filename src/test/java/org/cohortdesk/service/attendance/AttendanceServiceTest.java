package org.cohortdesk.service.attendance;

import static org.cohortdesk.service.person.PeopleFixture.enrollment;
import static org.cohortdesk.service.person.PeopleFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.attendance.AttendanceService.Cell;
import org.cohortdesk.service.attendance.AttendanceService.Change;
import org.cohortdesk.service.attendance.AttendanceService.Key;
import org.cohortdesk.service.attendance.AttendanceService.Sheet;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marks entered on a real H2 file: stored, read back, all or nothing, never over someone else's. */
class AttendanceServiceTest {
    /** Wednesday 6 May 2026, 12:00 at the academy (UTC+7): Monday's to Wednesday's mornings have ended. */
    private static final Clock WEDNESDAY_NOON = Clock.fixed(LocalDateTime.of(2026, 5, 6, 12, 0).toInstant(ZoneOffset.ofHours(7)),
            ZoneOffset.ofHours(7));

    @TempDir
    Path dir;
    Database db;
    AttendanceService attendance;
    List<Session> sessions;
    Enrollment vilay;
    Enrollment anh;

    @BeforeEach
    void cohortWithAWeekOfMornings() {
        db = Database.open(new DataFolder(dir), LegacyH2.none());
        TestData data = new TestData().insertBasics(db.jdbi());
        Cohort cohort = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        Person p1 = person("Vilay Inthavong", "ວິໄລ ອິນທະວົງ", LocalDate.of(1985, 3, 7), "P1111111", LocalDate.of(2030, 1, 1), "MoHA");
        Person p2 = person("Nguyễn Thị Ánh", null, LocalDate.of(1990, 1, 1), null, null, "Học viện");
        vilay = enrollment(cohort.id(), p1.id(), EnrollmentStatus.ARRIVED);
        anh = enrollment(cohort.id(), p2.id(), EnrollmentStatus.ARRIVED);
        sessions = new java.util.ArrayList<>();
        for (int day = 0; day < 5; day++) {
            LocalDateTime start = LocalDateTime.of(2026, 5, 4 + day, 8, 0);
            sessions.add(new Session(UUID.randomUUID(), cohort.id(), null, SessionKind.LECTURE, "Lecture " + (day + 1), start, start.plusHours(3),
                    "A.201", null, TestData.NOW, TestData.NOW, 0));
        }
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insert(h, cohort);
            Tables.PEOPLE.insertAll(h, List.of(p1, p2));
            Tables.ENROLLMENTS.insertAll(h, List.of(vilay, anh));
            Tables.SESSIONS.insertAll(h, sessions);
        });
        attendance = new AttendanceService(db.jdbi(), new RosterService(db.jdbi()), new Audit(WEDNESDAY_NOON, "coordinator"), WEDNESDAY_NOON);
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
