package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.export.SignInSheets;
import org.cohortdesk.service.pdf.PdfReadBack;
import org.cohortdesk.store.Tables;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.export.PrintExport;
import org.cohortdesk.ui.schedule.CohortSchedule;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Sign-in sheets… and Timetable… on a cohort's page: what to print, the format, then the file written in the background. */
class SignInSheetsPageTest extends RosterPageFixture {
    static final String CODE = "LAO-2026-03";

    /** LAO-2026-03 runs from Monday 4 to Friday 29 May 2026; week 2 gets a morning and an afternoon session on Tuesday. */
    private static void withSessions(Path folder) {
        try (Workspace w = UiFixtures.open(folder)) {
            UUID cohort = w.services().cohorts().summaries().stream().filter(s -> s.code().equals(CODE)).findFirst().orElseThrow().id();
            w.database().jdbi().useTransaction(h -> Tables.SESSIONS.insertAll(h, List.of(
                    session(cohort, "Chính phủ số", LocalDateTime.of(2026, 5, 12, 8, 0), LocalDateTime.of(2026, 5, 12, 11, 30)),
                    session(cohort, "ການຫັນເປັນດິຈິຕອນ", LocalDateTime.of(2026, 5, 12, 13, 30), LocalDateTime.of(2026, 5, 12, 16, 30)))));
        }
    }

    private static Session session(UUID cohort, String title, LocalDateTime start, LocalDateTime end) {
        return new Session(UUID.randomUUID(), cohort, null, SessionKind.LECTURE, title, start, end, "A2-301", null, NOW, NOW, 0);
    }

    @Test
    void theButtonAsksTheWeekWithItsDatesThePagesAndTheFormat() throws Exception {
        prepare(dir);
        show(dir, Language.VI);
        openCohort(CODE);

        clickOn("#" + CohortSchedule.MENU_ID);
        clickOn("#" + CohortSchedule.SIGNIN_ID);
        waitUntil(() -> lookup("#printWeek").tryQuery().isPresent());
        ComboBox<?> week = lookup("#printWeek").queryAs(ComboBox.class);
        assertEquals(4, week.getItems().size(), "4 to 29 May: four weeks");
        List<String> shown = lookup(".combo-box .list-cell").queryAllAs(ListCell.class).stream().map(ListCell::getText)
                .filter(Objects::nonNull).toList();
        assertEquals(List.of("Tuần 1: 04/05/2026 đến 10/05/2026", "Mỗi ngày một trang", "Tài liệu PDF (.pdf)"), shown,
                "the course is over: week 1 first");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#printWeek").tryQuery().isEmpty());
    }

    @Test
    void writesTheChosenWeekAsPdfPerSessionAndSaysWhereItWent() throws Exception {
        prepare(dir);
        withSessions(dir);
        show(dir, Language.EN);
        Cohort cohort = workspace.services().rosters().detail(CODE).roster().cohort();
        List<String> reported = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<String> proposed = new ArrayList<>();
        Path file = dir.resolve("week2.pdf");
        PrintExport export = printExport(file, proposed, reported, failures);
        FxToolkit.setupFixture(() -> export.signIn(cohort, reported::add));
        waitUntil(() -> lookup("#printWeek").tryQuery().isPresent());
        ComboBox<?> week = lookup("#printWeek").queryAs(ComboBox.class);
        assertEquals(2, ((SignInSheets.WeekSpan) week.getValue()).number(), "13 May is in week 2, while the course runs");

        clickOn("#printPer");
        clickOn("One page per session");
        ComboBox<?> format = lookup("#printFormat").queryAs(ComboBox.class);
        assertEquals(PrintFormat.PDF, format.getValue());
        clickOn("#printConfirm");
        waitUntil(() -> !reported.isEmpty() || !failures.isEmpty());

        assertEquals(List.of(), failures);
        assertEquals(List.of("Save the sign-in sheets as | PDF document (.pdf) | LAO-2026-03-signin-week2-session.pdf"), proposed);
        assertEquals(List.of("Sign-in sheets for week 2 written to " + file + ": 2 sessions, 22 trainees."), reported);
        PdfReadBack pdf = PdfReadBack.of(file);
        assertEquals(2, pdf.pages().size(), "a page per session");
        assertTrue(pdf.pages().get(0).contains("08:00–11:30 Chính phủ số"), pdf.pages().get(0));
        assertTrue(pdf.pages().get(1).contains("13:30–16:30 ການຫັນເປັນດິຈິຕອນ"), pdf.pages().get(1));
        assertTrue(pdf.text().contains("ບຸນມີ ພົມມະຈັນ"), "the trainee added in Lao");
    }

    private PrintExport printExport(Path file, List<String> proposed, List<String> reported, List<Throwable> failures) {
        return new PrintExport(workspace.services().signIns(), workspace.services().weeklyTimetables(), new Localization(Language.EN), tasks,
                failures::add, () -> stage, (owner, title, filter, extension, name) -> {
                    proposed.add(title + " | " + filter + " | " + name + "." + extension);
                    return Optional.of(file);
                }, () -> LocalDate.of(2026, 5, 13));
    }

    @Test
    void theTimetableButtonWritesEveryWeekAsAWorkbook() throws Exception {
        prepare(dir);
        withSessions(dir);
        show(dir, Language.EN);
        openCohort(CODE);
        List<String> reported = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<String> proposed = new ArrayList<>();
        Path file = dir.resolve("timetable.xlsx");
        Cohort cohort = workspace.services().rosters().detail(CODE).roster().cohort();
        PrintExport export = printExport(file, proposed, reported, failures);

        clickOn("#" + CohortSchedule.MENU_ID);
        clickOn("#" + CohortSchedule.PRINT_ID);
        waitUntil(() -> lookup("#printWeek").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<Object> weeks = lookup("#printWeek").queryAs(ComboBox.class);
        assertEquals("Every week", weeks.getConverter().toString(weeks.getValue()));
        assertEquals(5, weeks.getItems().size(), "every week, then weeks 1 to 4");
        assertTrue(lookup("#printPer").tryQuery().isEmpty(), "pages are not asked for a timetable");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#printWeek").tryQuery().isEmpty());

        FxToolkit.setupFixture(() -> export.timetable(cohort, reported::add));
        waitUntil(() -> lookup("#printFormat").tryQuery().isPresent());
        clickOn("#printFormat");
        clickOn("Excel workbook (.xlsx)");
        clickOn("#printConfirm");
        waitUntil(() -> !reported.isEmpty() || !failures.isEmpty());

        assertEquals(List.of(), failures);
        assertEquals(List.of("Save the timetable as | Excel workbook (.xlsx) | Timetable of LAO-2026-03.xlsx"), proposed);
        assertEquals(List.of("Timetable written to " + file + ": 1 week, 2 sessions."), reported);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile()); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertEquals("Week 2", wb.getFirstSheet().getName());
            assertEquals("Tuesday 12/05/2026", all.get(1).getCellText(2));
            assertEquals("08:00–11:30\nChính phủ số\nLecture · A2-301", all.get(2).getCellText(2));
        }
    }
}
