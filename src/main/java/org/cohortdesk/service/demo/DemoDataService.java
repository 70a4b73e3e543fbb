package org.cohortdesk.service.demo;

import java.time.Clock;
import java.util.function.Consumer;
import org.cohortdesk.service.audit.Audit;
import org.jdbi.v3.core.Jdbi;

/** Fills an empty workspace with a realistic, deterministic sample. (Being written; see DemoDataGenerator.) */
public final class DemoDataService {
    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public DemoDataService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Progress from 0.0 to 1.0 with a message key. */
    public record Progress(double fraction, String stepKey) {}

    /** A summary of what was loaded. */
    public record Loaded(int partners, int courses, int cohorts, int people, int enrollments, int sessions, int attendance) {}

    /**
     * Loads {@code years} years of sample data (ending with the current year) from {@code seed}, in
     * one transaction. Refused with {@code error.demo.not_empty} when the workspace has data.
     */
    public Loaded load(int years, long seed, Consumer<Progress> progress) {
        throw new UnsupportedOperationException("demo data generator not written yet");
    }
}
