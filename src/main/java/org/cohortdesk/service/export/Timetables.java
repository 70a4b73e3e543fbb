package org.cohortdesk.service.export;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Session;
import org.cohortdesk.service.roster.CohortDetail;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.store.CohortDao;
import org.jdbi.v3.core.Jdbi;

/**
 * A cohort's timetable as weekly grids ready to print, as PDF or XLSX: one page or sheet per week,
 * the days Monday to Saturday (to Sunday when a session falls on one) as columns, morning,
 * afternoon and (when there is one) evening as rows, each session in its cell with its time,
 * title, kind and location.
 */
public final class Timetables {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Part of a day, a row of the grid: sessions starting before noon, before six, or later. */
    public enum Part {
        MORNING, AFTERNOON, EVENING;

        static Part of(Session s) {
            int hour = s.startsAt().getHour();
            return hour < 12 ? MORNING : hour < 18 ? AFTERNOON : EVENING;
        }

        public String key() {
            return switch (this) {
                case MORNING -> "timetable.part.morning";
                case AFTERNOON -> "timetable.part.afternoon";
                case EVENING -> "timetable.part.evening";
            };
        }
    }

    /** Week {@code number} (from {@code monday}): its days as columns, its parts of a day as rows, and its sessions. */
    public record Week(int number, LocalDate monday, List<LocalDate> days, List<Part> parts, List<Session> sessions) {
        /** The sessions in one cell, in time order. */
        public List<Session> in(LocalDate day, Part part) {
            return sessions.stream().filter(s -> s.startsAt().toLocalDate().equals(day) && Part.of(s) == part).toList();
        }

        public LocalDate sunday() {
            return monday.plusDays(6);
        }
    }

    /** The timetable of a cohort: its weeks with sessions. */
    public record Grid(String cohortCode, String courseTitle, List<Week> weeks) {}

    private final Jdbi jdbi;
    private final RosterService rosters;

    public Timetables(Jdbi jdbi, RosterService rosters) {
        this.jdbi = jdbi;
        this.rosters = rosters;
    }

    /**
     * The timetable of the cohort with this code: week {@code number} only, or every week with
     * sessions when it is null; the course title in {@code tr}'s language. Refused with
     * {@code error.cohort.unknown} for an unknown code, {@code error.signin.week_range} for a week
     * outside the course, {@code error.timetable.no_sessions} when there is nothing to show.
     */
    public Grid grid(String code, Integer number, Localization tr) {
        CohortDetail detail = rosters.detail(code);
        Cohort cohort = detail.roster().cohort();
        int weeks = SignInSheets.weeksOf(cohort);
        if (number != null && (number < 1 || number > weeks)) {
            throw ProblemException.of("error.signin.week_range", number, cohort.code(), weeks);
        }
        LocalDate first = SignInSheets.mondayOf(cohort.startsOn());
        LocalDate from = number == null ? first : first.plusWeeks(number - 1L);
        LocalDate until = number == null ? first.plusWeeks(weeks) : from.plusWeeks(1);
        List<Session> sessions = jdbi.withExtension(CohortDao.class,
                dao -> dao.sessionsBetween(cohort.id(), from.atStartOfDay(), until.atStartOfDay()));
        if (sessions.isEmpty()) {
            throw ProblemException.of("error.timetable.no_sessions", cohort.code(), from, until.minusDays(1));
        }
        List<Week> grid = new ArrayList<>();
        for (LocalDate monday = from; monday.isBefore(until); monday = monday.plusWeeks(1)) {
            LocalDate start = monday;
            List<Session> inWeek = sessions.stream()
                    .filter(s -> !s.startsAt().toLocalDate().isBefore(start) && s.startsAt().toLocalDate().isBefore(start.plusWeeks(1))).toList();
            if (!inWeek.isEmpty()) {
                grid.add(week((int) ChronoUnit.WEEKS.between(first, monday) + 1, monday, inWeek));
            }
        }
        return new Grid(cohort.code(), detail.header().courseTitle(tr.language().tag()), List.copyOf(grid));
    }

    private static Week week(int number, LocalDate monday, List<Session> sessions) {
        boolean sunday = sessions.stream().anyMatch(s -> s.startsAt().getDayOfWeek() == DayOfWeek.SUNDAY);
        List<LocalDate> days = new ArrayList<>();
        for (int d = 0; d < (sunday ? 7 : 6); d++) {
            days.add(monday.plusDays(d));
        }
        List<Part> parts = new ArrayList<>(List.of(Part.MORNING, Part.AFTERNOON));
        if (sessions.stream().anyMatch(s -> Part.of(s) == Part.EVENING)) {
            parts.add(Part.EVENING);
        }
        return new Week(number, monday, List.copyOf(days), List.copyOf(parts), sessions);
    }

    /**
     * Writes the timetable to {@code file}: a page (PDF) or sheet (XLSX) per week, A4 landscape.
     * Refused like {@link ExportService#write}; no half-written file is left.
     */
    public void write(Grid grid, PrintFormat format, Localization tr, Path file) {
        ExportService.toFile(file, out -> {
            if (format == PrintFormat.PDF) {
                TimetablePdf.write(grid, tr, out);
            } else {
                TimetableXlsx.write(grid, tr, out);
            }
        });
    }

    /** A week's title: "LAO-2026-05 · course · Timetable, week 2 (11/05/2026 to 17/05/2026)". */
    static String title(Grid grid, Week week, Localization tr) {
        return tr.tr("timetable.title", grid.cohortCode(), grid.courseTitle(), week.number(), week.monday(), week.sunday());
    }

    /** A column's header: "Monday 11/05". */
    static String dayHeading(LocalDate day, Localization tr) {
        return tr.tr("timetable.day", tr.tr(day.getDayOfWeek()), day);
    }

    /** A session in a cell, as lines: time, title, then kind and location. */
    static List<String> lines(Session s, Localization tr) {
        String kind = tr.tr(switch (s.kind()) {
            case LECTURE -> "timetable.kind.lecture";
            case STUDY_VISIT -> "timetable.kind.study_visit";
            case CEREMONY -> "timetable.kind.ceremony";
            case EXAM -> "timetable.kind.exam";
            case ACTIVITY -> "timetable.kind.activity";
            case SELF_STUDY -> "timetable.kind.self_study";
        });
        String where = s.location() == null || s.location().isBlank() ? kind : kind + " · " + s.location();
        return List.of(TIME.format(s.startsAt()) + "–" + TIME.format(s.endsAt()), s.title(), where);
    }
}
