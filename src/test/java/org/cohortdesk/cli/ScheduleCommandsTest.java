package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.cli.CommandLineTest.Result;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionResource;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Tables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** {@code conflicts}, {@code holidays} and {@code export calendar} on a one-year sample. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduleCommandsTest {
    @TempDir
    static Path dir;
    static String data;
    static String code;

    @BeforeAll
    static void sample() {
        data = dir.resolve("data").toString();
        assertEquals(0, run("demo", "--data", data, "--years", "1", "--seed", "3").code());
        code = run("cohorts", "--data", data).lines().get(1).split("\t")[0];
    }

    @Test
    @Order(1)
    void theSampleTimetableHasNoConflicts() {
        Result r = run("conflicts", "--data", data, "--lang", "en");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("No errors, no warnings.", r.out().strip());
    }

    /** The sample stores no holiday, so each computed one is listed once (not again from a stored copy). */
    @Test
    @Order(1)
    void theSampleListsEachPublicHolidayOnce() {
        String year = String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear());
        for (String country : List.of("VN", "LA")) {
            Result r = run("holidays", "--country", country, "--year", year, "--data", data, "--lang", "en");
            assertEquals(0, r.code(), r.err());
            List<String> days = r.out().lines().map(l -> l.split("\t")[0]).toList();
            assertTrue(days.size() >= 7, r.out());
            assertEquals(days.stream().distinct().toList(), days, r.out());
        }
    }

    @Test
    @Order(2)
    void exportsACohortsCalendar() throws IOException {
        Path ics = dir.resolve("calendar.ics");
        Result r = run("export", "calendar", "--cohort", code, "--out", ics.toString(), "--data", data, "--lang", "vi");
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        long events = text.lines().filter("BEGIN:VEVENT"::equals).count();
        assertTrue(events > 0);
        assertEquals("Đã ghi " + events + " buổi học vào " + ics.toAbsolutePath() + ".", r.out().strip());
        assertTrue(text.contains("TZID:Asia/Ho_Chi_Minh\r\n"));

        Result unknown = run("export", "calendar", "--cohort", "NOPE", "--out", ics.toString(), "--data", data, "--lang", "en");
        assertEquals(1, unknown.code());
        assertEquals("There is no cohort with the code NOPE.", unknown.err().strip());
    }

    @Test
    @Order(3)
    void listsADoubleBookingAndExitsOne() {
        Session copy;
        try (Workspace w = Workspace.open(new DataFolder(Path.of(data)), null, Clock.systemUTC())) {
            copy = w.database().jdbi().withHandle(h -> {
                Session booked = h.createQuery("SELECT s.* FROM sessions s JOIN cohorts c ON c.id = s.cohort_id "
                        + "WHERE c.code = :code AND EXISTS (SELECT 1 FROM session_resources sr WHERE sr.session_id = s.id) "
                        + "ORDER BY s.starts_at LIMIT 1").bind("code", code).mapTo(Session.class).one();
                UUID resource = h.createQuery("SELECT resource_id FROM session_resources WHERE session_id = :id LIMIT 1")
                        .bind("id", booked.id()).mapTo(UUID.class).one();
                Instant now = Instant.now();
                // starts later than the session it clashes with, so it is the one the message names
                Session twin = new Session(UUID.randomUUID(), booked.cohortId(), null, booked.kind(), "Twin", booked.startsAt().plusMinutes(30),
                        booked.endsAt().plusMinutes(30), null, null, now, now, 0);
                Tables.SESSIONS.insert(h, twin);
                Tables.SESSION_RESOURCES.insert(h, new SessionResource(UUID.randomUUID(), twin.id(), resource, now, now, 0));
                return booked;
            });
        }
        Result r = run("conflicts", "--cohort", code, "--data", data, "--lang", "en");
        assertEquals(1, r.code(), r.out() + r.err());
        List<String> lines = r.lines();
        assertEquals(1, lines.size(), r.out());
        String[] cells = lines.get(0).split("\t");
        assertEquals(5, cells.length, lines.get(0));
        assertEquals(org.cohortdesk.i18n.Localization.DATE.format(copy.startsAt()), cells[0]);
        assertEquals(code, cells[2]);
        assertEquals("Error", cells[3]);
        assertTrue(cells[4].endsWith("is also booked by " + code + ": Twin, "
                + org.cohortdesk.i18n.Localization.DATE_TIME.format(copy.startsAt().plusMinutes(30)) + "–" + copy.endsAt().plusMinutes(30).toLocalTime()
                + "."), cells[4]);
        assertEquals("1 error, no warnings.", r.err().strip());

        Result unknown = run("conflicts", "--cohort", "NOPE", "--data", data, "--lang", "en");
        assertEquals(1, unknown.code());
        assertEquals("There is no cohort with the code NOPE.", unknown.err().strip());
    }
}
