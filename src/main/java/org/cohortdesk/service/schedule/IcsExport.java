package org.cohortdesk.service.schedule;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.Titles;
import org.cohortdesk.service.export.ExportService;
import org.cohortdesk.store.CohortDao;
import org.cohortdesk.store.ScheduleDao;
import org.cohortdesk.store.ScheduleDao.Booked;
import org.cohortdesk.store.ScheduleDao.Listed;
import org.cohortdesk.store.Tables;
import org.jdbi.v3.core.Jdbi;

/**
 * A cohort's sessions as an iCalendar file (RFC 5545, UTF-8) for Outlook, Google Calendar and
 * phones: one VEVENT a session whose UID is the session's own id, so a second export updates the
 * events of the first instead of adding them again. Times are the academy's wall clock with the
 * Asia/Ho_Chi_Minh VTIMEZONE, or UTC. SUMMARY, LOCATION and DESCRIPTION are in the language asked.
 * Written by hand: why, in docs/decisions/0009-ics.md.
 */
public final class IcsExport {
    /** The academy's time zone: the sessions' times are wall-clock times there. */
    public static final ZoneId ACADEMY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String UID_DOMAIN = "@cohortdesk";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What was written: how many events, where. */
    public record Written(int events, Path file) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public IcsExport(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Writes the calendar of the cohort with this code to {@code file} (replaced; no half-written
     * file is left). Refused with {@code error.cohort.unknown} for an unknown code and like
     * {@link ExportService#write} when the file cannot be written.
     */
    public Written write(String code, Localization tr, boolean utc, Path file) {
        String text = calendar(code, tr, utc);
        ExportService.toFile(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return new Written(count(text), file);
    }

    /** The calendar of the cohort with this code, as the text of an .ics file (lines end in CRLF). */
    public String calendar(String code, Localization tr, boolean utc) {
        return jdbi.inTransaction(h -> {
            Cohort cohort = h.attach(CohortDao.class).findByCode(code).orElseThrow(() -> ProblemException.of("error.cohort.unknown", code));
            Course course = Tables.COURSES.find(h, cohort.courseId()).orElseThrow();
            ScheduleDao dao = h.attach(ScheduleDao.class);
            List<Listed> sessions = dao.listed(cohort.id());
            Map<UUID, List<Booked>> booked = dao.booked(cohort.id()).stream()
                    .collect(Collectors.groupingBy(Booked::sessionId, LinkedHashMap::new, Collectors.toList()));
            String lang = tr.language().tag();
            String courseTitle = Titles.in(lang, course.titleVi(), course.titleEn(), course.titleLo());
            return text(cohort.code() + " – " + courseTitle, sessions, booked, tr, utc);
        });
    }

    private String text(String name, List<Listed> sessions, Map<UUID, List<Booked>> booked, Localization tr, boolean utc) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Cohort Desk//Cohort Desk//" + tr.language().tag().toUpperCase(java.util.Locale.ROOT));
        lines.add("CALSCALE:GREGORIAN");
        // No METHOD: the file is a calendar to import (RFC 5545), not an iTIP message (RFC 5546 wants an ORGANIZER for PUBLISH).
        lines.add("X-WR-CALNAME:" + escape(name));
        if (!utc) {
            lines.add("X-WR-TIMEZONE:" + ACADEMY_ZONE.getId());
            // Vietnam has kept UTC+7 without daylight saving since 13 June 1975.
            lines.addAll(List.of("BEGIN:VTIMEZONE", "TZID:" + ACADEMY_ZONE.getId(), "BEGIN:STANDARD", "DTSTART:19750613T000000",
                    "TZOFFSETFROM:+0800", "TZOFFSETTO:+0700", "TZNAME:ICT", "END:STANDARD", "END:VTIMEZONE"));
        }
        String stamp = UTC.format(clock.instant());
        for (Listed s : sessions) {
            List<Booked> uses = booked.getOrDefault(s.id(), List.of());
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + s.id() + UID_DOMAIN);
            lines.add("DTSTAMP:" + stamp);
            lines.add(time("DTSTART", s.startsAt(), utc));
            lines.add(time("DTEND", s.endsAt(), utc));
            lines.add("SUMMARY:" + escape(summary(s, tr)));
            String location = location(s, uses);
            if (!location.isEmpty()) {
                lines.add("LOCATION:" + escape(location));
            }
            lines.add("DESCRIPTION:" + escape(description(s, uses, name, tr)));
            lines.add("CATEGORIES:" + escape(tr.tr(ScheduleLabels.kind(s.kind()))));
            if (s.updatedAt() != null) {
                lines.add("LAST-MODIFIED:" + UTC.format(s.updatedAt()));
            }
            lines.add("SEQUENCE:" + s.version());
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> fold(line, out));
        return out.toString();
    }

    private static String time(String property, LocalDateTime at, boolean utc) {
        return utc ? property + ":" + UTC.format(at.atZone(ACADEMY_ZONE).toInstant())
                : property + ";TZID=" + ACADEMY_ZONE.getId() + ":" + LOCAL.format(at);
    }

    /** The module's title in the language asked when the session teaches one, else the session's title. */
    private static String summary(Listed s, Localization tr) {
        if (s.moduleTitleEn() != null) {
            return Titles.in(tr.language().tag(), s.moduleTitleVi(), s.moduleTitleEn(), s.moduleTitleLo());
        }
        return s.title();
    }

    private static String location(Listed s, List<Booked> uses) {
        List<String> parts = new ArrayList<>();
        uses.stream().filter(b -> b.kind() == ResourceKind.ROOM).forEach(b -> parts.add(b.name()));
        if (s.location() != null && !s.location().isBlank()) {
            parts.add(s.location().strip());
        }
        return String.join(", ", parts);
    }

    private static String description(Listed s, List<Booked> uses, String calendarName, Localization tr) {
        List<String> lines = new ArrayList<>();
        lines.add(tr.tr(ScheduleLabels.kind(s.kind())) + (s.moduleTitleEn() != null ? ": " + s.title() : ""));
        for (ResourceKind kind : List.of(ResourceKind.LECTURER, ResourceKind.INTERPRETER)) {
            String names = uses.stream().filter(b -> b.kind() == kind).map(Booked::name).collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                lines.add(tr.tr(ScheduleLabels.role(kind), names));
            }
        }
        if (s.notes() != null && !s.notes().isBlank()) {
            lines.add(s.notes().strip());
        }
        lines.add(calendarName);
        return String.join("\n", lines);
    }

    /** TEXT escaping of RFC 5545 (3.3.11): backslash, semicolon, comma, and line breaks as \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\\n");
    }

    /**
     * Appends a content line folded at 75 octets (RFC 5545, 3.1): a CRLF and a space before each
     * further piece, never inside a UTF-8 sequence (a Lao or Vietnamese letter stays whole).
     */
    static void fold(String line, StringBuilder out) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length();) {
            int cp = line.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static int count(String text) {
        int n = 0;
        for (int i = text.indexOf("BEGIN:VEVENT"); i >= 0; i = text.indexOf("BEGIN:VEVENT", i + 1)) {
            n++;
        }
        return n;
    }
}
