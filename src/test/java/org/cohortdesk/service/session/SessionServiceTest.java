package org.cohortdesk.service.session;

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
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionServiceTest {
    static final LocalDateTime MONDAY_8 = LocalDateTime.of(2026, 5, 4, 8, 0);

    @TempDir
    Path dir;

    Database db;
    SessionService sessions;
    Cohort cohort;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        TestData data = new TestData().insertBasics(db.jdbi());
        cohort = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        db.jdbi().useTransaction(h -> Tables.COHORTS.insert(h, cohort));
        sessions = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC)).sessions();
    }

    @AfterEach
    void close() {
        db.close();
    }

    SessionDraft lecture(LocalDateTime start) {
        return new SessionDraft(cohort.id(), SessionKind.LECTURE, " Tổng quan về tổ chức bộ máy ", start, start.plusHours(3), null, null,
                "P.301", List.of("TS. Nguyễn Văn An"), List.of("Khamla Phommachanh"), null, null, null);
    }

    @Test
    void createsASessionWithItsBookingsAndCreatesResourcesByName() {
        BookedSession saved = sessions.create(lecture(MONDAY_8));
        assertEquals("Tổng quan về tổ chức bộ máy", saved.session().title());
        assertEquals("LAO-2026-05", saved.cohortCode());
        assertEquals("LA", saved.country());
        assertEquals(SessionService.colourOf("LAO-2026-05"), saved.colour());
        assertEquals(List.of("P.301"), saved.names(ResourceKind.ROOM));
        assertEquals(List.of("TS. Nguyễn Văn An"), saved.names(ResourceKind.LECTURER));
        assertEquals(List.of("Khamla Phommachanh"), saved.names(ResourceKind.INTERPRETER));

        // a second session typing the room in other case books the same room, not a new one
        SessionDraft again = new SessionDraft(cohort.id(), SessionKind.LECTURE, "Bài 2", MONDAY_8.plusDays(1), MONDAY_8.plusDays(1).plusHours(3),
                null, null, "p.301", List.of(), List.of(), null, null, null);
        sessions.create(again);
        assertEquals(3, db.jdbi().withHandle(Tables.RESOURCES::count));
        assertEquals(List.of("P.301"), sessions.choices().resources().get(ResourceKind.ROOM));
        assertTrue(db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE entity = 'session'").mapTo(Integer.class).one()) == 2);
    }

    @Test
    void readsTheSessionsOverlappingARangeWithTheirBookings() {
        sessions.create(lecture(MONDAY_8));
        sessions.create(lecture(MONDAY_8.plusDays(7)));
        List<BookedSession> week = sessions.between(MONDAY_8.toLocalDate().atStartOfDay(), MONDAY_8.toLocalDate().plusDays(7).atStartOfDay());
        assertEquals(1, week.size());
        assertEquals(3, week.get(0).resources().size());
        // a range that starts in the middle of the session still finds it
        assertEquals(1, sessions.between(MONDAY_8.plusHours(1), MONDAY_8.plusHours(2)).size());
        assertEquals(0, sessions.between(MONDAY_8.plusHours(3), MONDAY_8.plusHours(4)).size());
        assertEquals(2, sessions.ofCohort(cohort.id()).size());
    }

    @Test
    void reschedulesAndRefusesAStaleMove() {
        BookedSession saved = sessions.create(lecture(MONDAY_8));
        BookedSession moved = sessions.reschedule(saved.session().id(), saved.session().version(), MONDAY_8.plusDays(1), MONDAY_8.plusDays(1).plusHours(4));
        assertEquals(MONDAY_8.plusDays(1), moved.session().startsAt());
        assertEquals(MONDAY_8.plusDays(1).plusHours(4), moved.session().endsAt());
        assertEquals(3, moved.resources().size(), "a move keeps the bookings");
        assertThrows(StaleEditException.class,
                () -> sessions.reschedule(saved.session().id(), saved.session().version(), MONDAY_8, MONDAY_8.plusHours(1)));
        assertEquals(MONDAY_8.plusDays(1), sessions.find(saved.session().id()).orElseThrow().session().startsAt());
    }

    @Test
    void refusesAnEndBeforeTheStartAndChangesNothing() {
        BookedSession saved = sessions.create(lecture(MONDAY_8));
        ProblemException e = assertThrows(ProblemException.class,
                () -> sessions.reschedule(saved.session().id(), saved.session().version(), MONDAY_8, MONDAY_8.minusHours(1)));
        assertEquals("error.session.end_before_start", e.problem().key());
        ProblemException missing = assertThrows(ProblemException.class,
                () -> sessions.create(new SessionDraft(null, SessionKind.LECTURE, "x", MONDAY_8, MONDAY_8.plusHours(1), null, null, null, null, null,
                        null, null, null)));
        assertEquals("error.session.cohort_missing", missing.problem().key());
        ProblemException unknown = assertThrows(ProblemException.class,
                () -> sessions.create(new SessionDraft(java.util.UUID.randomUUID(), SessionKind.LECTURE, "x", MONDAY_8, MONDAY_8.plusHours(1), null,
                        null, "P.999", null, null, null, null, null)));
        assertEquals("error.session.cohort_unknown", unknown.problem().key());
        assertEquals(1, db.jdbi().withHandle(Tables.SESSIONS::count));
        assertEquals(3, db.jdbi().withHandle(Tables.RESOURCES::count), "no room created by a refused save");
    }

    @Test
    void keepsStudyVisitDetailsOnlyForAStudyVisit() {
        SessionDraft visit = new SessionDraft(cohort.id(), SessionKind.STUDY_VISIT, "Khảo sát tại Văn phòng Chính phủ", MONDAY_8,
                MONDAY_8.plusHours(4), "Văn phòng Chính phủ, 1 Hoàng Hoa Thám", null, null, List.of(), List.of("Khamla Phommachanh"),
                "Văn phòng Chính phủ", "Xe 29 chỗ", 22);
        BookedSession saved = sessions.create(visit);
        assertEquals("Văn phòng Chính phủ", saved.visit().hostOrganisation());
        assertEquals(22, saved.visit().headcount());
        assertEquals(visit.at(MONDAY_8, MONDAY_8.plusHours(4)).transport(), saved.draft().transport());

        SessionDraft asLecture = new SessionDraft(cohort.id(), SessionKind.LECTURE, "Bài giảng", MONDAY_8, MONDAY_8.plusHours(4), null, null,
                "P.301", List.of(), List.of(), "ignored", "ignored", 5);
        BookedSession edited = sessions.update(saved.session().id(), saved.session().version(), asLecture);
        assertNull(edited.visit());
        assertEquals(List.of("P.301"), edited.names(ResourceKind.ROOM));
        assertEquals(0, db.jdbi().withHandle(Tables.STUDY_VISITS::count));

        ProblemException zero = assertThrows(ProblemException.class, () -> sessions.update(edited.session().id(), edited.session().version(),
                new SessionDraft(cohort.id(), SessionKind.STUDY_VISIT, "Khảo sát", MONDAY_8, MONDAY_8.plusHours(4), null, null, null, null, null,
                        null, null, 0)));
        assertEquals("error.session.headcount", zero.problem().key());
        assertEquals(SessionKind.LECTURE, sessions.find(edited.session().id()).orElseThrow().session().kind(), "the refused edit wrote nothing");
    }

    @Test
    void deletesASessionWithItsBookingsAndRefusesAStaleDelete() {
        BookedSession saved = sessions.create(lecture(MONDAY_8));
        assertThrows(StaleEditException.class, () -> sessions.delete(saved.session().id(), saved.session().version() + 1));
        sessions.delete(saved.session().id(), saved.session().version());
        assertEquals(0, db.jdbi().withHandle(Tables.SESSIONS::count));
        assertEquals(0, db.jdbi().withHandle(Tables.SESSION_RESOURCES::count));
    }
}
