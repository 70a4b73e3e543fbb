package org.cohortdesk.service.enrollment;

import static org.cohortdesk.service.person.PeopleFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Attendance;
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
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.person.PersonService;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrollmentServiceTest {
    @TempDir
    Path dir;

    Database db;
    EnrollmentService enrollments;
    Cohort may;
    Cohort june;
    final Person vilay = person("Vilay Inthavong", "ວິໄລ ອິນທະວົງ", LocalDate.of(1986, 3, 3), "P1111111", LocalDate.of(2031, 1, 1), "MoHA");

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        Clock clock = Clock.fixed(TestData.NOW, ZoneOffset.UTC);
        Audit audit = new Audit(clock, "coordinator");
        enrollments = new EnrollmentService(db.jdbi(), new PersonService(db.jdbi(), audit, clock), audit, clock);
        TestData data = new TestData().insertBasics(db.jdbi());
        may = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        june = data.cohort("LAO-2026-06", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 24));
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insertAll(h, List.of(may, june));
            Tables.PEOPLE.insert(h, vilay);
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void enrollsOnceAndMovesThroughTheSteps() {
        Enrollment e = enrollments.enroll(may.id(), vilay.id());
        assertEquals(EnrollmentStatus.NOMINATED, e.status());
        ProblemException twice = assertThrows(ProblemException.class, () -> enrollments.enroll(may.id(), vilay.id()));
        assertEquals("error.constraint.uq_enrollments_cohort_person", twice.problem().key());

        Enrollment confirmed = enrollments.update(withStatus(e, EnrollmentStatus.CONFIRMED));
        assertEquals(EnrollmentStatus.CONFIRMED, confirmed.status());
        assertEquals(1, confirmed.version());
        ProblemException skip = assertThrows(ProblemException.class, () -> enrollments.update(withStatus(confirmed, EnrollmentStatus.COMPLETED)));
        assertEquals("error.enrollment.transition", skip.problem().key());
        assertThrows(StaleEditException.class, () -> enrollments.update(withStatus(e, EnrollmentStatus.CONFIRMED)), "edited from version 0");
        assertEquals(List.of("CREATE", "UPDATE"), auditActions());
    }

    @Test
    void withdrawalKeepsTheEnrollmentAndItsAttendance() {
        Enrollment e = enrollments.enroll(may.id(), vilay.id());
        mark(e);
        Enrollment withdrawn = enrollments.withdraw(e.id(), e.version(), LocalDate.of(2026, 5, 20), "recalled by the ministry");
        assertEquals(EnrollmentStatus.WITHDRAWN, withdrawn.status());
        assertEquals("recalled by the ministry", withdrawn.withdrawalReason());
        assertEquals(1, count("SELECT COUNT(*) FROM attendance"));

        ProblemException remove = assertThrows(ProblemException.class, () -> enrollments.remove(e.id(), withdrawn.version()));
        assertEquals("error.enrollment.has_attendance", remove.problem().key());
        ProblemException move = assertThrows(ProblemException.class, () -> enrollments.move(e.id(), withdrawn.version(), june.id()));
        assertEquals("error.enrollment.has_attendance", move.problem().key());
        assertEquals(1, count("SELECT COUNT(*) FROM enrollments"));
    }

    @Test
    void movesAndRemovesOnlyWithoutAttendanceAndOnlyFromCurrentData() {
        Enrollment e = enrollments.enroll(may.id(), vilay.id());
        assertThrows(StaleEditException.class, () -> enrollments.move(e.id(), e.version() + 1, june.id()));
        Enrollment moved = enrollments.move(e.id(), e.version(), june.id());
        assertEquals(june.id(), moved.cohortId());
        assertEquals(e.id(), moved.id(), "the same enrollment, so exchanges between institutions still match it");
        assertThrows(StaleEditException.class, () -> enrollments.remove(e.id(), e.version()));
        enrollments.remove(e.id(), moved.version());
        assertEquals(0, count("SELECT COUNT(*) FROM enrollments"));
        assertTrue(auditActions().contains("DELETE"));
    }

    @Test
    void addsANewTraineeWithPersonAndEnrollmentTogetherOrNotAtAll() {
        Trainee draft = TraineeDraft.blank(may.id()).set(TraineeField.NAME_LATIN, "Khamla Sysomphone").set(TraineeField.NAME_LOCAL, "ຄຳລາ ສີສົມພອນ")
                .set(TraineeField.ROOM, "B204").read().trainee();
        Trainee added = enrollments.addNew(draft);
        assertEquals(EnrollmentStatus.NOMINATED, added.enrollment().status());
        assertEquals("B204", added.enrollment().room());
        assertEquals(added.person().id(), added.enrollment().personId());
        assertEquals(2, count("SELECT COUNT(*) FROM people"));

        Trainee nameless = new Trainee(TraineeDraft.blank(may.id()).base().person(), draft.enrollment());
        assertThrows(ProblemException.class, () -> enrollments.addNew(nameless));
        assertEquals(2, count("SELECT COUNT(*) FROM people"));
        assertEquals(1, count("SELECT COUNT(*) FROM enrollments"));
    }

    @Test
    void savesPersonAndEnrollmentInOneTransactionAndRefusesAStaleHalf() {
        Trainee added = enrollments.addNew(TraineeDraft.blank(may.id()).set(TraineeField.NAME_LATIN, "Khamla Sysomphone").read().trainee());
        Trainee edited = TraineeDraft.of(added).set(TraineeField.AGENCY, "Bộ Nội vụ").set(TraineeField.ROOM, "A101").read().trainee();
        Trainee saved = enrollments.save(edited.person(), edited.enrollment());
        assertEquals("Bộ Nội vụ", saved.person().agency());
        assertEquals("A101", saved.enrollment().room());
        assertEquals(1, saved.person().version());

        Trainee stale = TraineeDraft.of(new Trainee(saved.person(), added.enrollment())).set(TraineeField.AGENCY, "MoHA")
                .set(TraineeField.ROOM, "C9").read().trainee();
        assertThrows(StaleEditException.class, () -> enrollments.save(stale.person(), stale.enrollment()));
        assertEquals("Bộ Nội vụ", db.jdbi().withHandle(h -> Tables.PEOPLE.find(h, added.person().id())).orElseThrow().agency(),
                "the person is not written when the enrollment is stale");

        Trainee unchanged = enrollments.save(saved.person(), saved.enrollment());
        assertEquals(saved, unchanged, "saving what is stored writes nothing");
    }

    @Test
    void retractsAnAddedTraineeAndReinstatesAWithdrawnOne() {
        Trainee added = enrollments.addNew(TraineeDraft.blank(may.id()).set(TraineeField.NAME_LATIN, "Khamla Sysomphone").read().trainee());
        enrollments.retract(added.enrollment().id(), added.enrollment().version(), true);
        assertEquals(1, count("SELECT COUNT(*) FROM people"));
        assertEquals(0, count("SELECT COUNT(*) FROM enrollments"));

        Enrollment e = enrollments.update(withStatus(enrollments.enroll(may.id(), vilay.id()), EnrollmentStatus.CONFIRMED));
        enrollments.enroll(june.id(), vilay.id());
        ProblemException elsewhere = assertThrows(ProblemException.class, () -> enrollments.retract(e.id(), e.version(), true));
        assertEquals("error.person.enrolled", elsewhere.problem().key());
        assertEquals(2, count("SELECT COUNT(*) FROM enrollments"), "nothing removed when the person cannot go");

        Enrollment withdrawn = enrollments.withdraw(e.id(), e.version(), LocalDate.of(2026, 5, 10), "ill");
        Enrollment back = enrollments.reinstate(e.id(), withdrawn.version(), EnrollmentStatus.CONFIRMED);
        assertEquals(EnrollmentStatus.CONFIRMED, back.status());
        assertEquals(null, back.withdrawnOn());
        assertEquals(null, back.withdrawalReason());
        assertThrows(StaleEditException.class, () -> enrollments.reinstate(e.id(), withdrawn.version(), EnrollmentStatus.CONFIRMED));

        Enrollment again = enrollments.withdraw(e.id(), back.version(), LocalDate.of(2026, 5, 12), "ill again");
        Enrollment nominated = enrollments.update(withStatus(again, EnrollmentStatus.NOMINATED));
        assertEquals(null, nominated.withdrawnOn(), "a status step back from withdrawn clears the withdrawal too");
        assertEquals(null, nominated.withdrawalReason());
    }

    private void mark(Enrollment e) {
        Session s = new Session(UUID.randomUUID(), may.id(), null, SessionKind.LECTURE, "Opening lecture", LocalDateTime.of(2026, 5, 4, 8, 0),
                LocalDateTime.of(2026, 5, 4, 11, 30), null, null, TestData.NOW, TestData.NOW, 0);
        db.jdbi().useTransaction(h -> {
            Tables.SESSIONS.insert(h, s);
            Tables.ATTENDANCE.insert(h, new Attendance(UUID.randomUUID(), e.id(), s.id(), Mark.PRESENT, null, TestData.NOW, TestData.NOW, 0));
        });
    }

    private int count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private List<String> auditActions() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT action FROM audit_log WHERE entity = 'enrollment' ORDER BY occurred_at, action")
                .mapTo(String.class).list());
    }

    private static Enrollment withStatus(Enrollment e, EnrollmentStatus status) {
        return new Enrollment(e.id(), e.cohortId(), e.personId(), status, e.arrivalOn(), e.arrivalFlight(), e.departureOn(),
                e.departureFlight(), e.room(), e.visaNo(), e.visaExpiry(), e.withdrawnOn(), e.withdrawalReason(), e.notes(),
                e.createdAt(), e.updatedAt(), e.version());
    }
}
