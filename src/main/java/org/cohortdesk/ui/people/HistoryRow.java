package org.cohortdesk.ui.people;

import java.time.LocalDate;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.person.PersonHistory;

/** One cohort of the selected person, in the window's language. */
public record HistoryRow(String code, String course, LocalDate startsOn, LocalDate endsOn, String status) {

    public static HistoryRow of(PersonHistory.Line line, Localization tr) {
        String course = line.courseTitle(tr.language().tag());
        return new HistoryRow(line.code(), course == null ? "" : course, line.startsOn(), line.endsOn(),
                line.status() == null ? "" : tr.tr(line.status()));
    }
}
