package org.cohortdesk.service.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Proposes a timetable: the modules of a course in order, each in as many teaching slots as its
 * hours need, on the working days of a cohort (no Saturday, Sunday or public holiday at the
 * academy or in the trainees' country), in slots that nothing else takes (the resources chosen are
 * free, the cohort has no other session then). A slot counts for its length in hours; a module's
 * last session ends early when fewer hours are left, so the hours add up exactly. One module a
 * slot. Hours that do not fit before the cohort's last day are reported, not squeezed in.
 */
public final class TimetableGenerator {

    /** A teaching slot of the day, e.g. 08:00–11:30. */
    public record Slot(LocalTime start, LocalTime end) {
        public Slot {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("a slot ends after it starts: " + start + "-" + end);
            }
        }

        long minutes() {
            return Duration.between(start, end).toMinutes();
        }
    }

    /** Morning 08:00–11:30 and afternoon 13:30–17:00, the academy's usual teaching day. */
    public static final List<Slot> DEFAULT_SLOTS = List.of(
            new Slot(LocalTime.of(8, 0), LocalTime.of(11, 30)), new Slot(LocalTime.of(13, 30), LocalTime.of(17, 0)));

    /** A module to teach: its hours. */
    public record Module(UUID id, String title, int hours) {}

    /** A time already taken: a booking of a chosen resource, or another session of the cohort. */
    public record Busy(LocalDateTime start, LocalDateTime end) {}

    /** What to plan: the cohort's days and country, the modules in order, the slots of a day, what is taken. */
    public record Request(LocalDate from, LocalDate to, String country, List<Module> modules, List<Slot> slots, List<Busy> busy) {
        public Request {
            modules = List.copyOf(modules);
            slots = slots.stream().sorted(Comparator.comparing(Slot::start)).toList();
            busy = List.copyOf(busy);
        }
    }

    /** A proposed session of a module. */
    public record Proposed(UUID moduleId, String title, LocalDateTime startsAt, LocalDateTime endsAt) {
        public long minutes() {
            return Duration.between(startsAt, endsAt).toMinutes();
        }
    }

    /** Minutes of a module that found no free slot. */
    public record Unplaced(UUID moduleId, String title, long minutes) {}

    /** The sessions proposed, in time order, and what did not fit. */
    public record Proposal(List<Proposed> sessions, List<Unplaced> unplaced) {}

    private TimetableGenerator() {}

    public static Proposal propose(Request request, DaysOff daysOff) {
        List<Proposed> sessions = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        int module = 0;
        long left = request.modules().isEmpty() ? 0 : request.modules().get(0).hours() * 60L;
        for (LocalDate day = request.from(); !day.isAfter(request.to()) && module < request.modules().size(); day = day.plusDays(1)) {
            if (daysOff.reason(request.country(), day).isPresent()) {
                continue;
            }
            for (Slot slot : request.slots()) {
                if (module >= request.modules().size()) {
                    break;
                }
                LocalDateTime start = day.atTime(slot.start());
                LocalDateTime end = start.plusMinutes(Math.min(slot.minutes(), left));
                if (taken(request.busy(), start, end)) {
                    continue;
                }
                Module m = request.modules().get(module);
                sessions.add(new Proposed(m.id(), m.title(), start, end));
                left -= Duration.between(start, end).toMinutes();
                while (left <= 0 && ++module < request.modules().size()) {
                    left = request.modules().get(module).hours() * 60L;
                }
            }
        }
        for (; module < request.modules().size(); module++) {
            Module m = request.modules().get(module);
            unplaced.add(new Unplaced(m.id(), m.title(), left));
            left = module + 1 < request.modules().size() ? request.modules().get(module + 1).hours() * 60L : 0;
        }
        return new Proposal(List.copyOf(sessions), List.copyOf(unplaced));
    }

    /** Whether anything taken overlaps {@code start}–{@code end}. */
    static boolean taken(List<Busy> busy, LocalDateTime start, LocalDateTime end) {
        for (Busy b : busy) {
            if (b.start().isBefore(end) && start.isBefore(b.end())) {
                return true;
            }
        }
        return false;
    }
}
