package org.cohortdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.schedule.Conflict;
import org.cohortdesk.service.schedule.Conflicts;
import org.cohortdesk.service.schedule.DaysOff;
import org.cohortdesk.service.schedule.HolidayDaysOff;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.ScheduleDao;

/**
 * The timetable checks ({@code conflicts}) on a large dataset, in this JVM: each of their three
 * queries and the holidays' read alone, then the whole check, {@code rounds} times each; prints
 * each one's median. Arguments: {@code DATA_DIR [rounds]}; run from the project folder after
 * {@code mvn package}. See docs/performance.md.
 */
public final class ConflictsBench {
    private ConflictsBench() {}

    public static void main(String[] args) {
        String data = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long start = System.nanoTime();
        try (Workspace workspace = Workspace.open(new DataFolder(Path.of(data)), null, Clock.systemDefaultZone())) {
            System.out.printf("open-workspace-ms: %d%n", (System.nanoTime() - start) / 1_000_000);
            var jdbi = workspace.database().jdbi();
            Conflicts conflicts = workspace.services().conflicts();
            System.out.printf("sessions: %d%n", jdbi.withExtension(ScheduleDao.class, ScheduleDao::sessions).size());
            System.out.printf("bookings: %d%n", jdbi.withExtension(ScheduleDao.class, ScheduleDao::uses).size());
            Timed.median("query-sessions", rounds, () -> jdbi.withExtension(ScheduleDao.class, ScheduleDao::sessions));
            Timed.median("query-uses", rounds, () -> jdbi.withExtension(ScheduleDao.class, ScheduleDao::uses));
            Timed.median("query-shared-trainees", rounds, () -> jdbi.withExtension(ScheduleDao.class, ScheduleDao::sharedTrainees));
            Timed.median("ten-years-of-holidays", rounds, () -> {
                DaysOff days = new HolidayDaysOff(workspace.services().holidays()).snapshot();
                int off = 0;
                for (java.time.LocalDate d = java.time.LocalDate.of(2017, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
                    off += days.dayOff("VN", d).isPresent() ? 1 : 0;
                }
                return off;
            });
            List<Conflict> found = Timed.median("all-conflicts", rounds, conflicts::all);
            System.out.printf("conflicts: %d%n", found.size());
        }
    }
}
