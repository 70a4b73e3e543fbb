package org.cohortdesk.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calendarfx.view.DayEntryView;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.MonthEntryView;
import com.calendarfx.view.WeekDayView;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.session.BookedSession;
import org.cohortdesk.service.session.SessionDraft;
import org.cohortdesk.service.session.SessionService;
import org.cohortdesk.store.Tables;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.cohortdesk.ui.WindowTest;
import org.cohortdesk.ui.common.FormDialog;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Calendar page in the real window: a session created by dragging on empty time, one moved by dragging, undone. */
class CalendarPageTest extends WindowTest {
    /** Tuesday of the week the calendar opens on (today's). */
    static final LocalDate TUESDAY = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(1);
    static final LocalDateTime NINE = TUESDAY.atTime(9, 0);

    /** The fixture's cohorts and one lecture on Tuesday 09:00 to 11:00 of this week. */
    static void insertLecture(Workspace workspace) {
        UiFixtures.insertCohorts(workspace);
        UUID cohort = workspace.database().jdbi().withHandle(h -> Tables.COHORTS.all(h, "code")).get(0).id();
        workspace.services().sessions().create(new SessionDraft(cohort, SessionKind.LECTURE, "Tổ chức bộ máy nhà nước", NINE, NINE.plusHours(2),
                null, null, "P.301", List.of("TS. Nguyễn Văn An"), List.of("Khamla Phommachanh"), null, null, null));
    }

    @Test
    void createsASessionByDraggingMovesOneByDraggingAndUndoesTheMove() throws Exception {
        window = WindowHarness.show(dir, Language.EN, CalendarPageTest::insertLecture);
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WindowHarness.waitUntil(() -> entryView("Tổ chức bộ máy nhà nước") != null);
        SessionService sessions = ((CalendarPage) lookup("#" + CalendarPage.CALENDAR_ID).query().getParent()).model().sessions();

        // drag on Wednesday's empty afternoon, 14:00 to 16:00: the form opens with those times
        WeekDayView wednesday = day(TUESDAY.plusDays(1));
        drag(at(wednesday, TUESDAY.plusDays(1).atTime(14, 0)), MouseButton.PRIMARY)
                .moveTo(at(wednesday, TUESDAY.plusDays(1).atTime(16, 0))).drop();
        WindowHarness.waitUntil(() -> lookup("#" + SessionDialog.TITLE_ID).tryQuery().isPresent());
        // CalendarFX snaps the dragged times to its quarter-hour grid
        LocalTime start = LocalTime.parse(lookup("#" + SessionDialog.START_ID).queryAs(TextField.class).getText());
        LocalTime end = LocalTime.parse(lookup("#" + SessionDialog.END_ID).queryAs(TextField.class).getText());
        assertTrue(Math.abs(Duration.between(LocalTime.of(14, 0), start).toMinutes()) <= 15, "start " + start);
        assertTrue(Math.abs(Duration.between(LocalTime.of(16, 0), end).toMinutes()) <= 15, "end " + end);
        ComboBox<?> cohort = lookup("#" + SessionDialog.COHORT_ID).queryComboBox();
        interact(() -> cohort.getSelectionModel().select(0));
        clickOn("#" + SessionDialog.TITLE_ID).write("Study of the Government Office");
        clickOn("#" + FormDialog.SAVE_ID);
        WindowHarness.waitUntil(() -> lookup("#" + SessionDialog.TITLE_ID).tryQuery().isEmpty());
        BookedSession created = waitForSession(sessions, "Study of the Government Office");
        assertEquals(TUESDAY.plusDays(1).atTime(start), created.session().startsAt());
        assertEquals(TUESDAY.plusDays(1).atTime(end), created.session().endsAt());
        WindowHarness.waitUntil(() -> entryView("Study of the Government Office") != null);

        // move Tuesday's lecture by an hour, dragging it down
        DayEntryView lecture = entryView("Tổ chức bộ máy nhà nước");
        WeekDayView tuesday = day(TUESDAY);
        Point2D from = at(tuesday, NINE.plusMinutes(30));
        drag(from, MouseButton.PRIMARY).moveTo(at(tuesday, NINE.plusMinutes(60))).moveTo(at(tuesday, NINE.plusMinutes(90))).drop();
        UUID lectureId = ((BookedSession) lecture.getEntry().getUserObject()).session().id();
        WindowHarness.waitUntil(() -> stored(sessions, lectureId).startsAt().equals(NINE.plusHours(1)));
        assertEquals(NINE.plusHours(3), stored(sessions, lectureId).endsAt(), "a move keeps the length");

        // Ctrl+Z puts it back where it was
        clickOn("#" + CalendarPage.RANGE_ID);
        push(KeyCode.CONTROL, KeyCode.Z);
        WindowHarness.waitUntil(() -> stored(sessions, lectureId).startsAt().equals(NINE));
        assertEquals(NINE.plusHours(2), stored(sessions, lectureId).endsAt());
        WindowHarness.waitUntil(() -> entryView("Tổ chức bộ máy nhà nước") != null
                && ((BookedSession) entryView("Tổ chức bộ máy nhà nước").getEntry().getUserObject()).session().startsAt().equals(NINE));
        assertEquals(List.of(), window.sqlOnFxThread(), "no query on the FX thread");
    }

    @Test
    void switchesModesAndRangesFiltersAndSurvivesResizingTheWindow() throws Exception {
        window = WindowHarness.show(dir, Language.EN, CalendarPageTest::insertLecture);
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WindowHarness.waitUntil(() -> entryView("Tổ chức bộ máy nhà nước") != null);
        CalendarPage page = (CalendarPage) lookup("#" + CalendarPage.CALENDAR_ID).query().getParent();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler[] before = new Thread.UncaughtExceptionHandler[1];
        interact(() -> {
            before[0] = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e));
        });
        try {
            clickOn("#calendarModeMONTH");
            WindowHarness.waitUntil(() -> lookup(n -> n instanceof MonthEntryView v && v.getEntry().getTitle().endsWith("Tổ chức bộ máy nhà nước"))
                    .tryQuery().isPresent());
            int shown = page.shownCountProperty().get();
            clickOn("#" + CalendarPage.NEXT_ID);
            WindowHarness.waitUntil(() -> page.shownCountProperty().get() > shown);
            assertTrue(page.model().shownProperty().get().range().from().isAfter(TUESDAY), "the next month's range only");
            clickOn("#" + CalendarPage.PREVIOUS_ID);
            WindowHarness.waitUntil(() -> page.model().shownProperty().get().sessions().size() == 1);
            clickOn("#calendarModeAGENDA");
            WindowHarness.waitUntil(() -> page.model().shownProperty().get().range().equals(CalendarMode.AGENDA.range(page.model().dateProperty().get())));
            clickOn("#calendarModeWEEK");
            WindowHarness.waitUntil(() -> entryView("Tổ chức bộ máy nhà nước") != null);

            @SuppressWarnings("unchecked")
            ComboBox<String> cohort = lookup("#" + CalendarFilterBar.COHORT_ID).queryAs(ComboBox.class);
            WindowHarness.waitUntil(() -> cohort.getItems().size() > 2);
            interact(() -> cohort.setValue(cohort.getItems().get(cohort.getItems().size() - 1)));
            WindowHarness.waitUntil(() -> entryView("Tổ chức bộ máy nhà nước") == null);
            clickOn("#" + CalendarFilterBar.CLEAR_ID);
            WindowHarness.waitUntil(() -> entryView("Tổ chức bộ máy nhà nước") != null);

            // CalendarFX issue #218: resizing with JavaFX 21 crashed its views
            for (CalendarMode mode : CalendarMode.values()) {
                clickOn("#calendarMode" + mode.name());
                for (double width : new double[] {720, 1200, 960}) {
                    interact(() -> window.window().stage().setWidth(width));
                    interact(() -> window.window().stage().setHeight(width * 0.55));
                }
            }
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            interact(() -> Thread.currentThread().setUncaughtExceptionHandler(before[0]));
        }
        assertEquals(List.of(), errors, "no exception on the FX thread");
        assertEquals(List.of(), window.sqlOnFxThread(), "no query on the FX thread");
    }

    private WeekDayView day(LocalDate date) {
        return lookup(n -> n instanceof WeekDayView v && date.equals(v.getDate())).queryAs(WeekDayView.class);
    }

    private static Point2D at(DayViewBase view, LocalDateTime time) {
        double y = view.getLocation(time.atZone(ZoneId.systemDefault()));
        return view.localToScreen(view.getWidth() / 2, y);
    }

    private DayEntryView entryView(String title) {
        return lookup(n -> n instanceof DayEntryView v && v.getEntry().getTitle().endsWith(title) && v.isVisible())
                .tryQueryAs(DayEntryView.class).orElse(null);
    }

    private static Session stored(SessionService sessions, UUID id) {
        return sessions.find(id).orElseThrow().session();
    }

    private static BookedSession waitForSession(SessionService sessions, String title) throws Exception {
        WindowHarness.waitUntil(() -> sessions.between(TUESDAY.atStartOfDay(), TUESDAY.plusDays(7).atStartOfDay()).stream()
                .anyMatch(s -> s.session().title().equals(title)));
        return sessions.between(TUESDAY.atStartOfDay(), TUESDAY.plusDays(7).atStartOfDay()).stream()
                .filter(s -> s.session().title().equals(title)).findFirst().orElseThrow();
    }
}
