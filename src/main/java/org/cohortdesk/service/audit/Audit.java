package org.cohortdesk.service.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.AuditEntry;
import org.cohortdesk.store.Tables;
import org.jdbi.v3.core.Handle;

/** Writes the audit log inside the caller's transaction: who (the OS user), when, what. */
public final class Audit {
    private final Clock clock;
    private final String actor;

    public Audit(Clock clock, String actor) {
        this.clock = clock;
        this.actor = actor;
    }

    /** The operating-system user of this process. */
    public static Audit forCurrentUser(Clock clock) {
        return new Audit(clock, System.getProperty("user.name", "unknown"));
    }

    public void record(Handle handle, AuditAction action, String entity, UUID entityId, String details) {
        Tables.AUDIT_LOG.insert(handle, entry(action, entity, entityId, details));
    }

    /** An entry as {@link #record} writes it, for {@link #recordAll}. */
    public AuditEntry entry(AuditAction action, String entity, UUID entityId, String details) {
        String shortened = details != null && details.length() > 4000 ? details.substring(0, 3997) + "..." : details;
        return new AuditEntry(UUID.randomUUID(), clock.instant(), actor, action, entity, entityId, shortened);
    }

    /** Writes many entries in JDBC batches (an import of a thousand rows). */
    public void recordAll(Handle handle, List<AuditEntry> entries) {
        Tables.AUDIT_LOG.insertAll(handle, entries);
    }
}
