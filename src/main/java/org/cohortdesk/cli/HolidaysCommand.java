package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.holiday.DayOff;
import org.cohortdesk.service.holiday.HolidayCountry;
import org.cohortdesk.service.holiday.HolidayService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "holidays", mixinStandardHelpOptions = true,
        description = {"The days off of a year: public holidays by law (with days in lieu of those on a weekend) and the extra days added.",
            "Prints one line per day off: YYYY-MM-DD<TAB>name, names in --lang. Weekends are not listed."},
        subcommands = {HolidaysCommand.Add.class, HolidaysCommand.Remove.class})
final class HolidaysCommand extends WorkspaceCommand {
    @Option(names = "--country", paramLabel = "VN|LA", description = "Vietnam (VN) or Laos (LA). Required to list.")
    HolidayCountry country;

    @Option(names = "--year", paramLabel = "YEAR", description = "The year, 1900 to 2100. Required to list.")
    String year;

    @Override
    int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
        if (country == null || year == null) {
            throw new ParameterException(spec.commandLine(), "Missing required options: --country and --year (or a command: add, remove)");
        }
        int y = year(spec, tr, year);
        for (DayOff day : workspace.services().holidays().daysOff(country, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))) {
            out.println(Tsv.row(day.date(), day.name(tr)));
        }
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an extra day off (a bridge day the government announced). Refused on a day already off.")
    static final class Add extends WorkspaceCommand {
        @Mixin
        CountryAndDate day;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "Its name, as it should be listed.")
        String name;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            var added = workspace.services().holidays().addExtra(day.country, date(spec, tr, day.date), name);
            out.println(tr.tr("cli.holidays.added", day.country, added.holidayOn().toString(), added.name()));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an extra day off. Public holidays cannot be removed.")
    static final class Remove extends WorkspaceCommand {
        @Mixin
        CountryAndDate day;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            LocalDate date = date(spec, tr, day.date);
            workspace.services().holidays().removeExtra(day.country, date);
            out.println(tr.tr("cli.holidays.removed", day.country, date.toString()));
            return 0;
        }
    }

    /** {@code --country VN|LA --date YYYY-MM-DD}: which extra day off. */
    static final class CountryAndDate {
        @Option(names = "--country", required = true, paramLabel = "VN|LA", description = "Vietnam (VN) or Laos (LA).")
        HolidayCountry country;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The extra day off.")
        String date;
    }

    /** A year the holidays are known for; a usage error (exit 2) otherwise. */
    static int year(picocli.CommandLine.Model.CommandSpec spec, Localization tr, String text) {
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= HolidayService.FIRST_YEAR && y <= HolidayService.LAST_YEAR) {
                return y;
            }
        } catch (NumberFormatException notANumber) {
            // told below, in the user's language
        }
        throw new ParameterException(spec.commandLine(),
                tr.tr("cli.holidays.year_invalid", String.valueOf(HolidayService.FIRST_YEAR), String.valueOf(HolidayService.LAST_YEAR), text));
    }

    /** An ISO date; a usage error (exit 2) otherwise. */
    static LocalDate date(picocli.CommandLine.Model.CommandSpec spec, Localization tr, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), tr.tr("cli.holidays.date_invalid", text), e, null, text);
        }
    }
}
