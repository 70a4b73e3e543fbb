package org.cohortdesk.service.schedule;

import static org.cohortdesk.service.person.PeopleFixture.enrollment;
import static org.cohortdesk.service.person.PeopleFixture.person;
import static org.cohortdesk.service.schedule.ScheduleFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.Severity;
import org.cohortdesk.service.schedule.Conflict.Kind;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clashes found in a real database: double bookings, dates, trainees in two places, days off. */
class ConflictsTest {
    /** Monday 2 March 2026 to Friday 27 March 2026. */
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate END = LocalDate.of(2026, 3, 27);
    static final DaysOff HOLIDAYS = DaysOff.of(Map.of(
            "VN", Map.of(LocalDate.of(2026, 3, 10), "Giỗ Tổ Hùng Vương"),
            "LA", Map.of(LocalDate.of(2026, 3, 8), "International Women's Day", LocalDate.of(2026, 3, 12), "ວັນແມ່ຍິງ")));

    @TempDir
    Path dir;
    Database db;
    ScheduleFixture fx;
    Conflicts conflicts;
    Cohort a;
    Cohort b;
    Resource room;
    Resource lecturer;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        fx = new ScheduleFixture(db);
        a = fx.cohort("LAO-2026-01", START, END);
        b = fx.cohort("LAO-2026-02", START, END);
        room = fx.resource(ResourceKind.ROOM, "P.301");
        lecturer = fx.resource(ResourceKind.LECTURER, "TS. Nguyễn Văn An");
        conflicts = new Conflicts(db.jdbi(), HOLIDAYS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void detectsRoomDoubleBooking() {
        Session first = fx.session(a, "Tổ chức bộ máy", at(2026, 3, 3, 8, 0), at(2026, 3, 3, 11, 30), room, lecturer);
        Session second = fx.session(b, "Văn thư", at(2026, 3, 3, 10, 0), at(2026, 3, 3, 12, 0), room);
        fx.session(b, "Right after, same room", at(2026, 3, 3, 12, 0), at(2026, 3, 3, 13, 0), room);

        List<Conflict> found = conflicts.all();

        assertEquals(1, found.size(), found.toString());
        Conflict c = found.get(0);
        assertEquals(Kind.RESOURCE_DOUBLE_BOOKED, c.kind());
        assertEquals(Severity.ERROR, c.severity());
        assertEquals(List.of(first.id(), second.id()), c.sessions().stream().map(s -> s.id()).toList());
        assertEquals("Room P.301 is also booked by LAO-2026-02: Văn thư, 03/03/2026 10:00–12:00.",
                new Localization(Language.EN).tr(c.message()));
        assertEquals(java.util.Set.of(first.id(), second.id()), Conflicts.bySession(found).keySet());
    }

    @Test
    void findsEveryPairWhenThreeSessionsOverlapOnOneLecturer() {
        fx.session(a, "One", at(2026, 3, 4, 8, 0), at(2026, 3, 4, 12, 0), lecturer);
        fx.session(b, "Two", at(2026, 3, 4, 9, 0), at(2026, 3, 4, 10, 0), lecturer);
        fx.session(b, "Three", at(2026, 3, 4, 11, 0), at(2026, 3, 4, 13, 0), lecturer);

        List<Conflict> found = conflicts.all();

        assertEquals(2, found.size(), found.toString());
        assertTrue(found.stream().allMatch(c -> c.kind() == Kind.RESOURCE_DOUBLE_BOOKED && c.first().title().equals("One")));
    }

    @Test
    void detectsSessionOutsideItsCohortsDates() {
        fx.session(a, "Before the start", at(2026, 2, 27, 8, 0), at(2026, 2, 27, 11, 30));

        List<Conflict> found = conflicts.ofCohort(a.code());

        assertEquals(List.of(Kind.OUTSIDE_COHORT_DATES), found.stream().map(Conflict::kind).toList());
        assertEquals("Before the start nằm ngoài thời gian của lớp (02/03/2026 đến 27/03/2026).",
                new Localization(Language.VI).tr(found.get(0).message()));
    }

    @Test
    void detectsTraineeInTwoCohortsWhoseSessionsOverlap() {
        Person vilay = person("Vilay Inthavong", "ວິໄລ ອິນທະວົງ", LocalDate.of(1986, 3, 3), null, null, "MoHA");
        Person gone = person("Bounmy Vongsa", null, LocalDate.of(1979, 1, 1), null, null, "MoHA");
        db.jdbi().useTransaction(h -> {
            Tables.PEOPLE.insertAll(h, List.of(vilay, gone));
            Tables.ENROLLMENTS.insertAll(h, List.of(enrollment(a.id(), vilay.id(), EnrollmentStatus.CONFIRMED),
                    enrollment(b.id(), vilay.id(), EnrollmentStatus.NOMINATED),
                    enrollment(a.id(), gone.id(), EnrollmentStatus.CONFIRMED),
                    enrollment(b.id(), gone.id(), EnrollmentStatus.WITHDRAWN)));
        });
        fx.session(a, "Morning A", at(2026, 3, 5, 8, 0), at(2026, 3, 5, 11, 30));
        fx.session(b, "Morning B", at(2026, 3, 5, 9, 0), at(2026, 3, 5, 10, 0));
        fx.session(b, "Afternoon B", at(2026, 3, 5, 13, 30), at(2026, 3, 5, 17, 0));

        List<Conflict> found = conflicts.all();

        assertEquals(1, found.size(), found.toString());
        assertEquals(Kind.TRAINEE_IN_TWO_SESSIONS, found.get(0).kind());
        assertEquals("1 trainee (Vilay Inthavong) also in LAO-2026-02: Morning B, 05/03/2026 09:00–10:00.",
                new Localization(Language.EN).tr(found.get(0).message()));
    }

    @Test
    void warnsOfWeekendsAndHolidaysAtTheAcademyAndAtHome() {
        fx.session(a, "Saturday", at(2026, 3, 7, 8, 0), at(2026, 3, 7, 11, 30));
        fx.session(a, "Hung Kings", at(2026, 3, 10, 8, 0), at(2026, 3, 10, 11, 30));
        fx.session(a, "Lao women's day", at(2026, 3, 12, 8, 0), at(2026, 3, 12, 11, 30));
        fx.session(a, "Ordinary Wednesday", at(2026, 3, 11, 8, 0), at(2026, 3, 11, 11, 30));

        List<Conflict> found = conflicts.all();

        assertEquals(List.of("Saturday", "Hung Kings", "Lao women's day"), found.stream().map(c -> c.first().title()).toList());
        assertTrue(found.stream().allMatch(c -> c.kind() == Kind.DAY_OFF && c.severity() == Severity.WARNING));
        Localization en = new Localization(Language.EN);
        assertEquals("Saturday falls on a Saturday.", en.tr(found.get(0).message()));
        assertEquals("Lao women's day falls on a public holiday: ວັນແມ່ຍິງ.", en.tr(found.get(2).message()));
    }

    @Test
    void leavesCancelledCohortsOutAndFiltersByCohort() {
        Cohort cancelled = new Cohort(java.util.UUID.randomUUID(), "LAO-2026-09", fx.data.course.id(), fx.data.partner.id(), null, START,
                END, 20, CohortStatus.CANCELLED, null, null, null, null, org.cohortdesk.store.TestData.NOW,
                org.cohortdesk.store.TestData.NOW, 0);
        db.jdbi().useTransaction(h -> Tables.COHORTS.insert(h, cancelled));
        fx.session(a, "Taught", at(2026, 3, 3, 8, 0), at(2026, 3, 3, 11, 30), room);
        fx.session(cancelled, "Will not happen", at(2026, 3, 3, 8, 0), at(2026, 3, 3, 11, 30), room);
        fx.session(b, "Other cohort on a Sunday", at(2026, 3, 8, 8, 0), at(2026, 3, 8, 11, 30));

        assertEquals(List.of(Kind.DAY_OFF), conflicts.all().stream().map(Conflict::kind).toList());
        assertEquals(List.of(), conflicts.ofCohort(a.code()));
        ProblemException unknown = assertThrows(ProblemException.class, () -> conflicts.ofCohort("NOPE"));
        assertEquals("error.cohort.unknown", unknown.problem().key());
    }
}
