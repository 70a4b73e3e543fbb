package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.export.ExportService;
import org.cohortdesk.service.export.ExportTemplate;
import org.cohortdesk.service.export.Passports;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.export.SignInSheets;
import org.cohortdesk.service.export.Timetables;
import org.cohortdesk.service.schedule.IcsExport;
import org.cohortdesk.service.spreadsheet.SpreadsheetFormat;
import org.cohortdesk.service.spreadsheet.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a roster, everyone or the cohort list to a spreadsheet: XLSX, ODS or CSV (UTF-8 with a byte-order mark); a week's sign-in sheets or a cohort's timetable (PDF or XLSX); a cohort's calendar (ICS); a completed cohort's certificates (PDF).",
            "Header in the language of --lang, header row frozen, dates as date cells shown dd/mm/yyyy, text kept as text.",
            "Text a spreadsheet would run as a formula (starting with = + - @) gets a ' in front."},
        subcommands = {ExportCommand.Roster.class, ExportCommand.People.class, ExportCommand.Cohorts.class, ExportCommand.SignIn.class,
            ExportCommand.Timetable.class, ExportCommand.Calendar.class, CertificatesCommand.class})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: roster, people, cohorts, signin, timetable, calendar or certificates");
    }

    /** What every export shares: the format (or the file's extension) and the file. */
    abstract static class ToFile extends WorkspaceCommand {
        @Option(names = "--format", paramLabel = "xlsx|ods|csv", description = "The file's format (default: from the --out file's extension).")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write; an existing one is replaced.")
        Path out;

        @Override
        final int run(Workspace workspace, Localization tr, PrintWriter stdout, PrintWriter err) {
            Optional<SpreadsheetFormat> chosen = format == null ? SpreadsheetFormat.ofFile(out) : SpreadsheetFormat.named(format);
            if (chosen.isEmpty()) {
                err.println(format == null ? tr.tr("cli.export.format_missing", out) : tr.tr("cli.export.format_unknown", format));
                return 2;
            }
            Optional<Integer> refused = check(tr, err);
            if (refused.isPresent()) {
                return refused.get();
            }
            ExportService exports = workspace.services().exports();
            Table table = table(exports, tr);
            exports.write(table, chosen.get(), out);
            stdout.println(tr.tr("export.done", table.rows().size(), out.toAbsolutePath()));
            return 0;
        }

        /** A usage problem with this command's own options: its exit code, after one line on {@code err}. */
        Optional<Integer> check(Localization tr, PrintWriter err) {
            return Optional.empty();
        }

        abstract Table table(ExportService exports, Localization tr);
    }

    static Passports passports(boolean leftOut) {
        return leftOut ? Passports.LEFT_OUT : Passports.INCLUDED;
    }

    @Command(name = "roster", mixinStandardHelpOptions = true,
            description = {"A cohort's roster, sorted by romanised name. Templates: full (every roster column, withdrawn trainees too),",
                "visa (name as in the passport, nationality, birth date, passport no. and expiry), catering (names, diet, health),",
                "accommodation (names, room, arrival and departure with flights), embassy (names, sex, birth date, position, agency, passport).",
                "All but full leave withdrawn trainees out. An unknown cohort: exit 1; an unknown template or format: exit 2."})
    static final class Roster extends ToFile {
        @Option(names = "--cohort", required = true, paramLabel = "CODE", description = "The cohort's code, e.g. LAO-2026-03.")
        String cohort;

        @Option(names = "--template", paramLabel = "NAME", defaultValue = "full",
                description = "full, visa, catering, accommodation or embassy (default: ${DEFAULT-VALUE}).")
        String template;

        @Override
        Optional<Integer> check(Localization tr, PrintWriter err) {
            if (cohort.isBlank()) {
                err.println(tr.tr("cli.roster.code_missing"));
                return Optional.of(2);
            }
            if (ExportTemplate.named(template).isEmpty()) {
                String names = Arrays.stream(ExportTemplate.values()).map(ExportTemplate::cliName).collect(Collectors.joining(", "));
                err.println(tr.tr("cli.export.template_unknown", template, names));
                return Optional.of(2);
            }
            return Optional.empty();
        }

        @Option(names = "--no-passports", description = "Leave out passport numbers and their expiry dates (even from the visa template).")
        boolean noPassports;

        @Override
        Table table(ExportService exports, Localization tr) {
            return exports.roster(cohort, ExportTemplate.named(template).orElseThrow(), tr, null, passports(noPassports));
        }
    }

    @Command(name = "people", mixinStandardHelpOptions = true,
            description = "Everyone, one row a person, sorted by romanised name: names, sex, birth date, agency, province, passport no., cohorts.")
    static final class People extends ToFile {
        @Option(names = "--no-passports", description = "Leave out passport numbers.")
        boolean noPassports;

        @Override
        Table table(ExportService exports, Localization tr) {
            return exports.people(tr, null, passports(noPassports));
        }
    }

    @Command(name = "cohorts", mixinStandardHelpOptions = true,
            description = "The cohort list, one row a cohort, newest first: code, course, partner, country, start, end, enrolled, planned size, status.")
    static final class Cohorts extends ToFile {
        @Override
        Table table(ExportService exports, Localization tr) {
            return exports.cohorts(tr, null);
        }
    }

    /**
     * What the printed exports share (sign-in sheets, the timetable): a cohort, the format (pdf or
     * xlsx, or the file's extension) and the file; a week outside the course is a usage error (exit 2),
     * any other refusal exit 1.
     */
    abstract static class Printed extends WorkspaceCommand {
        @Mixin
        CohortOption cohort;

        @Option(names = "--format", paramLabel = "pdf|xlsx", description = "pdf or xlsx (default: from the --out file's extension).")
        String format;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .pdf or .xlsx file to write; an existing one is replaced.")
        Path out;

        @Override
        final int run(Workspace workspace, Localization tr, PrintWriter stdout, PrintWriter err) {
            Optional<PrintFormat> chosen = format == null ? PrintFormat.ofFile(out) : PrintFormat.named(format);
            if (chosen.isEmpty()) {
                err.println(format == null ? tr.tr("signin.cli.format_missing", out) : tr.tr("signin.cli.format_unknown", format));
                return 2;
            }
            Optional<Integer> refused = check(tr, err);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (!cohort.given(tr, err)) {
                return 2;
            }
            try {
                stdout.println(write(workspace, chosen.get(), tr));
                return 0;
            } catch (ProblemException problem) {
                err.println(tr.tr(problem.problem()));
                return problem.problem().key().equals("error.signin.week_range") ? 2 : 1;
            }
        }

        /** A usage problem with this command's own options: its exit code, after one line on {@code err}. */
        Optional<Integer> check(Localization tr, PrintWriter err) {
            return Optional.empty();
        }

        /** Reads and writes {@link #out} in {@code format}; returns what to tell the user. */
        abstract String write(Workspace workspace, PrintFormat format, Localization tr);
    }

    @Command(name = "signin", mixinStandardHelpOptions = true,
            description = {"Sign-in sheets for one week of a cohort, ready to print, as PDF or XLSX: one page (PDF) or sheet (XLSX) per day",
                "with sessions, A4 landscape; No., Lao and Latin name, one signature column per session; trainees who withdrew left out.",
                "--per session gives one page or sheet per session instead. In a PDF, a day whose trainees overflow a page goes on over",
                "the next with its title and header repeated; an XLSX sheet is fitted to one page.",
                "Week 1 is the Monday-to-Sunday week of the cohort's first day. A week outside the course, an unknown format or --per: exit 2;",
                "an unknown cohort, a week without sessions, a file that cannot be written: exit 1."})
    static final class SignIn extends Printed {
        @Option(names = "--week", required = true, paramLabel = "N", description = "The week of the course, from 1.")
        int week;

        @Option(names = "--per", paramLabel = "day|session", defaultValue = "day",
                description = "One page or sheet per day (default) or per session.")
        String per;

        @Override
        Optional<Integer> check(Localization tr, PrintWriter err) {
            if (SignInSheets.Per.named(per).isEmpty()) {
                err.println(tr.tr("signin.cli.per_unknown", per));
                return Optional.of(2);
            }
            return Optional.empty();
        }

        @Override
        String write(Workspace workspace, PrintFormat format, Localization tr) {
            SignInSheets.Per perSheet = SignInSheets.Per.named(per).orElseThrow();
            SignInSheets sheets = workspace.services().signIns();
            SignInSheets.Week chosen = sheets.week(cohort.code, week, tr);
            sheets.write(chosen, perSheet, format, tr, out);
            return perSheet == SignInSheets.Per.DAY
                    ? tr.tr("signin.done", week, out.toAbsolutePath(), chosen.days().size(), chosen.trainees().size())
                    : tr.tr("signin.done_sessions", week, out.toAbsolutePath(), chosen.sheets(SignInSheets.Per.SESSION).size(),
                            chosen.trainees().size());
        }
    }

    @Command(name = "timetable", mixinStandardHelpOptions = true,
            description = {"A cohort's timetable as weekly grids ready to print, as PDF or XLSX: one page or sheet per week (A4 landscape),",
                "the days Monday to Saturday (to Sunday when a session falls on one) as columns, morning, afternoon and evening as rows;",
                "each session with its time, title, kind and location. Every week with sessions, or only --week N.",
                "A week outside the course, an unknown format: exit 2; an unknown cohort, no sessions, a file that cannot be written: exit 1."})
    static final class Timetable extends Printed {
        @Option(names = "--week", paramLabel = "N", description = "Only this week of the course, from 1 (default: every week with sessions).")
        Integer week;

        @Override
        String write(Workspace workspace, PrintFormat format, Localization tr) {
            Timetables timetables = workspace.services().weeklyTimetables();
            Timetables.Grid grid = timetables.grid(cohort.code, week, tr);
            timetables.write(grid, format, tr, out);
            int sessions = grid.weeks().stream().mapToInt(w -> w.sessions().size()).sum();
            return tr.tr("timetable.done", out.toAbsolutePath(), grid.weeks().size(), sessions);
        }
    }

    @Command(name = "calendar", mixinStandardHelpOptions = true,
            description = {"A cohort's sessions as an iCalendar file (.ics, RFC 5545, UTF-8) for Outlook, Google Calendar or a phone.",
                "One event a session; its UID stays the same from one export to the next, so importing again updates the events.",
                "Times in Asia/Ho_Chi_Minh with its time-zone definition, or in UTC with --utc. Titles, places and descriptions in",
                "the language of --lang. An unknown cohort or a file that cannot be written: exit 1."})
    static final class Calendar extends WorkspaceCommand {
        @Mixin
        CohortOption cohort;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .ics file to write; an existing one is replaced.")
        Path out;

        @Option(names = "--utc", description = "Times in UTC instead of the academy's time zone.")
        boolean utc;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter stdout, PrintWriter err) {
            if (!cohort.given(tr, err)) {
                return 2;
            }
            try {
                IcsExport.Written written = workspace.services().calendars().write(cohort.code.strip(), tr, utc, out);
                stdout.println(tr.tr("schedule.ics.done", written.events(), out.toAbsolutePath()));
                return 0;
            } catch (ProblemException refused) {
                err.println(tr.tr(refused.problem()));
                return 1;
            }
        }
    }
}
