package org.cohortdesk.service.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Sex;

/**
 * Which cohorts run in each year: how many each partner sends, which course, from which Monday
 * (spread so that the academy never has much more than ten cohorts at once, and never starting
 * at Tết or on a holiday), their code, status, size and coordinator.
 *
 * <p>Cohorts that start more than {@value #NOMINEES_DAYS_AHEAD} days after today are planned but
 * have no nominees yet, as in real life.
 */
final class DemoPlan {
    static final int NOMINEES_DAYS_AHEAD = 90;
    private static final int COORDINATORS = 6;
    private static final int START_CANDIDATES = 12;

    private final DemoDice dice;
    private final DemoCalendar calendar;
    private final List<DemoCourses.Built> courses;
    private final LocalDate today;
    private final List<String> coordinators = new ArrayList<>();

    DemoPlan(DemoDice dice, DemoCalendar calendar, List<DemoCourses.Built> courses, LocalDate today) {
        this.dice = dice;
        this.calendar = calendar;
        this.courses = courses;
        this.today = today;
        for (int i = 0; i < COORDINATORS; i++) {
            coordinators.add(DemoNames.vietnamese(i % 3 == 0 ? Sex.M : Sex.F, dice));
        }
    }

    /** The cohorts starting from {@code firstYear} to {@code lastYear}, by start date. */
    List<DemoCohort> plan(int firstYear, int lastYear) {
        LocalDate firstMonday = LocalDate.of(firstYear, 1, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int[] load = new int[(lastYear - firstYear + 2) * 54 + 20];
        List<DemoCohort> all = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            List<DemoCohort> drafts = new ArrayList<>();
            List<Integer> requests = requests(year, lastYear);
            for (int partner : requests) {
                DemoPartners.Spec spec = DemoPartners.SPECS.get(partner);
                DemoCourses.Built course = course(spec, year);
                LocalDate start = start(year, spec.country(), course.spec().weeks(), firstMonday, load);
                drafts.add(new DemoCohort(dice.uuid(), spec, partner, course, start));
            }
            drafts.sort(Comparator.comparing((DemoCohort c) -> c.startsOn).thenComparingInt(c -> c.partnerIndex));
            Map<String, Integer> sequence = new HashMap<>();
            for (DemoCohort c : drafts) {
                int n = sequence.merge(c.country(), 1, Integer::sum);
                c.code = String.format("%s-%d-%02d", DemoPartners.iso3(c.country()), year, n);
                describe(c);
            }
            all.addAll(drafts);
        }
        all.sort(Comparator.comparing((DemoCohort c) -> c.startsOn).thenComparing(c -> c.code));
        markOverSize(all);
        return all;
    }

    /** One entry per cohort requested in the year: the partner's index, in a shuffled order. */
    private List<Integer> requests(int year, int lastYear) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < DemoPartners.SPECS.size(); i++) {
            DemoPartners.Spec spec = DemoPartners.SPECS.get(i);
            if (!spec.activeIn(year, lastYear)) {
                continue;
            }
            int n = (int) spec.perYear();
            if (dice.chance(spec.perYear() - n)) {
                n++;
            }
            if (n >= 4) {
                n += dice.between(-1, 1);
            }
            for (int k = 0; k < n; k++) {
                out.add(i);
            }
        }
        for (int i = out.size() - 1; i > 0; i--) {
            int j = dice.between(0, i);
            int t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    private DemoCourses.Built course(DemoPartners.Spec spec, int year) {
        List<DemoCourses.Built> offered = courses.stream()
                .filter(c -> spec.courses().contains(c.spec().code()) && c.spec().sinceYear() <= year)
                .toList();
        return dice.pick(offered);
    }

    /** The Monday, among a few drawn, whose weeks are least crowded; ties go to the first drawn. */
    private LocalDate start(int year, String country, int weeks, LocalDate firstMonday, int[] load) {
        LocalDate earliest = LocalDate.of(year, 1, 5).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate latest = LocalDate.of(year, 12, 14).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int mondays = (int) ChronoUnit.WEEKS.between(earliest, latest) + 1;
        LocalDate best = null;
        int bestLoad = Integer.MAX_VALUE;
        for (int attempt = 0; attempt < START_CANDIDATES * 4 && (best == null || attempt < START_CANDIDATES); attempt++) {
            LocalDate monday = earliest.plusWeeks(dice.between(0, mondays - 1));
            if (DemoCalendar.nearTet(monday) || !calendar.isTeachingDay(monday, country)) {
                continue;
            }
            int week = (int) ChronoUnit.WEEKS.between(firstMonday, monday);
            int worst = 0;
            for (int w = week; w < week + weeks; w++) {
                worst = Math.max(worst, load[w]);
            }
            if (worst < bestLoad) {
                best = monday;
                bestLoad = worst;
            }
        }
        if (best == null) {
            best = earliest;
        }
        int week = (int) ChronoUnit.WEEKS.between(firstMonday, best);
        for (int w = week; w < week + weeks; w++) {
            load[w]++;
        }
        return best;
    }

    /** Status from the dates, sizes, coordinator and funding. */
    private void describe(DemoCohort c) {
        if (c.endsOn.isBefore(today)) {
            boolean longAgo = ChronoUnit.DAYS.between(c.endsOn, today) > 60;
            c.status = longAgo && dice.chance(0.93) ? CohortStatus.REPORTED : CohortStatus.COMPLETED;
        } else if (!c.startsOn.isAfter(today)) {
            c.status = CohortStatus.IN_PROGRESS;
        } else {
            boolean soon = ChronoUnit.DAYS.between(today, c.startsOn) <= 42;
            c.status = soon || dice.chance(0.3) ? CohortStatus.CONFIRMED : CohortStatus.PLANNED;
        }
        c.active = 16 + Math.max(dice.between(0, 9), dice.between(0, 9));
        c.plannedSize = Math.min(25, c.active + (dice.chance(0.55) ? 0 : dice.between(1, 3)));
        int w = dice.between(0, 99);
        c.withdrawn = w < 20 ? 0 : w < 50 ? 1 : w < 80 ? 2 : w < 95 ? 3 : 4;
        if (ChronoUnit.DAYS.between(today, c.startsOn) > NOMINEES_DAYS_AHEAD) {
            c.active = 0;
            c.withdrawn = 0;
        }
        c.coordinator = dice.pick(coordinators);
        c.funding = funding(c);
    }

    private String funding(DemoCohort c) {
        int year = c.year();
        return DemoNames.nfc(switch (c.country()) {
            case "LA" -> dice.chance(0.88) ? "Viện trợ của Chính phủ Việt Nam cho Lào năm " + year : "Kinh phí do phía Lào chi trả";
            case "KH" -> "Viện trợ của Chính phủ Việt Nam cho Campuchia năm " + year;
            case "CU" -> "Chương trình hợp tác Việt Nam – Cuba năm " + year;
            default -> "Kinh phí do phía " + DemoPartners.countryVi(c.country()) + " chi trả";
        });
    }

    /**
     * The deliberate over-size cohort: the first upcoming one with nominees, else the last one
     * running, else the last one; two more trainees than planned.
     */
    private void markOverSize(List<DemoCohort> all) {
        DemoCohort target = all.stream().filter(c -> c.isUpcoming() && c.active > 0).findFirst()
                .orElseGet(() -> all.stream().filter(c -> c.status == CohortStatus.IN_PROGRESS).reduce((a, b) -> b)
                        .orElse(all.isEmpty() ? null : all.get(all.size() - 1)));
        if (target != null) {
            target.active = Math.max(target.active, 17);
            target.plannedSize = target.active - 2;
        }
    }
}
