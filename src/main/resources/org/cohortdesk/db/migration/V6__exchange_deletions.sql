-- Deleted rows travel in exchange packages (see docs/decisions/0019-exchange-deletions.md).

-- A row of a table that packages carry, deleted here: which, the cohort it belonged to (so that
-- the cohort's next package carries the deletion), the course for a course's module, and when.
CREATE TABLE exchange_deletions (
    table_name VARCHAR(40) NOT NULL,
    row_id     UUID        NOT NULL,
    cohort_id  UUID,
    course_id  UUID,
    deleted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_exchange_deletions PRIMARY KEY (table_name, row_id)
);

CREATE INDEX ix_exchange_deletions_cohort ON exchange_deletions (cohort_id);

-- A conflict where the other institution deleted the row that was changed here: when it did.
ALTER TABLE exchange_conflicts ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
