package org.cohortdesk.service.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Session;

/**
 * Attendance marks for the sessions that have ended, for every trainee who did not withdraw. Most
 * miss at most a tenth of the sessions (excused or absent, sometimes a few in a row) and are
 * seldom late; a poor attender misses a quarter to two fifths, so falls below the course's
 * completion threshold. Marks are made one cohort at a time so they can be written in chunks.
 */
final class DemoAttendance {
    private static final List<String> EXCUSES = DemoNames.words("Ốm, có giấy xin phép", "Việc gia đình", "Làm việc với Đại sứ quán",
            "Đi khám bệnh");

    private final DemoDice dice;
    private final LocalDateTime now;
    private final Instant stamp;
    private final int count;
    private final DemoIdPool ids;

    /** For {@code cohorts}, whose timetables are built; {@code now} is the academy's wall-clock time. */
    DemoAttendance(DemoDice dice, List<DemoCohort> cohorts, LocalDateTime now, Instant stamp) {
        this.dice = dice;
        this.now = now;
        this.stamp = stamp;
        this.count = cohorts.stream().mapToInt(this::count).sum();
        this.ids = new DemoIdPool(dice.split(), count);
    }

    /** How many marks there are in all. */
    int count() {
        return count;
    }

    /** How many sessions of {@code c} have ended (they come first: sessions are in time order). */
    int endedSessions(DemoCohort c) {
        int n = 0;
        for (Session s : c.sessions) {
            if (s.endsAt().isAfter(now)) {
                break;
            }
            n++;
        }
        return n;
    }

    private int count(DemoCohort c) {
        int ended = endedSessions(c);
        return ended == 0 ? 0 : ended * (int) c.seats.stream().filter(s -> !s.withdrawn).count();
    }

    /** The marks of cohort {@code c}, trainee by trainee. */
    List<Attendance> marks(DemoCohort c) {
        int n = endedSessions(c);
        List<Attendance> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        for (DemoCohort.Seat seat : c.seats) {
            if (seat.withdrawn) {
                continue;
            }
            double missRate = seat.poorAttendance ? dice.uniform(0.26, 0.42)
                    : dice.chance(0.6) ? dice.uniform(0, 0.03) : dice.uniform(0.03, 0.11);
            boolean[] missed = missed(n, (int) Math.round(n * missRate));
            double lateRate = seat.poorAttendance ? 0.12 : 0.04;
            for (int i = 0; i < n; i++) {
                Mark mark;
                String note = null;
                if (missed[i]) {
                    mark = dice.chance(0.6) ? Mark.EXCUSED : Mark.ABSENT;
                    note = mark == Mark.EXCUSED ? dice.pick(EXCUSES) : null;
                } else {
                    mark = dice.chance(lateRate) ? Mark.LATE : Mark.PRESENT;
                }
                out.add(new Attendance(ids.next(), seat.enrollment.id(), c.sessions.get(i).id(), mark, note, stamp, stamp, 0));
            }
        }
        return out;
    }

    /** Exactly {@code k} of {@code n} sessions missed, some in runs of two or three. */
    private boolean[] missed(int n, int k) {
        boolean[] missed = new boolean[n];
        int marked = 0;
        while (marked < k) {
            int start = dice.between(0, n - 1);
            int run = dice.chance(0.3) ? dice.between(2, 3) : 1;
            for (int i = start; i < Math.min(n, start + run) && marked < k; i++) {
                if (!missed[i]) {
                    missed[i] = true;
                    marked++;
                }
            }
        }
        return missed;
    }
}
