package org.cohortdesk.service.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Consumer;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.integrity.IntegrityService;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills an empty workspace with a realistic, deterministic sample: the same seed, number of years
 * and day (of the clock, read at the academy) give the same rows, ids included. It covers the
 * years ending with the current one: Lao partners (the Ministry of Home Affairs, the central
 * offices, the Home Affairs departments of every province) and, in recent years, partners in
 * Cambodia, Cuba and Bangladesh; their agreements and annual plans; ten courses; rooms, lecturers
 * and interpreters; cohorts with their rosters, timetables and the attendance of every
 * session that has ended. {@code years = 10} is the reference dataset (about 500 cohorts, 11,500
 * people, 32,000 sessions, 700,000 marks, written in 15 to 25 seconds).
 *
 * <p>The sample holds a few problems on purpose, so that the warnings have something to show.
 * They are domain warnings, not integrity errors ({@code IntegrityService.check()} finds nothing):
 * <ul>
 *   <li>in the first running cohort (else the first upcoming one), a trainee whose passport expires
 *       two to four months after the cohort ends ({@code rule.passport.expires_soon});</li>
 *   <li>in the first upcoming cohort with nominees, a nominee with no passport number yet
 *       ({@code rule.passport.missing});</li>
 *   <li>that same first upcoming cohort (else the last running one) has two trainees more than
 *       planned ({@code rule.cohort.over_size});</li>
 *   <li>about 3% of trainees are returning alumni, enrolled in a second cohort at least a year
 *       after the first (a month when the sample spans one year); at least one whenever a cohort
 *       with nominees starts after another one ended;</li>
 *   <li>about 2% of trainees attend poorly (a quarter to two fifths of sessions missed); in a
 *       finished cohort they stay "arrived" instead of "completed".</li>
 * </ul>
 * Nothing else is wrong: every other passport outlasts its cohorts by more than six months, every
 * visa outlasts the stay, no room, lecturer or interpreter is booked twice in a half-day, and no
 * session falls on a weekend or on a public holiday (day in lieu included) of Vietnam or of the
 * cohort's country, as {@code HolidayService} computes them. No holiday is stored: the extra days
 * off a workspace already has are left alone, and the sample does not plan around them.
 */
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
     * one transaction: all of it or, on any failure, nothing. Refused with {@code error.demo.not_empty}
     * when the workspace already has partners, courses or cohorts. {@code progress} is called on
     * the calling thread, a few dozen times, with the share of rows written and the step's message
     * key ({@code demo.step.*}). Takes some seconds a year of data: never call it on the FX thread.
     *
     * @throws IllegalArgumentException when {@code years} is less than one
     */
    public Loaded load(int years, long seed, Consumer<Progress> progress) {
        if (years < 1) {
            throw new IllegalArgumentException("years must be at least 1, not " + years);
        }
        Objects.requireNonNull(progress, "progress");
        jdbi.useHandle(DemoDataService::refuseUnlessEmpty);
        progress.accept(new Progress(0, "demo.step.planning"));
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DemoSample sample = new DemoSample(years, seed, stamp, LocalDateTime.ofInstant(stamp, DemoCalendar.ACADEMY));
        Loaded loaded = Transactions.inTransaction(jdbi, h -> {
            refuseUnlessEmpty(h);
            new DemoWriter(h, progress).write(sample);
            audit.record(h, AuditAction.BULK, "workspace", null, "sample data: " + years + " years, seed " + seed);
            return sample.loaded();
        });
        progress.accept(new Progress(1, "demo.step.done"));
        return loaded;
    }

    private static void refuseUnlessEmpty(Handle h) {
        IntegrityService.Setup setup = IntegrityService.setup(h);
        if (!setup.isEmpty()) {
            throw ProblemException.of("error.demo.not_empty", setup.partners(), setup.courses(), setup.cohorts());
        }
    }
}
