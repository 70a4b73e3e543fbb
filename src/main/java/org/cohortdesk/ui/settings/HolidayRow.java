package org.cohortdesk.ui.settings;

import java.time.LocalDate;
import org.cohortdesk.model.HolidayKind;

/** A line of the days-off table: the date, its weekday and name in the user's language, public or extra. */
public record HolidayRow(LocalDate date, String weekday, String name, HolidayKind kind, String kindText) {

    public boolean extra() {
        return kind == HolidayKind.EXTRA;
    }
}
