package org.cohortdesk.model.rules;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Session;

/**
 * The completion rule: a trainee completes a course when they were present or late at least at
 * the course's threshold (a percentage) of its sessions. While the course runs, the rate counts
 * the sessions that have ended so far ("to date"); an excused absence counts as absent, as does a
 * session that has ended without a mark.
 */
public final class Completion {
    private Completion() {}

    /**
     * A trainee's tally: {@code attended} present or late, {@code late} of those late, {@code
     * excused}, {@code absent} (marked), {@code unmarked} (ended without a mark), out of {@code
     * toDate} sessions ended by then; {@code rate} the percentage attended of those, rounded down
     * (null before the first session ends); {@code completes} when the exact rate reaches the threshold.
     */
    public record Tally(int attended, int late, int excused, int absent, int unmarked, int toDate, Integer rate, boolean completes) {}

    /** The tally of each of {@code enrollments} from the marks stored for them ({@code marks}, any order), at {@code now}. */
    public static Map<UUID, Tally> byEnrollment(List<Session> sessions, List<Attendance> marks, Collection<UUID> enrollments,
            LocalDateTime now, int threshold) {
        Map<UUID, Map<UUID, Mark>> bySession = new HashMap<>();
        for (Attendance a : marks) {
            bySession.computeIfAbsent(a.enrollmentId(), e -> new HashMap<>()).put(a.sessionId(), a.mark());
        }
        Map<UUID, Tally> tallies = new HashMap<>();
        for (UUID e : enrollments) {
            tallies.put(e, tally(sessions, bySession.getOrDefault(e, Map.of()), now, threshold));
        }
        return tallies;
    }

    /** The tally of one trainee, whose marks by session are {@code marks}, at {@code now}. */
    public static Tally tally(List<Session> sessions, Map<UUID, Mark> marks, LocalDateTime now, int threshold) {
        int attended = 0;
        int late = 0;
        int excused = 0;
        int absent = 0;
        int unmarked = 0;
        int toDate = 0;
        for (Session s : sessions) {
            if (s.endsAt().isAfter(now)) {
                continue;
            }
            toDate++;
            Mark mark = marks.get(s.id());
            if (mark == null) {
                unmarked++;
            } else {
                switch (mark) {
                    case PRESENT -> attended++;
                    case LATE -> {
                        attended++;
                        late++;
                    }
                    case EXCUSED -> excused++;
                    case ABSENT -> absent++;
                }
            }
        }
        Integer rate = toDate == 0 ? null : (int) Math.floor(100.0 * attended / toDate);
        return new Tally(attended, late, excused, absent, unmarked, toDate, rate, toDate > 0 && 100L * attended >= (long) threshold * toDate);
    }
}
