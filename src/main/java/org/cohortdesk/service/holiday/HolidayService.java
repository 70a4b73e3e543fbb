package org.cohortdesk.service.holiday;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Holiday;
import org.cohortdesk.model.HolidayKind;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Entered;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.HolidayDao;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The days off of Vietnam and Laos: the public holidays by law, computed (Tết and the Hùng Kings'
 * day with the Vietnamese lunar calendar), and the extra days the user adds (the government's
 * bridge days), stored. Weekends are not listed: a day off here is a weekday or a holiday.
 *
 * <p>Stored rows of kind {@link HolidayKind#PUBLIC} are ignored: public holidays are computed, and
 * such rows are only left by the sample data of earlier versions, which stored its own list of
 * holidays (some of them on other days). Adding an extra day on the date of one replaces it.
 */
public final class HolidayService {
    /** The years whose holidays can be computed. */
    public static final int FIRST_YEAR = VietnameseLunarCalendar.FIRST_YEAR;
    public static final int LAST_YEAR = VietnameseLunarCalendar.LAST_YEAR;
    private static final int NAME_LENGTH = 300;
    /** Each country's year computed once, for every workspace (the days do not depend on one). */
    private static final PublicHolidays PUBLIC_HOLIDAYS = new PublicHolidays(VietnameseLunarCalendar.VIETNAM);
    private static final Map<String, List<DayOff>> COMPUTED = new ConcurrentHashMap<>();

    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public HolidayService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every day off of {@code country} from {@code from} to {@code to} (both included), by date:
     * the public holidays with their days in lieu, and the extra days stored. One query; call it
     * once for a range rather than {@link #isDayOff} for each of its days.
     */
    public List<DayOff> daysOff(HolidayCountry country, LocalDate from, LocalDate to) {
        checkYear(from.getYear());
        checkYear(to.getYear());
        List<DayOff> days = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (DayOff day : publicDays(country, year)) {
                if (!day.date().isBefore(from) && !day.date().isAfter(to)) {
                    days.add(day);
                }
            }
        }
        for (Holiday stored : jdbi.withHandle(h -> h.attach(HolidayDao.class).between(country.name(), from, to))) {
            if (stored.kind() == HolidayKind.EXTRA) {
                days.add(DayOff.stored(stored.holidayOn(), stored.kind(), stored.name()));
            }
        }
        days.sort(Comparator.comparing(DayOff::date));
        return days;
    }

    /**
     * The days off of every country known (Vietnam, the academy's; Laos) from {@code from} to {@code
     * to}, both included, each named with its country in {@code tr}'s language ("Lao National Day
     * (Laos)"; two on one day joined by "; "); none outside the years known.
     */
    public Map<LocalDate, String> named(LocalDate from, LocalDate to, Localization tr) {
        if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
            return Map.of();
        }
        Map<LocalDate, String> names = new TreeMap<>();
        for (HolidayCountry country : HolidayCountry.values()) {
            daysOff(country, from, to).forEach(d -> names.merge(d.date(), tr.tr("calendar.day_off", d.name(tr), tr.tr(country)),
                    (a, b) -> a + "; " + b));
        }
        return names;
    }

    /** Whether {@code date} is a public holiday, a day in lieu or an extra day off in {@code country} (a weekend alone is not). */
    public boolean isDayOff(HolidayCountry country, LocalDate date) {
        return !daysOff(country, date, date).isEmpty();
    }

    /**
     * Stores an extra day off (a bridge day the government announced). Refused, nothing written,
     * without a name, with a name over 300 characters, outside the years known, or on a day that
     * is already off.
     */
    public Holiday addExtra(HolidayCountry country, LocalDate date, String name) {
        String cleaned = Entered.text(name);
        if (cleaned == null) {
            throw ProblemException.of("error.holiday.name_missing");
        }
        if (cleaned.length() > NAME_LENGTH) {
            throw ProblemException.of("error.holiday.name_too_long", NAME_LENGTH);
        }
        checkYear(date.getYear());
        publicDays(country, date.getYear()).stream().filter(d -> d.date().equals(date)).findFirst().ifPresent(d -> {
            throw ProblemException.of("error.holiday.already_public", date, country);
        });
        Instant now = clock.instant();
        Holiday holiday = new Holiday(UUID.randomUUID(), country.name(), date, cleaned, HolidayKind.EXTRA, now, now, 0);
        Transactions.useTransaction(jdbi, h -> {
            Holiday before = stored(h, country, date);
            if (before != null && before.kind() == HolidayKind.EXTRA) {
                throw ProblemException.of("error.holiday.already_extra", date, country);
            }
            if (before != null) {
                deleteLeftOver(h, before);
            }
            Tables.HOLIDAYS.insert(h, holiday);
            audit.record(h, AuditAction.CREATE, "holiday", holiday.id(), country.name() + " " + date + " " + cleaned);
        });
        return holiday;
    }

    /** Removes the extra day off on {@code date}; refused when there is none (a public holiday cannot be removed). */
    public void removeExtra(HolidayCountry country, LocalDate date) {
        Transactions.useTransaction(jdbi, h -> {
            Holiday holiday = stored(h, country, date);
            if (holiday == null || holiday.kind() != HolidayKind.EXTRA) {
                throw ProblemException.of("error.holiday.no_extra", date, country);
            }
            if (!Tables.HOLIDAYS.delete(h, holiday.id(), holiday.version())) {
                throw ProblemException.of("error.holiday.no_extra", date, country);
            }
            audit.record(h, AuditAction.DELETE, "holiday", holiday.id(), country.name() + " " + date + " " + holiday.name());
        });
    }

    /**
     * Deletes a stored public holiday left by an earlier version's sample data (see the class
     * comment); one already gone is gone either way.
     */
    private void deleteLeftOver(Handle h, Holiday leftOver) {
        if (Tables.HOLIDAYS.delete(h, leftOver.id(), leftOver.version())) {
            audit.record(h, AuditAction.DELETE, "holiday", leftOver.id(),
                    leftOver.country() + " " + leftOver.holidayOn() + " " + leftOver.name() + " (stored public holiday)");
        }
    }

    private static Holiday stored(Handle h, HolidayCountry country, LocalDate date) {
        List<Holiday> found = h.attach(HolidayDao.class).between(country.name(), date, date);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<DayOff> publicDays(HolidayCountry country, int year) {
        return COMPUTED.computeIfAbsent(country + "-" + year, k -> List.copyOf(PUBLIC_HOLIDAYS.of(country, year)));
    }

    /**
     * The public holidays of {@code country} in {@code year} by law, with their days in lieu, by
     * date: computed, with no workspace (the sample data plans its timetables around them). The
     * extra days a workspace stores are not among them: see {@link #daysOff}.
     */
    public static List<DayOff> publicHolidays(HolidayCountry country, int year) {
        checkYear(year);
        return publicDays(country, year);
    }

    /** Refuses a year whose lunar calendar is not computed. */
    public static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.of("error.holiday.year_range", String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
    }
}
