package org.cohortdesk.service.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.TextMatch;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;

/**
 * Who arrives and leaves on which day and flight, and who sleeps in which room: a cohort's roster
 * seen by whoever meets the planes and hands out the keys. Withdrawn trainees are left out.
 *
 * @param arrivals   by day, then by flight
 * @param departures by day, then by flight
 * @param rooms      by room, in room order
 * @param unknownArrival   trainees with no arrival date yet
 * @param unknownDeparture trainees with no departure date yet
 * @param noRoom           trainees with no room yet
 */
public record TravelPlan(List<Day> arrivals, List<Day> departures, List<Group> rooms, List<Trainee> unknownArrival,
        List<Trainee> unknownDeparture, List<Trainee> noRoom) {

    /** One day of arrivals or departures. */
    public record Day(LocalDate on, List<Group> flights) {
        public int count() {
            return flights.stream().mapToInt(g -> g.trainees().size()).sum();
        }
    }

    /** The trainees sharing a flight or a room; {@code name} is blank for a flight not yet known. */
    public record Group(String name, List<Trainee> trainees) {}

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Comparator<Trainee> BY_NAME = Comparator.comparing(t -> TextMatch.fold(t.person().nameLatin()));

    /** The plan of the trainees of one roster. */
    public static TravelPlan of(List<Trainee> roster) {
        List<Trainee> present = roster.stream().filter(t -> t.enrollment().status().isActive()).sorted(BY_NAME).toList();
        return new TravelPlan(
                days(present, Enrollment::arrivalOn, Enrollment::arrivalFlight),
                days(present, Enrollment::departureOn, Enrollment::departureFlight),
                groups(present.stream().filter(t -> has(t.enrollment().room())).toList(), t -> t.enrollment().room().strip()),
                present.stream().filter(t -> t.enrollment().arrivalOn() == null).toList(),
                present.stream().filter(t -> t.enrollment().departureOn() == null).toList(),
                present.stream().filter(t -> !has(t.enrollment().room())).toList());
    }

    private static List<Day> days(List<Trainee> trainees, Function<Enrollment, LocalDate> day, Function<Enrollment, String> flight) {
        Map<LocalDate, List<Trainee>> byDay = new TreeMap<>();
        for (Trainee t : trainees) {
            LocalDate on = day.apply(t.enrollment());
            if (on != null) {
                byDay.computeIfAbsent(on, d -> new ArrayList<>()).add(t);
            }
        }
        return byDay.entrySet().stream()
                .map(e -> new Day(e.getKey(), groups(e.getValue(), t -> has(flight.apply(t.enrollment())) ? flight.apply(t.enrollment()).strip() : "")))
                .toList();
    }

    private static List<Group> groups(List<Trainee> trainees, Function<Trainee, String> key) {
        Map<String, List<Trainee>> by = new TreeMap<>(Comparator.comparing(TravelPlan::naturalKey).thenComparing(Comparator.naturalOrder()));
        for (Trainee t : trainees) {
            by.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        }
        return by.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** Room B9 before B10: digits compared as numbers. A blank (unknown flight) comes last. */
    private static String naturalKey(String s) {
        if (s.isEmpty()) {
            return "\uFFFF";
        }
        return DIGITS.matcher(s.toUpperCase(Locale.ROOT))
                .replaceAll(m -> String.format("%010d", Long.parseLong(m.group().length() > 18 ? m.group().substring(0, 18) : m.group())));
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }
}
