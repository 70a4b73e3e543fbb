package org.cohortdesk.ui.agreement;

import java.time.LocalDate;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.service.agreement.AgreementService;

/**
 * One agreement in one language: its kind in words, and planned against actual as "actual /
 * planned" for cohorts and for trainees ("2 / 3"; "2 / –" when the agreement plans no number).
 */
public record AgreementRow(AgreementService.Line line, String kind, String cohorts, String trainees) {

    public static AgreementRow of(AgreementService.Line line, Localization tr) {
        Agreement a = line.agreement();
        return new AgreementRow(line, tr.tr(a.kind()), progress(tr, line.actualCohorts(), a.plannedCohorts()),
                progress(tr, line.actualTrainees(), a.plannedTrainees()));
    }

    static String progress(Localization tr, int actual, Integer planned) {
        return planned == null ? tr.tr("agreements.progress.unplanned", actual) : tr.tr("agreements.progress", actual, planned);
    }

    public Agreement agreement() {
        return line.agreement();
    }

    public String title() {
        return line.agreement().title();
    }

    public LocalDate startsOn() {
        return line.agreement().startsOn();
    }

    public LocalDate endsOn() {
        return line.agreement().endsOn();
    }
}
