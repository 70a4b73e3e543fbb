package org.cohortdesk.service.schedule;

import static org.cohortdesk.service.schedule.ScheduleFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.schedule.TimetableGenerator.Proposal;
import org.cohortdesk.service.schedule.TimetableGenerator.Proposed;
import org.cohortdesk.service.schedule.TimetableGenerator.Slot;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timetables proposed for a real cohort and saved all or nothing. */
class TimetableGeneratorTest {
    static final String CODE = "LAO-2026-04";
    /** Monday 6 April 2026 to Friday 24 April 2026. */
    static final LocalDate START = LocalDate.of(2026, 4, 6);
    static final LocalDate END = LocalDate.of(2026, 4, 24);
    static final LocalDate LAO_NEW_YEAR = LocalDate.of(2026, 4, 14);
    static final LocalDate VN_DAY = LocalDate.of(2026, 4, 8);
    static final DaysOff HOLIDAYS = DaysOff.of(Map.of(
            "VN", Map.of(VN_DAY, "Ngày nghỉ bù"),
            "LA", Map.of(LAO_NEW_YEAR, "ບຸນປີໃໝ່ລາວ", LAO_NEW_YEAR.plusDays(1), "ບຸນປີໃໝ່ລາວ")));

    @TempDir
    Path dir;
    Database db;
    ScheduleFixture fx;
    TimetableProposals proposals;
    Cohort cohort;
    Cohort other;
    Resource room;
    Resource lecturer;
    List<CourseModule> modules;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        fx = new ScheduleFixture(db);
        cohort = fx.cohort(CODE, START, END);
        other = fx.cohort("LAO-2026-05", START, END);
        room = fx.resource(ResourceKind.ROOM, "P.301");
        lecturer = fx.resource(ResourceKind.LECTURER, "TS. Trần Văn Bình");
        modules = fx.modules(24, 10, 16);
        proposals = new TimetableProposals(db.jdbi(), HOLIDAYS, Audit.forCurrentUser(Clock.systemUTC()), Clock.fixed(TestData.NOW,
                ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void proposesNoSessionOnAWeekendAHolidayOrABookedResource() {
        // the room is taken on Tuesday morning, the lecturer on Thursday afternoon, by another cohort
        fx.session(other, "Room taken", at(2026, 4, 7, 9, 0), at(2026, 4, 7, 10, 0), room);
        fx.session(other, "Lecturer taken", at(2026, 4, 9, 14, 0), at(2026, 4, 9, 15, 0), lecturer);

        Proposal p = proposals.propose(CODE, List.of(room.id(), lecturer.id()), TimetableGenerator.DEFAULT_SLOTS).proposal();

        assertFalse(p.sessions().isEmpty());
        for (Proposed s : p.sessions()) {
            LocalDate day = s.startsAt().toLocalDate();
            assertFalse(day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY, s.toString());
            assertFalse(day.equals(VN_DAY) || day.equals(LAO_NEW_YEAR) || day.equals(LAO_NEW_YEAR.plusDays(1)), s.toString());
            assertFalse(s.startsAt().equals(at(2026, 4, 7, 8, 0)), "the room is booked: " + s);
            assertFalse(s.startsAt().equals(at(2026, 4, 9, 13, 30)), "the lecturer is booked: " + s);
        }
        assertEquals(at(2026, 4, 6, 8, 0), p.sessions().get(0).startsAt());
        assertEquals(at(2026, 4, 6, 13, 30), p.sessions().get(1).startsAt());
        assertEquals(at(2026, 4, 7, 13, 30), p.sessions().get(2).startsAt(), "Tuesday morning skipped");
        assertEquals(at(2026, 4, 9, 8, 0), p.sessions().get(3).startsAt(), "Wednesday a holiday");
        assertEquals(at(2026, 4, 10, 8, 0), p.sessions().get(4).startsAt(), "Thursday afternoon skipped");
    }

    @Test
    void hoursAddUpModuleByModule() {
        Proposal p = proposals.propose(CODE, List.of(), TimetableGenerator.DEFAULT_SLOTS).proposal();

        assertEquals(List.of(), p.unplaced());
        for (CourseModule m : modules) {
            long minutes = p.sessions().stream().filter(s -> s.moduleId().equals(m.id())).mapToLong(Proposed::minutes).sum();
            assertEquals(m.hours() * 60L, minutes, m.titleVi());
        }
        // 24 h = six slots of 3.5 h and one of 3 h, ending at 11:00; the next module starts in the next slot
        Proposed seventh = p.sessions().get(6);
        assertEquals(LocalTime.of(11, 0), seventh.endsAt().toLocalTime());
        assertEquals(modules.get(1).id(), p.sessions().get(7).moduleId());
    }

    @Test
    void reportsTheHoursThatDoNotFitBeforeTheLastDay() {
        Slot shortMorning = new Slot(LocalTime.of(8, 0), LocalTime.of(10, 0));

        Proposal p = proposals.propose(CODE, List.of(), List.of(shortMorning)).proposal();

        // 15 days less 3 holidays = 12 slots of 2 h: the first module (24 h) fills them all, the others wait
        assertEquals(12, p.sessions().size());
        assertEquals(List.of(modules.get(1).id(), modules.get(2).id()), p.unplaced().stream().map(TimetableGenerator.Unplaced::moduleId).toList());
        assertEquals(List.of(600L, 960L), p.unplaced().stream().map(TimetableGenerator.Unplaced::minutes).toList());
    }

    @Test
    void savesTheProposalAsLecturesBookingTheResourcesAllOrNothing() {
        TimetableProposals.Draft draft = proposals.propose(CODE, List.of(room.id(), lecturer.id()), TimetableGenerator.DEFAULT_SLOTS);
        List<Proposed> edited = new ArrayList<>(draft.proposal().sessions());
        // the coordinator moves the second session onto the first: refused, nothing saved
        Proposed second = edited.get(1);
        edited.set(1, new Proposed(second.moduleId(), second.title(), at(2026, 4, 6, 10, 0), at(2026, 4, 6, 12, 0)));
        ProblemException overlap = assertThrows(ProblemException.class, () -> proposals.save(CODE, draft.resourceIds(), edited));
        assertEquals("timetable.error.overlap", overlap.problem().key());
        assertEquals(List.of(2, 1), overlap.args());
        assertEquals(0, sessions());

        // meanwhile another cohort books the room on the last proposed session: refused, nothing saved
        Proposed last = draft.proposal().sessions().get(draft.proposal().sessions().size() - 1);
        fx.session(other, "Booked meanwhile", last.startsAt(), last.endsAt(), room);
        ProblemException booked = assertThrows(ProblemException.class,
                () -> proposals.save(CODE, draft.resourceIds(), draft.proposal().sessions()));
        assertEquals("timetable.error.booked", booked.problem().key());
        assertEquals(1, sessions());

        // without the last row it is saved, every session booking both resources
        List<Proposed> kept = draft.proposal().sessions().subList(0, draft.proposal().sessions().size() - 1);
        assertEquals(kept.size(), proposals.save(CODE, draft.resourceIds(), kept));
        assertEquals(kept.size() + 1, sessions());
        assertEquals(2 * kept.size() + 1, (int) db.jdbi().withHandle(h -> Tables.SESSION_RESOURCES.count(h)));

        // proposing or saving again would teach the modules twice
        assertEquals("timetable.error.already_planned", assertThrows(ProblemException.class,
                () -> proposals.propose(CODE, List.of(), TimetableGenerator.DEFAULT_SLOTS)).problem().key());
        assertEquals("timetable.error.already_planned", assertThrows(ProblemException.class,
                () -> proposals.save(CODE, List.of(), kept)).problem().key());
    }

    @Test
    void refusesTimesThatMakeNoSenseOrFallOutsideTheCohort() {
        UUID m = modules.get(0).id();
        assertEquals("timetable.error.times", assertThrows(ProblemException.class, () -> proposals.save(CODE, List.of(),
                List.of(new Proposed(m, "x", at(2026, 4, 6, 11, 0), at(2026, 4, 6, 8, 0))))).problem().key());
        assertEquals("timetable.error.outside", assertThrows(ProblemException.class, () -> proposals.save(CODE, List.of(),
                List.of(new Proposed(m, "x", at(2026, 4, 27, 8, 0), at(2026, 4, 27, 11, 0))))).problem().key());
        assertEquals("timetable.error.empty", assertThrows(ProblemException.class, () -> proposals.save(CODE, List.of(), List.of()))
                .problem().key());
        assertEquals(0, sessions());
    }

    private int sessions() {
        return db.jdbi().withHandle(h -> Tables.SESSIONS.count(h));
    }
}
