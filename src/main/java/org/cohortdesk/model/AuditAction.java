package org.cohortdesk.model;

/** What an audit log entry records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, MERGE, IMPORT, BULK
}
