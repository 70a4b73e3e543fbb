package org.cohortdesk.service.schedule;

import java.time.LocalDate;
import java.util.Optional;
import org.cohortdesk.store.ScheduleDao;
import org.jdbi.v3.core.Jdbi;

/** The days off kept in the {@code holidays} table, asked one day at a time (the table's unique key finds it). */
public final class StoredHolidays implements DaysOff {
    private final Jdbi jdbi;

    public StoredHolidays(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<String> dayOff(String country, LocalDate date) {
        return jdbi.withExtension(ScheduleDao.class, dao -> dao.holiday(country, date));
    }
}
