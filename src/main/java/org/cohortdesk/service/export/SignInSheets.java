package org.cohortdesk.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Session;
import org.cohortdesk.service.roster.CohortDetail;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.service.spreadsheet.CellText;
import org.cohortdesk.service.spreadsheet.SheetNames;
import org.cohortdesk.store.CohortDao;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in sheets for one week of a cohort, ready to print as an XLSX workbook or a PDF file: one
 * sheet (or page) per day that has sessions, or per session, one signature column per session,
 * one row per trainee who has not withdrawn.
 */
public final class SignInSheets {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SHEET_DATE = DateTimeFormatter.ofPattern("dd-MM");
    private static final DateTimeFormatter SHEET_TIME = DateTimeFormatter.ofPattern("HH'h'mm");
    /** Points: tall enough to sign in. */
    private static final double SIGNING_ROW_HEIGHT = 28;
    private static final int NAME_COLUMNS = 3;
    /**
     * The hidden sheet that makes an XLSX sign-in workbook readable back: its first row holds
     * {@link #KEY_MARKER}, the layout version and the cohort code; its second {@code people} and the
     * person id of each trainee row (the trainees start on row 3 of every day's sheet); each further
     * row a day's sheet name and the session id of each signature column (from column D).
     */
    public static final String KEY_SHEET = "cohortdesk";
    public static final String KEY_MARKER = "cohortdesk sign-in";
    public static final String KEY_VERSION = "1";
    public static final String KEY_PEOPLE = "people";
    /** The first row of trainees (0-based) and the first signature column (0-based) on a day's sheet. */
    public static final int FIRST_TRAINEE_ROW = 2;
    public static final int FIRST_SESSION_COLUMN = NAME_COLUMNS;

    /** A day of the week with its sessions, in time order. */
    public record Day(LocalDate date, List<Session> sessions) {}

    /** Week {@code number} of a cohort (it starts on {@code monday}): the days with sessions and who signs. */
    public record Week(String cohortCode, String courseTitle, int number, LocalDate monday, List<Day> days, List<Person> trainees) {
        /** The sheets {@code per} gives: the days as they are, or each session as a day of its own. */
        public List<Day> sheets(Per per) {
            if (per == Per.DAY) {
                return days;
            }
            return days.stream().flatMap(d -> d.sessions().stream().map(s -> new Day(d.date(), List.of(s)))).toList();
        }
    }

    /** What one sheet or page holds: a day with a signature column per session, or one session. */
    public enum Per {
        DAY,
        SESSION;

        /** {@code day} or {@code session}, as the command line takes it. */
        public String cliName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Per> named(String name) {
            return Arrays.stream(values()).filter(p -> p.cliName().equalsIgnoreCase(name.strip())).findFirst();
        }
    }

    private final Jdbi jdbi;
    private final RosterService rosters;

    public SignInSheets(Jdbi jdbi, RosterService rosters) {
        this.jdbi = jdbi;
        this.rosters = rosters;
    }

    /** How many weeks the course spans: week 1 is the Monday-to-Sunday week of its first day, the last that of its last day. */
    public static int weeksOf(Cohort cohort) {
        return (int) ChronoUnit.WEEKS.between(mondayOf(cohort.startsOn()), mondayOf(cohort.endsOn())) + 1;
    }

    /** Week {@code number} of a course, from its Monday to its Sunday. */
    public record WeekSpan(int number, LocalDate monday) {
        public LocalDate sunday() {
            return monday.plusDays(6);
        }
    }

    /** The weeks of the course, from 1 to {@link #weeksOf}. */
    public static List<WeekSpan> weeks(Cohort cohort) {
        LocalDate first = mondayOf(cohort.startsOn());
        return IntStream.rangeClosed(1, weeksOf(cohort)).mapToObj(n -> new WeekSpan(n, first.plusWeeks(n - 1L))).toList();
    }

    /** The week to offer first: the one holding {@code today} while the course runs, else week 1. */
    public static int currentWeek(Cohort cohort, LocalDate today) {
        if (today.isBefore(cohort.startsOn()) || today.isAfter(cohort.endsOn())) {
            return 1;
        }
        return (int) ChronoUnit.WEEKS.between(mondayOf(cohort.startsOn()), mondayOf(today)) + 1;
    }

    /**
     * Week {@code number} of the cohort with this code, the course title in {@code tr}'s language,
     * trainees in roster order. Refused with {@code error.cohort.unknown} for an unknown code,
     * {@code error.signin.week_range} for a week before the first or after the last of the course,
     * {@code error.signin.no_sessions} for a week without sessions.
     */
    public Week week(String code, int number, Localization tr) {
        CohortDetail detail = rosters.detail(code);
        Cohort cohort = detail.roster().cohort();
        int weeks = weeksOf(cohort);
        if (number < 1 || number > weeks) {
            throw ProblemException.of("error.signin.week_range", number, cohort.code(), weeks);
        }
        LocalDate monday = mondayOf(cohort.startsOn()).plusWeeks(number - 1L);
        List<Session> sessions = jdbi.withExtension(CohortDao.class,
                dao -> dao.sessionsBetween(cohort.id(), monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay()));
        if (sessions.isEmpty()) {
            throw ProblemException.of("error.signin.no_sessions", number, cohort.code(), monday, monday.plusDays(6));
        }
        Map<LocalDate, List<Session>> byDay = new TreeMap<>();
        sessions.forEach(s -> byDay.computeIfAbsent(s.startsAt().toLocalDate(), d -> new ArrayList<>()).add(s));
        List<Day> days = byDay.entrySet().stream().map(e -> new Day(e.getKey(), List.copyOf(e.getValue()))).toList();
        List<Person> trainees = detail.roster().lines().stream()
                .filter(l -> l.enrollment().status() != EnrollmentStatus.WITHDRAWN)
                .map(RosterService.Line::person)
                .toList();
        return new Week(cohort.code(), detail.header().courseTitle(tr.language().tag()), number, monday, days, trainees);
    }

    /**
     * Writes the week's sheets to {@code file} as XLSX: A4 landscape, each sheet fitted to one
     * page, its title and header rows repeated should a printer split it. Refused like
     * {@link ExportService#write}; no half-written file is left.
     */
    public void write(Week week, Localization tr, Path file) {
        write(week, Per.DAY, PrintFormat.XLSX, tr, file);
    }

    /**
     * Writes the week's sheets to {@code file} in {@code format}, one sheet (XLSX) or page (PDF) per
     * day or per session. In a PDF, a day whose trainees overflow a page goes on over the next with
     * its title and header repeated. Refused like {@link ExportService#write}; no half-written file is left.
     */
    public void write(Week week, Per per, PrintFormat format, Localization tr, Path file) {
        ExportService.toFile(file, out -> {
            if (format == PrintFormat.PDF) {
                SignInPdf.write(week, week.sheets(per), tr, out);
            } else {
                writeXlsx(week, per, tr, out);
            }
        });
    }

    /** The name a day's sheet gets, e.g. "Monday 04-05" ("Thứ Hai 04-05" in Vietnamese). */
    public static String sheetName(LocalDate date, Localization tr) {
        return SheetNames.safe(tr.tr("signin.sheet", tr.tr(date.getDayOfWeek()), SHEET_DATE.format(date)));
    }

    /** The name a session's sheet gets, e.g. "Monday 04-05 08h00". */
    static String sheetName(Session session, Localization tr) {
        return SheetNames.safe(sheetName(session.startsAt().toLocalDate(), tr) + " " + SHEET_TIME.format(session.startsAt()));
    }

    /** The header of a session's signature column: "08:00–11:30 Opening". */
    static String sessionHeading(Session s) {
        return TIME.format(s.startsAt()) + "–" + TIME.format(s.endsAt()) + " " + s.title();
    }

    private static void writeXlsx(Week week, Per per, Localization tr, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Cohort Desk", "1.0");
        Set<String> used = new HashSet<>();
        List<List<String>> keys = new ArrayList<>();
        for (Day day : week.sheets(per)) {
            String name = per == Per.SESSION ? sheetName(day.sessions().get(0), tr) : sheetName(day.date(), tr);
            // Two sessions starting at the same time would otherwise share a name, which a workbook refuses.
            for (int n = 2; !used.add(name); n++) {
                name = SheetNames.safe(name.substring(0, Math.min(name.length(), 26)) + " (" + n + ")");
            }
            daySheet(workbook.newWorksheet(name), week, day, tr);
            List<String> row = new ArrayList<>(List.of(name));
            day.sessions().forEach(session -> row.add(session.id().toString()));
            keys.add(row);
        }
        keySheet(workbook.newWorksheet(KEY_SHEET), week, keys);
        workbook.finish();
    }

    /** The hidden {@link #KEY_SHEET}: which cohort, which person on each row, which session in each column. */
    private static void keySheet(Worksheet ws, Week week, List<List<String>> days) {
        ws.setVisibilityState(VisibilityState.HIDDEN);
        ws.value(0, 0, KEY_MARKER);
        ws.value(0, 1, KEY_VERSION);
        ws.value(0, 2, week.cohortCode());
        ws.value(1, 0, KEY_PEOPLE);
        for (int i = 0; i < week.trainees().size(); i++) {
            ws.value(1, i + 1, week.trainees().get(i).id().toString());
        }
        for (int r = 0; r < days.size(); r++) {
            for (int c = 0; c < days.get(r).size(); c++) {
                ws.value(r + 2, c, days.get(r).get(c));
            }
        }
    }

    private static void daySheet(Worksheet ws, Week week, Day day, Localization tr) {
        int last = NAME_COLUMNS + day.sessions().size() - 1;
        ws.value(0, 0, CellText.neutralised(tr.tr("signin.title", week.cohortCode(), week.courseTitle(),
                tr.tr(day.date().getDayOfWeek()), day.date())));
        ws.range(0, 0, 0, last).merge();
        ws.style(0, 0).bold().fontSize(13).set();
        ws.rowHeight(0, 24);

        List<String> header = new ArrayList<>(List.of(tr.tr("roster.column.no"), tr.tr("roster.column.name_local"), tr.tr("roster.column.name_latin")));
        for (Session s : day.sessions()) {
            header.add(CellText.neutralised(sessionHeading(s)));
        }
        for (int c = 0; c <= last; c++) {
            ws.value(1, c, header.get(c));
        }
        ws.range(1, 0, 1, last).style().bold().wrapText(true).horizontalAlignment("center").verticalAlignment("center")
                .borderStyle("thin").set();
        ws.width(0, 6);
        ws.width(1, 28);
        ws.width(2, 28);
        for (int c = NAME_COLUMNS; c <= last; c++) {
            ws.width(c, 24);
        }

        int r = 2;
        for (Person p : week.trainees()) {
            ws.value(r, 0, r - 1);
            if (p.nameLocal() != null) {
                ws.value(r, 1, CellText.neutralised(p.nameLocal()));
            }
            ws.value(r, 2, CellText.neutralised(p.nameLatin()));
            ws.rowHeight(r, SIGNING_ROW_HEIGHT);
            r++;
        }
        if (r > 2) {
            ws.range(2, 0, r - 1, last).style().verticalAlignment("center").borderStyle("thin").set();
        }

        onOneLandscapePage(ws);
        ws.repeatRows(0, 1);
        ws.freezePane(0, 2);
    }

    /** Prints the sheet on one A4 page, landscape, scaled down to fit. */
    static void onOneLandscapePage(Worksheet ws) {
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 1);
    }

    static LocalDate mondayOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
