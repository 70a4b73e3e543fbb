package org.cohortdesk.store;

import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.model.Holiday;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Queries over the stored days off ({@link Tables#HOLIDAYS}): the extra days the user added. */
public interface HolidayDao {

    /** The stored days of one country from {@code from} to {@code to}, both included, by date. */
    @SqlQuery("SELECT * FROM holidays WHERE country = :country AND holiday_on BETWEEN :from AND :to ORDER BY holiday_on")
    List<Holiday> between(@Bind("country") String country, @Bind("from") LocalDate from, @Bind("to") LocalDate to);
}
