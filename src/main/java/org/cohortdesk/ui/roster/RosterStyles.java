package org.cohortdesk.ui.roster;

/** The style classes of the cohort page, defined under {@code roster} in {@code app.css}. */
final class RosterStyles {
    /** The mark of a warning, in the warning column and before a cohort-wide warning. */
    static final String MARK = "\u26A0";

    static final String HEADER = "roster-header";
    static final String TITLE_ROW = "roster-title-row";
    static final String FACTS = "roster-facts";
    static final String FACT_VALUE = "roster-fact-value";
    static final String STATUS_ROW = "roster-status-row";
    static final String STATUS = "roster-status";
    static final String COHORT_WARNING = "roster-cohort-warning";
    static final String WARNING_MARK = "roster-warning-mark";
    static final String TABLE = "roster-table";
    static final String FILTER = "roster-filter";
    static final String FORM = "trainee-form";
    static final String ACTIONS = "roster-actions";
    /** A row of a withdrawn trainee: still listed, shown muted. */
    static final String WITHDRAWN = "roster-withdrawn";

    private RosterStyles() {}
}
