package org.cohortdesk.service.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.SessionResource;
import org.cohortdesk.service.demo.DemoDataService.Progress;
import org.cohortdesk.store.RecordTable;
import org.cohortdesk.store.Tables;
import org.jdbi.v3.core.Handle;

/**
 * Writes a drawn sample through one open transaction, table by table in chunks, reporting the
 * share of rows written after each chunk. Attendance marks are made and written cohort by cohort,
 * so they are never all in memory. A room, lecturer or interpreter of the same name as one the
 * workspace already has is reused rather than added twice. The workspace's holidays (the extra
 * days off the user added) are left as they are: the sample writes none.
 */
final class DemoWriter {
    private static final int CHUNK = 20_000;

    private final Handle handle;
    private final Consumer<Progress> progress;
    private long total;
    private long done;

    DemoWriter(Handle handle, Consumer<Progress> progress) {
        this.handle = handle;
        this.progress = progress;
    }

    void write(DemoSample sample) {
        total = Math.max(1, sample.rows());
        String reference = "demo.step.reference";
        report(reference);
        insert(Tables.PARTNERS, sample.partners, reference);
        insert(Tables.AGREEMENTS, sample.agreements, reference);
        insert(Tables.COURSES, sample.courses, reference);
        insert(Tables.COURSE_MODULES, sample.modules, reference);
        Map<UUID, UUID> reused = existingResources(sample.resources);
        insert(Tables.RESOURCES, sample.resources.stream().filter(r -> !reused.containsKey(r.id())).toList(), reference);
        insert(Tables.COHORTS, sample.cohortRows, "demo.step.cohorts");
        insert(Tables.PEOPLE, sample.people, "demo.step.people");
        insert(Tables.ENROLLMENTS, sample.enrollments, "demo.step.enrollments");
        insert(Tables.SESSIONS, sample.sessions, "demo.step.sessions");
        List<SessionResource> bookings = reused.isEmpty() ? sample.bookings : sample.bookings.stream()
                .map(b -> new SessionResource(b.id(), b.sessionId(), reused.getOrDefault(b.resourceId(), b.resourceId()), b.createdAt(),
                        b.updatedAt(), b.version()))
                .toList();
        insert(Tables.SESSION_RESOURCES, bookings, "demo.step.sessions");
        writeAttendance(sample);
    }

    private void writeAttendance(DemoSample sample) {
        String step = "demo.step.attendance";
        report(step);
        List<Attendance> pending = new ArrayList<>(CHUNK + 2_000);
        for (DemoCohort c : sample.cohorts) {
            pending.addAll(sample.attendance.marks(c));
            if (pending.size() >= CHUNK) {
                flush(pending, step);
            }
        }
        flush(pending, step);
    }

    private void flush(List<Attendance> pending, String step) {
        if (!pending.isEmpty()) {
            Tables.ATTENDANCE.insertAll(handle, pending);
            done += pending.size();
            pending.clear();
            report(step);
        }
    }

    private <T extends Record> void insert(RecordTable<T> table, List<T> rows, String step) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<T> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            table.insertAll(handle, chunk);
            done += chunk.size();
            report(step);
        }
    }

    private void report(String step) {
        progress.accept(new Progress(Math.min(1.0, (double) done / total), step));
    }

    /** Our resource id to the id of a stored resource of the same kind and name. */
    private Map<UUID, UUID> existingResources(List<Resource> ours) {
        Map<String, UUID> stored = new HashMap<>();
        for (Resource r : Tables.RESOURCES.all(handle, "id")) {
            stored.put(r.kind() + "|" + r.name(), r.id());
        }
        Map<UUID, UUID> reused = new HashMap<>();
        for (Resource r : ours) {
            UUID id = stored.get(r.kind() + "|" + r.name());
            if (id != null) {
                reused.put(r.id(), id);
            }
        }
        return reused;
    }
}
