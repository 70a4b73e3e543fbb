package org.cohortdesk.service.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.Deletions;
import org.cohortdesk.store.ExchangeRows;
import org.cohortdesk.store.ExchangeRows.Row;
import org.cohortdesk.store.ExchangeState;
import org.cohortdesk.store.ExchangeState.Base;
import org.cohortdesk.store.ExchangeState.StoredConflict;
import org.jdbi.v3.core.Handle;

/**
 * Settling a conflict where one side deleted the row: deleted there and changed here (keep it, or
 * delete it here too), or deleted here and changed there (leave it deleted, or add it back as they
 * have it). Either way the row's base from that peer records the outcome, so the same package does
 * not raise the conflict again. Also which rows here still refer to a row, which a deletion from
 * another institution never removes on its own.
 */
final class DeletionConflicts {
    /** Rows that refer to a row of a table without being deleted with it (the schema refuses the deletion while they exist). */
    private static final Map<String, List<String>> REFERENCES = Map.of(
            "partners", List.of("agreements.partner_id", "cohorts.partner_id", "people.partner_id"),
            "agreements", List.of("agreements.parent_id", "cohorts.agreement_id"),
            "courses", List.of("cohorts.course_id"),
            "course_modules", List.of("sessions.module_id"),
            "cohorts", List.of("enrollments.cohort_id", "sessions.cohort_id"),
            "people", List.of("enrollments.person_id"),
            "enrollments", List.of("attendance.enrollment_id", "certificates.enrollment_id"),
            "sessions", List.of("attendance.session_id"),
            "resources", List.of("session_resources.resource_id"));

    private final Handle h;
    private final Audit audit;
    private final Instant now;

    DeletionConflicts(Handle h, Audit audit, Instant now) {
        this.h = h;
        this.audit = audit;
        this.now = now;
    }

    /** Whether rows here still refer to this row (a trainee's marks, a session's marks, a person's enrollments). */
    static boolean inUse(Handle h, String table, UUID rowId) {
        for (String reference : REFERENCES.getOrDefault(table, List.of())) {
            int dot = reference.indexOf('.');
            boolean used = h.createQuery("SELECT 1 FROM " + reference.substring(0, dot) + " WHERE " + reference.substring(dot + 1) + " = :id")
                    .bind("id", rowId)
                    .mapTo(Integer.class)
                    .findFirst()
                    .isPresent();
            if (used) {
                return true;
            }
        }
        return false;
    }

    /** Settles {@code c} (one side deleted the row; {@code here} is the row now, if any), taking their side or keeping this one's. */
    void resolve(StoredConflict c, Optional<Row> here, boolean takeTheirs) {
        ExchangeState state = new ExchangeState(h);
        String baseHash = c.deletedThere() ? ExchangeState.DELETED : c.theirsHash();
        if (takeTheirs && c.deletedThere() && here.isPresent()) {
            if (inUse(h, c.table(), c.rowId())) {
                throw ProblemException.of("exchange.deletions.in_use", RowLabels.label(h, c.table(), here.get()));
            }
            Deletions.deleteRow(h, c.table(), c.rowId());
            audit.record(h, AuditAction.DELETE, c.table(), c.rowId(), "exchange conflict settled: deleted as at the other institution");
        } else if (takeTheirs && !c.deletedThere() && here.isEmpty()) {
            Row row = new Row();
            row.put("id", c.rowId().toString());
            row.putAll(PayloadText.parseContent(c.theirs()));
            row.put("created_at", now.toString());
            row.put("updated_at", now.toString());
            row.put("version", "0");
            new ExchangeRows(h).insert(c.table(), row);
            Deletions.forget(h, c.table(), c.rowId());
            audit.record(h, AuditAction.CREATE, c.table(), c.rowId(), "exchange conflict settled: added back as at the other institution");
        } else {
            audit.record(h, AuditAction.MERGE, c.table(), c.rowId(), "exchange conflict settled: "
                    + (c.deletedThere() ? "kept though deleted at the other institution" : "left deleted though changed at the other institution"));
        }
        state.putBase(new Base(c.peerId(), c.table(), c.rowId(), baseHash, c.packageAt()));
        state.deleteConflict(c.id());
    }
}
