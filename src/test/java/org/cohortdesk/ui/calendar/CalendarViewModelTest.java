package org.cohortdesk.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.session.BookedSession;
import org.cohortdesk.service.session.SessionDraft;
import org.cohortdesk.service.session.SessionService;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar's state on a real database: the range read, the filter, moves undone and redone, a stale move refused and the range read again. */
class CalendarViewModelTest {
    static final LocalDateTime MONDAY_8 = LocalDateTime.of(2026, 5, 4, 8, 0);

    @TempDir
    Path dir;

    Database db;
    SessionService sessions;
    CalendarViewModel calendar;
    List<Throwable> failures = new ArrayList<>();
    List<Runnable> queued = new ArrayList<>();
    BookedSession lecture;

    @BeforeEach
    void open() {
        db = Database.open(new DataFolder(dir), LegacyH2.none());
        TestData data = new TestData().insertBasics(db.jdbi());
        Cohort cohort = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        db.jdbi().useTransaction(h -> Tables.COHORTS.insert(h, cohort));
        sessions = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC)).sessions();
        lecture = sessions.create(new SessionDraft(cohort.id(), SessionKind.LECTURE, "Tổng quan", MONDAY_8, MONDAY_8.plusHours(3), null, null,
                "P.301", List.of("TS. Nguyễn Văn An"), List.of(), null, null, null));
        calendar = new CalendarViewModel(sessions, new Localization(Language.EN), TaskRunner.sameThread(), failures::add);
        calendar.dateProperty().set(MONDAY_8.toLocalDate());
        calendar.start();
    }

    @AfterEach
    void close() {
        db.close();
        assertEquals(List.of(), failures);
    }

    @Test
    void readsTheWeekShownAndFiltersInMemory() {
        assertEquals(1, calendar.shownProperty().get().sessions().size());
        calendar.filterProperty().set(new SessionFilter(null, "Someone else", null, null, null));
        assertEquals(0, calendar.shownProperty().get().sessions().size());
        calendar.filterProperty().set(new SessionFilter("LAO-2026-05", "TS. Nguyễn Văn An", null, "P.301", "LA"));
        assertEquals(1, calendar.shownProperty().get().sessions().size());
        calendar.go(1);
        assertEquals(0, calendar.shownProperty().get().sessions().size(), "the next week has none");
        assertEquals(CalendarMode.WEEK.range(MONDAY_8.toLocalDate().plusWeeks(1)), calendar.shownProperty().get().range());
    }

    @Test
    void undoesAndRedoesAMove() {
        calendar.reschedule(lecture, MONDAY_8.plusDays(1), MONDAY_8.plusDays(1).plusHours(3));
        assertEquals(MONDAY_8.plusDays(1), sessions.find(lecture.session().id()).orElseThrow().session().startsAt());
        calendar.undo();
        assertEquals(MONDAY_8, sessions.find(lecture.session().id()).orElseThrow().session().startsAt());
        assertEquals(MONDAY_8, calendar.shownProperty().get().sessions().get(0).session().startsAt(), "the range is read again");
        calendar.redo();
        assertEquals(MONDAY_8.plusDays(1), sessions.find(lecture.session().id()).orElseThrow().session().startsAt());
        assertTrue(calendar.messageProperty().get().startsWith("Done again"), calendar.messageProperty().get());
    }

    @Test
    void refusesAStaleMoveSaysWhyAndReadsTheRangeAgain() {
        BookedSession elsewhere = sessions.reschedule(lecture.session().id(), lecture.session().version(), MONDAY_8.plusHours(5),
                MONDAY_8.plusHours(8));
        calendar.reschedule(lecture, MONDAY_8.plusDays(2), MONDAY_8.plusDays(2).plusHours(3));
        assertEquals(new Localization(Language.EN).tr("error.stale.changed", new Localization(Language.EN).tr(org.cohortdesk.model.RecordKind.SESSION),
                "Tổng quan"), calendar.messageProperty().get());
        assertEquals(elsewhere.session().startsAt(), sessions.find(lecture.session().id()).orElseThrow().session().startsAt());
        assertEquals(elsewhere.session().startsAt(), calendar.shownProperty().get().sessions().get(0).session().startsAt(),
                "the calendar shows what is stored");
        assertFalse(calendar.history().canUndoProperty().get());
    }

    @Test
    void showsAWeekReadAheadAtOnceAndWhatChangedSinceOnceReadAgain() {
        CalendarViewModel paced = pacedCalendar();
        assertEquals(1, paced.shownProperty().get().sessions().size());

        paced.go(1);
        assertEquals(CalendarMode.WEEK.range(MONDAY_8.toLocalDate().plusWeeks(1)), paced.shownProperty().get().range(),
                "the next week was read ahead: shown before any reading");
        runAll();
        paced.go(-1);
        assertEquals(1, paced.shownProperty().get().sessions().size(), "the week before, kept");

        LocalDateTime nextMonday = MONDAY_8.plusWeeks(1);
        sessions.create(new SessionDraft(lecture.session().cohortId(), SessionKind.LECTURE, "Added elsewhere", nextMonday,
                nextMonday.plusHours(2), null, null, null, List.of(), List.of(), null, null, null));
        paced.go(1);
        assertEquals(0, paced.shownProperty().get().sessions().size(), "what was read ahead, at once");
        runAll();
        assertEquals(List.of("Added elsewhere"), paced.shownProperty().get().sessions().stream().map(b -> b.session().title()).toList(),
                "then what is stored now");
    }

    @Test
    void aChangeSavedHereForgetsTheWeeksReadAhead() {
        CalendarViewModel paced = pacedCalendar();
        paced.reschedule(lecture, MONDAY_8.plusWeeks(1), MONDAY_8.plusWeeks(1).plusHours(3));
        runAll();
        assertEquals(0, paced.shownProperty().get().sessions().size(), "moved away from this week");
        paced.go(1);
        assertEquals(1, paced.shownProperty().get().sessions().size(), "the next week read again after the move, not as before it");
    }

    /** A calendar whose reading waits in {@link #queued} until {@link #runAll}, showing the lecture's week. */
    private CalendarViewModel pacedCalendar() {
        CalendarViewModel paced = new CalendarViewModel(sessions, new Localization(Language.EN), new TaskRunner(queued::add, Runnable::run),
                failures::add);
        paced.dateProperty().set(MONDAY_8.toLocalDate());
        paced.start();
        runAll();
        return paced;
    }

    private void runAll() {
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
    }
}
