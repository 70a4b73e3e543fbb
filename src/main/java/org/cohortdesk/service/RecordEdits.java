package org.cohortdesk.service;

import java.util.UUID;
import java.util.function.Function;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.RecordTable;
import org.jdbi.v3.core.Handle;

/** The one shape of an optimistic edit of a row, inside the caller's transaction. */
public final class RecordEdits {
    private RecordEdits() {}

    /**
     * Reads the stored row, writes what {@code toWrite} makes of it (the edit, carrying the version
     * it was read at), records it in the audit log and returns the row as now stored. Refused with
     * {@link StaleEditException} when the row was deleted, or changed since the edit's version.
     *
     * @param kind   the row's kind for messages and the audit log
     * @param label  names the row in messages and the audit log (its name, title or code)
     */
    public static <T extends Record> T update(Handle h, RecordTable<T> table, Audit audit, RecordKind kind, UUID id, Function<T, String> label,
            Function<T, T> toWrite) {
        T stored = table.find(h, id).orElseThrow(() -> new StaleEditException(kind, id, true));
        T written = toWrite.apply(stored);
        if (!table.update(h, written)) {
            throw new StaleEditException(kind, label.apply(stored), false);
        }
        audit.record(h, AuditAction.UPDATE, kind.auditName(), id, label.apply(written));
        return table.find(h, id).orElseThrow();
    }
}
