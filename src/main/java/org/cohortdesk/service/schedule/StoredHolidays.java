package org.cohortdesk.service.schedule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cohortdesk.store.ScheduleDao;
import org.cohortdesk.store.Tables;
import org.jdbi.v3.core.Jdbi;

/**
 * The days off kept in the {@code holidays} table: asked one day at a time (the table's unique key
 * finds it), or all read at once by {@link #snapshot()} for a check over many sessions.
 */
public final class StoredHolidays implements DaysOff {
    private final Jdbi jdbi;

    public StoredHolidays(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<String> dayOff(String country, LocalDate date) {
        return jdbi.withExtension(ScheduleDao.class, dao -> dao.holiday(country, date));
    }

    @Override
    public DaysOff snapshot() {
        Map<String, Map<LocalDate, String>> all = new HashMap<>();
        jdbi.withHandle(h -> Tables.HOLIDAYS.all(h, "country, holiday_on"))
                .forEach(d -> all.computeIfAbsent(d.country(), c -> new HashMap<>()).put(d.holidayOn(), d.name()));
        return DaysOff.of(all);
    }
}
