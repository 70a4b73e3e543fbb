package org.cohortdesk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Sex;

/**
 * Who sits in each cohort, and their enrollment rows: statuses that follow the cohort's (completed
 * when it is over, except a poor attender who stays "arrived"; arrived while it runs; nominated or
 * confirmed before), group flights and rooms, visas that outlast the stay, and withdrawn nominees
 * with a date and a reason. Also plants the deliberate passport problems (see {@link DemoDataService}).
 */
final class DemoRoster {
    static final double ALUMNUS_SHARE = 0.035;
    static final double POOR_ATTENDANCE_SHARE = 0.02;
    /** Confirmed trainees get their flights and visas this many days before the start. */
    private static final int TRAVEL_KNOWN_DAYS = 30;

    private static final Map<String, List<String>> ARRIVALS = Map.of("LA", List.of("QV 311", "VN 920", "QV 315"),
            "KH", List.of("VN 840", "VN 844"), "CU", List.of("SU 290"), "BD", List.of("TG 560"));
    private static final Map<String, List<String>> DEPARTURES = Map.of("LA", List.of("QV 312", "VN 921", "QV 316"),
            "KH", List.of("VN 841", "VN 845"), "CU", List.of("SU 291"), "BD", List.of("TG 561"));
    private static final List<String> WITHDRAWAL_REASONS = DemoNames.words("Bận công tác đột xuất", "Lý do sức khỏe",
            "Cơ quan cử người khác thay thế", "Lý do gia đình", "Chưa kịp làm hộ chiếu", "Được điều động sang vị trí công tác mới");

    private final DemoDice dice;
    private final LocalDate today;
    private final Instant now;

    DemoRoster(DemoDice dice, LocalDate today, Instant now) {
        this.dice = dice;
        this.today = today;
        this.now = now;
    }

    /**
     * Fills the seats of every cohort, in order of start: mostly newcomers, a few alumni whose
     * earlier cohort ended at least a year before (a month when the sample spans one year). The
     * last cohort with nominees takes an alumnus from anywhere in the country if none came yet.
     */
    void seat(List<DemoCohort> cohorts, DemoPeople people, int years) {
        int minGapDays = years >= 2 ? 365 : 30;
        DemoCohort lastWithNominees = cohorts.stream().filter(c -> c.active > 0).reduce((a, b) -> b).orElse(null);
        int alumni = 0;
        for (DemoCohort c : cohorts) {
            Set<DemoPerson> present = new HashSet<>();
            for (int i = 0; i < c.active; i++) {
                boolean force = alumni == 0 && c == lastWithNominees;
                DemoPerson p = force ? people.alumnus(c, minGapDays, true)
                        : dice.chance(ALUMNUS_SHARE) ? people.alumnus(c, minGapDays, false) : null;
                if (p == null || !present.add(p)) {
                    p = people.newcomer(c);
                    present.add(p);
                } else {
                    alumni++;
                }
                DemoCohort.Seat seat = new DemoCohort.Seat(p, false);
                seat.poorAttendance = dice.chance(POOR_ATTENDANCE_SHARE);
                c.seats.add(seat);
                DemoPeople.enrol(p, c);
            }
            for (int i = 0; i < c.withdrawn; i++) {
                DemoPerson p = people.newcomer(c);
                p.withdrew = true;
                c.seats.add(new DemoCohort.Seat(p, true));
                DemoPeople.enrol(p, c);
            }
        }
    }

    /**
     * The deliberate passport problems: in the first cohort running (else the first upcoming one),
     * a passport that expires two to four months after the course ends; in the first upcoming
     * cohort, a nominee with no passport yet. Both are people in their first cohort.
     */
    void plantPassportProblems(List<DemoCohort> cohorts) {
        DemoCohort current = cohorts.stream().filter(c -> c.status == CohortStatus.IN_PROGRESS && c.active > 0).findFirst()
                .orElseGet(() -> firstUpcoming(cohorts));
        DemoCohort.Seat expiring = current == null ? null : newcomerSeat(current, null);
        if (expiring != null) {
            expiring.person.passportExpiry = current.endsOn.plusMonths(dice.between(2, 4));
        }
        DemoCohort upcoming = firstUpcoming(cohorts);
        DemoCohort.Seat missing = upcoming == null ? null : newcomerSeat(upcoming, expiring);
        if (missing != null) {
            missing.person.passportNo = null;
            missing.person.passportExpiry = null;
        }
    }

    private static DemoCohort firstUpcoming(List<DemoCohort> cohorts) {
        return cohorts.stream().filter(c -> c.isUpcoming() && c.active > 0).findFirst().orElse(null);
    }

    private DemoCohort.Seat newcomerSeat(DemoCohort c, DemoCohort.Seat not) {
        List<DemoCohort.Seat> candidates = c.seats.stream()
                .filter(s -> !s.withdrawn && s != not && s.person.cohorts == 1 && s.person.passportNo != null).toList();
        return candidates.isEmpty() ? null : dice.pick(candidates);
    }

    /** Builds the enrollment row of every seat of {@code c}, with ids from {@code ids}. */
    void enrollments(DemoCohort c, DemoIdPool ids) {
        String country = c.country();
        LocalDate groupArrival = c.startsOn.minusDays(dice.chance(0.7) ? 1 : 2);
        String groupArrivalFlight = dice.pick(ARRIVALS.get(country));
        LocalDate groupDeparture = c.endsOn.plusDays(1);
        String groupDepartureFlight = dice.pick(DEPARTURES.get(country));
        boolean travelKnown = !c.isUpcoming() || ChronoUnit.DAYS.between(today, c.startsOn) <= TRAVEL_KNOWN_DAYS;
        List<String> rooms = rooms(c);
        int roomIndex = 0;
        for (DemoCohort.Seat seat : c.seats) {
            if (seat.withdrawn) {
                seat.enrollment = withdrawn(c, seat, ids);
                continue;
            }
            EnrollmentStatus status = status(c, seat);
            boolean travels = status != EnrollmentStatus.NOMINATED && travelKnown;
            boolean individual = dice.chance(0.1);
            LocalDate arrival = !travels ? null : individual ? c.startsOn.minusDays(dice.between(1, 3)) : groupArrival;
            LocalDate departure = !travels ? null : individual ? c.endsOn.plusDays(dice.between(1, 2)) : groupDeparture;
            String arrivalFlight = !travels ? null : individual ? dice.pick(ARRIVALS.get(country)) : groupArrivalFlight;
            String departureFlight = !travels ? null : individual ? dice.pick(DEPARTURES.get(country)) : groupDepartureFlight;
            boolean housed = status == EnrollmentStatus.ARRIVED || status == EnrollmentStatus.COMPLETED;
            String room = housed ? rooms.get(roomIndex++) : null;
            String visa = travels ? "VN" + dice.digits(7) : null;
            LocalDate visaExpiry = travels ? departure.plusDays(dice.between(7, 30)) : null;
            seat.enrollment = new Enrollment(ids.next(), c.id, seat.person.id, status, arrival, arrivalFlight, departure, departureFlight,
                    room, visa, visaExpiry, null, null, null, now, now, 0);
        }
    }

    private EnrollmentStatus status(DemoCohort c, DemoCohort.Seat seat) {
        if (c.isFinished()) {
            return seat.poorAttendance ? EnrollmentStatus.ARRIVED : EnrollmentStatus.COMPLETED;
        }
        if (c.status == CohortStatus.IN_PROGRESS) {
            return EnrollmentStatus.ARRIVED;
        }
        boolean confirmed = c.status == CohortStatus.CONFIRMED && seat.person.passportNo != null && dice.chance(0.85);
        return confirmed ? EnrollmentStatus.CONFIRMED : EnrollmentStatus.NOMINATED;
    }

    private Enrollment withdrawn(DemoCohort c, DemoCohort.Seat seat, DemoIdPool ids) {
        LocalDate on = c.startsOn.minusDays(dice.between(3, 45));
        LocalDate latest = today.minusDays(dice.between(0, 10));
        if (on.isAfter(latest)) {
            on = latest;
        }
        return new Enrollment(ids.next(), c.id, seat.person.id, EnrollmentStatus.WITHDRAWN, null, null, null, null, null, null, null,
                on, dice.pick(WITHDRAWAL_REASONS), null, now, now, 0);
    }

    /** Guest-house rooms for the active trainees, two of the same sex to a room, women first. */
    private List<String> rooms(DemoCohort c) {
        String building = dice.pick(List.of("A", "B", "C"));
        int floor = dice.between(2, 6);
        List<DemoCohort.Seat> active = c.seats.stream().filter(s -> !s.withdrawn)
                .sorted(Comparator.comparing((DemoCohort.Seat s) -> s.person.sex)).toList();
        List<String> byActiveOrder = new ArrayList<>();
        int number = 0;
        int inRoom = 2;
        Sex roomSex = null;
        for (DemoCohort.Seat s : active) {
            if (inRoom == 2 || s.person.sex != roomSex) {
                number++;
                inRoom = 0;
                roomSex = s.person.sex;
            }
            inRoom++;
            byActiveOrder.add(String.format("%s-%d%02d", building, floor, number));
        }
        List<String> out = new ArrayList<>();
        for (DemoCohort.Seat s : c.seats) {
            if (!s.withdrawn) {
                out.add(byActiveOrder.get(active.indexOf(s)));
            }
        }
        return out;
    }
}
