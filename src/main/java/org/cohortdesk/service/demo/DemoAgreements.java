package org.cohortdesk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.AgreementKind;

/**
 * The agreements of the sample: for every main partner, five-year memoranda of understanding
 * (aligned on 2021-2025 and so on for Laos; from the first year of cooperation for the others)
 * and, under them, an annual plan for each year, whose planned numbers are close to the cohorts
 * that actually ran. Each cohort belongs to its year's plan with its main partner.
 */
final class DemoAgreements {
    private static final int MOU_YEARS = 5;
    private static final int LAO_CYCLE_ANCHOR = 2001;

    private DemoAgreements() {}

    /** The agreement rows, each MoU before its annual plans; sets every cohort's {@code agreementId}. */
    static List<Agreement> build(List<DemoCohort> cohorts, List<UUID> partnerIds, int firstYear, int lastYear, DemoDice dice,
            Instant now) {
        List<Agreement> mous = new ArrayList<>();
        List<Agreement> plans = new ArrayList<>();
        for (int p = 0; p < DemoPartners.SPECS.size(); p++) {
            DemoPartners.Spec spec = DemoPartners.SPECS.get(p);
            if (!spec.isMain()) {
                continue;
            }
            int firstActive = spec.yearsBack() == 0 ? firstYear : Math.max(firstYear, lastYear - spec.yearsBack() + 1);
            int anchor = spec.yearsBack() == 0 ? LAO_CYCLE_ANCHOR : lastYear - spec.yearsBack() + 1;
            Map<Integer, Agreement> mouByStart = new LinkedHashMap<>();
            for (int year = firstActive; year <= lastYear; year++) {
                int blockStart = year - Math.floorMod(year - anchor, MOU_YEARS);
                Agreement mou = mouByStart.computeIfAbsent(blockStart, start -> mou(spec, partnerIds, start, dice, now));
                List<DemoCohort> ofYear = ofPlan(cohorts, spec.key(), year);
                int planned = ofYear.size() + (dice.chance(0.3) ? 1 : 0);
                int trainees = ofYear.stream().mapToInt(c -> c.plannedSize).sum() + (planned - ofYear.size()) * 20;
                Agreement plan = new Agreement(dice.uuid(), mou.partnerId(), mou.id(), AgreementKind.ANNUAL_PLAN,
                        DemoNames.nfc("Kế hoạch hợp tác năm " + year + " với " + spec.nameVi()), LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31), planned, trainees, null, now, now, 0);
                plans.add(plan);
                ofYear.forEach(c -> c.agreementId = plan.id());
            }
            mous.addAll(mouByStart.values());
        }
        List<Agreement> out = new ArrayList<>(mous);
        out.addAll(plans);
        return out;
    }

    private static Agreement mou(DemoPartners.Spec spec, List<UUID> partnerIds, int start, DemoDice dice, Instant now) {
        int end = start + MOU_YEARS - 1;
        int perYear = (int) Math.round(DemoPartners.SPECS.stream()
                .filter(s -> s.mainKey().equals(spec.key())).mapToDouble(DemoPartners.Spec::perYear).sum());
        String title = "Bản ghi nhớ hợp tác đào tạo, bồi dưỡng cán bộ giai đoạn " + start + "–" + end + " với " + spec.nameVi();
        return new Agreement(dice.uuid(), partnerIds.get(DemoPartners.indexOf(spec.key())), null, AgreementKind.MOU,
                DemoNames.nfc(title), LocalDate.of(start, 1, 1), LocalDate.of(end, 12, 31), perYear * MOU_YEARS,
                perYear * MOU_YEARS * 20, null, now, now, 0);
    }

    private static List<DemoCohort> ofPlan(List<DemoCohort> cohorts, String mainKey, int year) {
        return cohorts.stream().filter(c -> c.partner.mainKey().equals(mainKey) && c.year() == year).toList();
    }
}
