package org.cohortdesk.service.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.person.PeopleFixture;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log read per person and per cohort: who is the OS user, newest first, the details in the reader's words. */
class AuditLogTest {
    @TempDir
    Path dir;

    /** A clock that moves one minute each time it is read, so that entries have an order. */
    private static Clock ticking() {
        return new Clock() {
            private Instant now = TestData.NOW;

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                now = now.plusSeconds(60);
                return now;
            }
        };
    }

    @Test
    void showsWhoDidWhatToAPersonAndToACohort() {
        try (Database db = Database.open(new DataFolder(dir), LegacyH2.none())) {
            TestData data = new TestData().insertBasics(db.jdbi());
            Services services = Services.over(db.jdbi(), ticking());
            Cohort first = services.cohorts().create(data.cohort("LAO-2026_01", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 24)));
            Cohort second = services.cohorts().create(data.cohort("LAO-2026-02", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26)));
            Person vilay = services.people().create(PeopleFixture.person("Vilay Inthavong", "ວິໄລ ອິນທະວົງ", LocalDate.of(1985, 2, 1), "P1", null, "MoHA"));
            Person other = services.people().create(PeopleFixture.person("Bounmy Vongsa", null, LocalDate.of(1979, 1, 1), "P2", null, "MoHA"));
            services.people().update(new Person(vilay.id(), vilay.nameLocal(), vilay.nameLatin(), vilay.sex(), vilay.birthDate(),
                    vilay.nationality(), vilay.jobTitle(), vilay.agency(), vilay.partnerId(), vilay.province(), "P9", vilay.passportExpiry(),
                    "020 5555 1234", vilay.email(), vilay.dietaryNotes(), vilay.healthNotes(), vilay.emergencyContact(), vilay.notes(),
                    vilay.createdAt(), vilay.updatedAt(), vilay.version()));
            Enrollment in = services.enrollments().enroll(first.id(), vilay.id());
            services.enrollments().enroll(second.id(), other.id());
            Enrollment moved = services.enrollments().move(in.id(), in.version(), second.id());
            services.enrollments().withdraw(moved.id(), moved.version(), LocalDate.of(2026, 5, 10), "ốm");

            Localization vi = new Localization(Language.VI);
            List<AuditLog.Line> person = services.auditLog().ofPerson(vilay.id());
            assertEquals(List.of("Học viên rút lui ngày 2026-05-10: ốm", "Chuyển từ lớp LAO-2026_01 sang lớp LAO-2026-02",
                    "Ghi danh vào lớp LAO-2026_01", "Vilay Inthavong: đã sửa Số hộ chiếu, Điện thoại", "Vilay Inthavong"),
                    person.stream().map(l -> vi.tr(l.what())).toList(), "field names, never their values (no passport number in the log)");
            assertEquals(List.of(AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.CREATE, AuditAction.UPDATE, AuditAction.CREATE),
                    person.stream().map(AuditLog.Line::action).toList());
            assertTrue(person.stream().allMatch(l -> l.who().equals(System.getProperty("user.name"))), "who: the operating-system user");
            assertTrue(person.get(0).at().isAfter(person.get(4).at()), "newest first");

            List<AuditLog.Line> cohort = services.auditLog().ofCohort("LAO-2026_01");
            assertEquals(List.of("Chuyển từ lớp LAO-2026_01 sang lớp LAO-2026-02", "Ghi danh vào lớp LAO-2026_01", "LAO-2026_01"),
                    cohort.stream().map(l -> vi.tr(l.what())).toList(), "the underscore of the code is no wildcard: LAO-2026-02 stays out");
            assertEquals("Vilay Inthavong", cohort.get(1).subject(), "an enrollment entry names its trainee");
            assertEquals(5, services.auditLog().ofCohort("LAO-2026-02").size(),
                    "created, Bounmy enrolled; Vilay enrolled (the moved enrollment brings its history), moved in, withdrawn");

            ProblemException unknown = assertThrows(ProblemException.class, () -> services.auditLog().ofCohort("NONE-1"));
            assertEquals("error.cohort.unknown", unknown.problem().key());
        }
    }
}
