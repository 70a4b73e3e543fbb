package org.cohortdesk.ui.cohort;

import java.time.LocalDate;
import java.util.UUID;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.model.TextMatch;

/**
 * One line of the cohort table, ready to show in one language: the course title in that language,
 * the size as "enrolled / planned", the status in words, and the folded text the filter searches.
 */
public record CohortRow(
        UUID id,
        String code,
        String course,
        String partner,
        LocalDate startsOn,
        LocalDate endsOn,
        int enrolled,
        int plannedSize,
        String size,
        CohortStatus statusValue,
        String status,
        String searchText) {

    public static CohortRow of(CohortSummary summary, Localization tr) {
        String course = nullToEmpty(summary.courseTitle(tr.language().tag()));
        String partner = nullToEmpty(summary.partnerName());
        String code = nullToEmpty(summary.code());
        return new CohortRow(summary.id(), code, course, partner, summary.startsOn(), summary.endsOn(),
                summary.enrolled(), summary.plannedSize(), size(tr, summary.enrolled(), summary.plannedSize()),
                summary.status(), summary.status() == null ? "" : tr.tr(summary.status()),
                TextMatch.fold(code + "\n" + course + "\n" + partner));
    }

    /** "12 / 20": enrolled (not withdrawn) of planned. */
    public static String size(Localization tr, int enrolled, int planned) {
        return tr.tr("cohorts.size", enrolled, planned);
    }

    /** More trainees enrolled than planned: the size is shown as a warning. */
    public boolean overSize() {
        return enrolled > plannedSize;
    }

    public boolean matches(TextMatch match) {
        return match.matches(searchText);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
