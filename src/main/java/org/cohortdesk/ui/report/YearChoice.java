package org.cohortdesk.ui.report;

import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.report.ReportLabels;

/** A choice of the year selector: one year, or every year ({@link #ALL}, whose year is null). */
public record YearChoice(Integer year) {
    public static final YearChoice ALL = new YearChoice(null);

    /** "2025", or "All years". */
    public String label(Localization tr) {
        return ReportLabels.year(year, tr);
    }
}
