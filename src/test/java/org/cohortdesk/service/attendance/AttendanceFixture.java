package org.cohortdesk.service.attendance;

import static org.cohortdesk.service.person.PeopleFixture.enrollment;
import static org.cohortdesk.service.person.PeopleFixture.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;

/**
 * Cohort LAO-2026-05 from Monday 4 May 2026 with two arrived trainees, Vilay and Ánh, and a
 * morning lecture (08:00–11:00) on each weekday of its first {@code days} days, in a real database;
 * the service's clock stands at Wednesday 6 May, 12:00 at the academy (three mornings have ended).
 */
public record AttendanceFixture(AttendanceService service, List<Session> sessions, Enrollment vilay, Enrollment anh) {
    public static final Clock WEDNESDAY_NOON = Clock.fixed(LocalDateTime.of(2026, 5, 6, 12, 0).toInstant(ZoneOffset.ofHours(7)),
            ZoneOffset.ofHours(7));
    public static final String CODE = "LAO-2026-05";

    public static AttendanceFixture insert(Database db, int days) {
        TestData data = new TestData().insertBasics(db.jdbi());
        Cohort cohort = data.cohort(CODE, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        Person p1 = person("Vilay Inthavong", "ວິໄລ ອິນທະວົງ", LocalDate.of(1985, 3, 7), "P1111111", LocalDate.of(2030, 1, 1), "MoHA");
        Person p2 = person("Nguyễn Thị Ánh", null, LocalDate.of(1990, 1, 1), null, null, "Học viện");
        Enrollment vilay = enrollment(cohort.id(), p1.id(), EnrollmentStatus.ARRIVED);
        Enrollment anh = enrollment(cohort.id(), p2.id(), EnrollmentStatus.ARRIVED);
        List<Session> sessions = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            LocalDateTime start = LocalDateTime.of(2026, 5, 4, 8, 0).plusDays(day);
            if (start.getDayOfWeek().getValue() <= 5) {
                sessions.add(new Session(UUID.randomUUID(), cohort.id(), null, SessionKind.LECTURE, "Lecture " + (day + 1), start,
                        start.plusHours(3), "A.201", null, TestData.NOW, TestData.NOW, 0));
            }
        }
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insert(h, cohort);
            Tables.PEOPLE.insertAll(h, List.of(p1, p2));
            Tables.ENROLLMENTS.insertAll(h, List.of(vilay, anh));
            Tables.SESSIONS.insertAll(h, sessions);
        });
        AttendanceService service = new AttendanceService(db.jdbi(), new RosterService(db.jdbi()), new Audit(WEDNESDAY_NOON, "coordinator"),
                WEDNESDAY_NOON);
        return new AttendanceFixture(service, List.copyOf(sessions), vilay, anh);
    }
}
