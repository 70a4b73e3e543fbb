package org.cohortdesk.service.person;

import static org.cohortdesk.service.person.PeopleFixture.enrollment;
import static org.cohortdesk.service.person.PeopleFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.AuditEntry;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonMergeTest {
    @TempDir
    Path dir;

    Database db;
    PersonMerge merge;
    Cohort older;
    Cohort shared;
    Cohort newer;
    Session s1;
    Session s2;
    Session s3;
    final Person somsak = person("Somsak Phommachanh", "ສົມສັກ ພົມມະຈັນ", LocalDate.of(1984, 2, 17), "P1234567", null, "Ministry of Home Affairs");
    final Person again = new Person(UUID.randomUUID(), null, "PHOMMACHANH Somsak", null, LocalDate.of(1984, 2, 17), "LA", null, null, null,
            null, null, null, "+856 20 5555 1234", "somsak@example.la", null, null, null, null, TestData.NOW, TestData.NOW, 0);
    Enrollment keptInShared;
    Enrollment droppedInShared;
    Enrollment droppedInOlder;
    Enrollment keptInNewer;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        merge = new PersonMerge(db.jdbi(), new Audit(Clock.fixed(TestData.NOW, ZoneOffset.UTC), "coordinator"),
                Clock.fixed(TestData.NOW, ZoneOffset.UTC));
        TestData data = new TestData().insertBasics(db.jdbi());
        older = data.cohort("LAO-2022-01", LocalDate.of(2022, 3, 7), LocalDate.of(2022, 4, 29));
        shared = data.cohort("LAO-2024-02", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 26));
        newer = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        s1 = session(shared, 5);
        s2 = session(shared, 6);
        s3 = session(shared, 7);
        Session inOlder = session(older, 8);
        keptInShared = enrollment(shared.id(), somsak.id(), EnrollmentStatus.COMPLETED);
        droppedInShared = withRoom(enrollment(shared.id(), again.id(), EnrollmentStatus.CONFIRMED), "B-204");
        droppedInOlder = enrollment(older.id(), again.id(), EnrollmentStatus.COMPLETED);
        keptInNewer = enrollment(newer.id(), somsak.id(), EnrollmentStatus.CONFIRMED);
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insertAll(h, List.of(older, shared, newer));
            Tables.SESSIONS.insertAll(h, List.of(s1, s2, s3, inOlder));
            Tables.PEOPLE.insertAll(h, List.of(somsak, again));
            Tables.ENROLLMENTS.insertAll(h, List.of(keptInShared, droppedInShared, droppedInOlder, keptInNewer));
            Tables.ATTENDANCE.insertAll(h, List.of(
                    mark(keptInShared, s1, Mark.PRESENT),
                    mark(droppedInShared, s1, Mark.ABSENT),
                    mark(droppedInShared, s2, Mark.LATE),
                    mark(keptInShared, s3, Mark.EXCUSED),
                    mark(droppedInOlder, inOlder, Mark.PRESENT)));
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void movesEveryEnrollmentAndEveryMarkTheKeptPersonLacks() {
        PersonMerge.Result result = merge.merge(somsak.id(), 0, again.id(), 0);
        assertEquals(1, result.enrollmentsMoved());
        assertEquals(1, result.enrollmentsJoined());
        assertEquals(1, result.marksMoved());
        assertEquals(1, result.marksDropped());

        assertEquals(0, count("SELECT COUNT(*) FROM people WHERE id = '" + again.id() + "'"));
        List<Enrollment> enrollments = db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM enrollments WHERE person_id = :p")
                .bind("p", somsak.id()).mapTo(Enrollment.class).list());
        assertEquals(Map.of(older.id(), droppedInOlder.id(), shared.id(), keptInShared.id(), newer.id(), keptInNewer.id()),
                enrollments.stream().collect(Collectors.toMap(Enrollment::cohortId, Enrollment::id)));
        Enrollment sharedNow = enrollments.stream().filter(e -> e.cohortId().equals(shared.id())).findFirst().orElseThrow();
        assertEquals(EnrollmentStatus.COMPLETED, sharedNow.status(), "the kept enrollment's status stays");
        assertEquals("B-204", sharedNow.room(), "its empty fields are filled from the dropped one");

        assertEquals(Map.of(s1.id(), Mark.PRESENT, s2.id(), Mark.LATE, s3.id(), Mark.EXCUSED), marks(keptInShared.id()),
                "the kept marks stay; the one the kept lacked moved");
        assertEquals(1, marks(droppedInOlder.id()).size(), "marks of a moved enrollment stay with it");
        assertEquals(0, count("SELECT COUNT(*) FROM enrollments WHERE id = '" + droppedInShared.id() + "'"));
        assertEquals(4, count("SELECT COUNT(*) FROM attendance"));
    }

    @Test
    void fillsTheKeptPersonsEmptyFieldsAndKeepsTheRest() {
        Person kept = merge.merge(somsak.id(), 0, again.id(), 0).kept();
        assertEquals("Somsak Phommachanh", kept.nameLatin());
        assertEquals("P1234567", kept.passportNo());
        assertEquals("Ministry of Home Affairs", kept.agency());
        assertEquals("+856 20 5555 1234", kept.phone());
        assertEquals("somsak@example.la", kept.email());
        assertEquals(1, kept.version());
    }

    @Test
    void keepingTheOtherRecordWorksTheSameWay() {
        PersonMerge.Result result = merge.merge(again.id(), 0, somsak.id(), 0);
        assertEquals(1, result.enrollmentsMoved());
        assertEquals(Map.of(s1.id(), Mark.ABSENT, s2.id(), Mark.LATE, s3.id(), Mark.EXCUSED), marks(droppedInShared.id()));
        assertEquals("ສົມສັກ ພົມມະຈັນ", result.kept().nameLocal());
        assertEquals("PHOMMACHANH Somsak", result.kept().nameLatin());
        assertEquals(3, count("SELECT COUNT(*) FROM enrollments"));
    }

    @Test
    void refusesStaleVersionsAndChangesNothing() {
        db.jdbi().useHandle(h -> h.execute("UPDATE people SET version = 1, notes = 'edited elsewhere' WHERE id = ?", again.id()));
        assertThrows(StaleEditException.class, () -> merge.merge(somsak.id(), 0, again.id(), 0));
        assertThrows(StaleEditException.class, () -> merge.merge(again.id(), 0, somsak.id(), 0));
        assertThrows(StaleEditException.class, () -> merge.merge(somsak.id(), 0, UUID.randomUUID(), 0));
        assertEquals(2, count("SELECT COUNT(*) FROM people"));
        assertEquals(4, count("SELECT COUNT(*) FROM enrollments"));
        assertEquals(5, count("SELECT COUNT(*) FROM attendance"));
        assertEquals(2, marks(droppedInShared.id()).size());
        assertEquals(0, count("SELECT COUNT(*) FROM audit_log"));
        assertNull(db.jdbi().withHandle(h -> Tables.PEOPLE.find(h, somsak.id()).orElseThrow().phone()));
    }

    @Test
    void refusesMergingARecordWithItself() {
        ProblemException refused = assertThrows(ProblemException.class, () -> merge.merge(somsak.id(), 0, somsak.id(), 0));
        assertEquals("error.person.merge_same", refused.problem().key());
    }

    @Test
    void writesOneAuditEntryNamingBothAndTheCounts() {
        merge.merge(somsak.id(), 0, again.id(), 0);
        List<AuditEntry> log = db.jdbi().withHandle(h -> Tables.AUDIT_LOG.all(h, "occurred_at"));
        assertEquals(1, log.size());
        AuditEntry entry = log.get(0);
        assertEquals(AuditAction.MERGE, entry.action());
        assertEquals("person", entry.entity());
        assertEquals(somsak.id(), entry.entityId());
        assertEquals("coordinator", entry.actor());
        for (String part : List.of(somsak.id().toString(), again.id().toString(), "Somsak Phommachanh", "PHOMMACHANH Somsak",
                "1 enrollments moved", "1 marks moved")) {
            assertTrue(entry.details().contains(part), entry.details());
        }
    }

    private int count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private Map<UUID, Mark> marks(UUID enrollmentId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT * FROM attendance WHERE enrollment_id = :e").bind("e", enrollmentId)
                .mapTo(Attendance.class).list()).stream().collect(Collectors.toMap(Attendance::sessionId, Attendance::mark));
    }

    private static Session session(Cohort cohort, int day) {
        LocalDateTime start = cohort.startsOn().plusDays(day).atTime(8, 0);
        return new Session(UUID.randomUUID(), cohort.id(), null, SessionKind.LECTURE, "Lecture " + day, start, start.plusHours(3), null, null,
                TestData.NOW, TestData.NOW, 0);
    }

    private static Attendance mark(Enrollment e, Session s, Mark mark) {
        return new Attendance(UUID.randomUUID(), e.id(), s.id(), mark, null, TestData.NOW, TestData.NOW, 0);
    }

    private static Enrollment withRoom(Enrollment e, String room) {
        return new Enrollment(e.id(), e.cohortId(), e.personId(), e.status(), e.arrivalOn(), e.arrivalFlight(), e.departureOn(),
                e.departureFlight(), room, e.visaNo(), e.visaExpiry(), e.withdrawnOn(), e.withdrawalReason(), e.notes(), e.createdAt(),
                e.updatedAt(), e.version());
    }
}
