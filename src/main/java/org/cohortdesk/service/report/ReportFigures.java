package org.cohortdesk.service.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.cohortdesk.model.AgreementKind;

/**
 * The figures of one year ({@link #year}), or of every year when it is null, as the dashboard shows
 * them and the annual report prints them, counted at {@link #asOf}.
 *
 * <p>Who counts: a trainee is <em>trained in year Y</em> when enrolled, with status arrived or
 * completed, in a cohort that is not cancelled and whose last day falls in Y. Each such enrollment
 * counts once (someone who came to two cohorts is two trainees, and one person). Partner and country
 * are the cohort's sending partner's; province and sex are the person's.
 *
 * @param years every year with trainees, oldest first (whatever year is chosen, for the trend)
 * @param agreements the agreements whose dates overlap the year (every one when all years), newest first
 */
public record ReportFigures(Integer year, LocalDateTime asOf, Totals totals, List<YearTotals> years, List<Group> byField,
        List<Group> byPartner, List<Group> byCountry, List<Group> byProvince, List<PlanLine> agreements) {

    public ReportFigures {
        years = List.copyOf(years);
        byField = List.copyOf(byField);
        byPartner = List.copyOf(byPartner);
        byCountry = List.copyOf(byCountry);
        byProvince = List.copyOf(byProvince);
        agreements = List.copyOf(agreements);
    }

    /**
     * How many: {@code cohorts} the trainees were in, {@code trainees} (enrollments), {@code people}
     * (persons), {@code women} and {@code men}; {@link #unknownSex} have no sex on file.
     */
    public record Counts(int cohorts, int trainees, int people, int women, int men) {
        public int unknownSex() {
            return trainees - women - men;
        }
    }

    /**
     * The counts with the two rates: {@code finished} trainees in cohorts completed or reported,
     * {@code completed} of them with the status completed; {@code marks} attendance marks of the
     * trainees at sessions ended by then, {@code attended} of them present or late.
     */
    public record Totals(Counts counts, int finished, int completed, long marks, long attended) {

        /** Present or late over the marks at sessions ended so far, in percent; null without a mark. */
        public Double attendanceRate() {
            return marks == 0 ? null : 100.0 * attended / marks;
        }

        /** Completed over the trainees of finished cohorts, in percent; null when no cohort has finished. */
        public Double completionRate() {
            return finished == 0 ? null : 100.0 * completed / finished;
        }
    }

    public record YearTotals(int year, Totals totals) {}

    /**
     * The trainees of one group: {@code key} as stored (a field's name, a partner's id, a country
     * code, a province; null for no province on file) and {@code name} to show where the language
     * does not matter (the partner's name; otherwise the key).
     */
    public record Group(String key, String name, Counts counts) {}

    /** An agreement's planned cohorts and trainees (null when it names none) against the actual ones. */
    public record PlanLine(String title, String partner, AgreementKind kind, LocalDate startsOn, LocalDate endsOn, Integer plannedCohorts,
            int actualCohorts, Integer plannedTrainees, int actualTrainees) {}

    /** True when nobody was trained in the chosen year (or ever). */
    public boolean empty() {
        return totals.counts().trainees() == 0;
    }
}
