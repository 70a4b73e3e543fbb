package org.cohortdesk.service.cohort;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.Severity;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.model.rules.CohortRules;
import org.cohortdesk.service.Entered;
import org.cohortdesk.service.attendance.Outcomes;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.CohortDao;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Cohorts: the list, creating and editing one, moving it through its statuses. */
public final class CohortService {
    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public CohortService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every cohort with its course, partner and current size, newest first. */
    public List<CohortSummary> summaries() {
        return jdbi.withExtension(CohortDao.class, CohortDao::summaries);
    }

    public Optional<Cohort> find(UUID id) {
        return jdbi.withHandle(h -> Tables.COHORTS.find(h, id));
    }

    /**
     * Saves a new cohort. Its id, timestamps and version are set here. Refused (nothing written)
     * without a code, a course or a partner, when the dates are wrong, the planned size is outside
     * 1 to 500, the agreement is another partner's, or the code is taken; returns the saved cohort.
     */
    public Cohort create(Cohort draft) {
        String code = Entered.text(draft.code());
        if (code == null) {
            throw ProblemException.of("error.cohort.code_missing");
        }
        if (draft.courseId() == null) {
            throw ProblemException.of("error.cohort.course_missing");
        }
        if (draft.partnerId() == null) {
            throw ProblemException.of("error.cohort.partner_missing");
        }
        refuseErrors(CohortRules.checkDates(draft.startsOn(), draft.endsOn()));
        if (draft.plannedSize() < 1 || draft.plannedSize() > 500) {
            throw ProblemException.of("error.cohort.size_range");
        }
        var now = clock.instant();
        Cohort cohort = new Cohort(UUID.randomUUID(), code, draft.courseId(), draft.partnerId(), draft.agreementId(),
                draft.startsOn(), draft.endsOn(), draft.plannedSize(), CohortStatus.PLANNED, Entered.text(draft.venue()),
                Entered.text(draft.coordinator()), Entered.text(draft.funding()), Entered.text(draft.notes()), now, now, 0);
        Transactions.useTransaction(jdbi, h -> {
            if (cohort.agreementId() != null && Tables.AGREEMENTS.find(h, cohort.agreementId())
                    .filter(a -> a.partnerId().equals(cohort.partnerId())).isEmpty()) {
                throw ProblemException.of("error.cohort.agreement_other_partner");
            }
            Tables.COHORTS.insert(h, cohort);
            audit.record(h, AuditAction.CREATE, "cohort", cohort.id(), cohort.code());
        });
        return cohort;
    }

    /**
     * Saves an edited cohort. The edit is refused when someone else changed or deleted the cohort
     * since {@code edited} was read ({@link StaleEditException}); returns the cohort as now stored.
     */
    public Cohort update(Cohort edited) {
        refuseErrors(CohortRules.checkDates(edited.startsOn(), edited.endsOn()));
        return Transactions.inTransaction(jdbi, h -> {
            Cohort stored = Tables.COHORTS.find(h, edited.id()).orElseThrow(() -> new StaleEditException(RecordKind.COHORT, edited.code(), true));
            if (stored.status() != edited.status()) {
                refuseErrors(CohortRules.checkTransition(stored.status(), edited.status()));
            }
            return save(h, edited, stored);
        });
    }

    /**
     * Moves a cohort to another status, if that step is allowed (see {@link CohortStatus#next()}).
     * Completing it settles its trainees' outcomes by the course's completion rule ({@link Outcomes});
     * taking it back to in progress takes them back too. All in one transaction.
     */
    public Cohort changeStatus(UUID id, int version, CohortStatus target) {
        return Transactions.inTransaction(jdbi, h -> {
            Cohort stored = Tables.COHORTS.find(h, id).orElseThrow(() -> new StaleEditException(RecordKind.COHORT, id, true));
            if (stored.version() != version) {
                throw new StaleEditException(RecordKind.COHORT, stored.code(), false);
            }
            refuseErrors(CohortRules.checkTransition(stored.status(), target));
            Cohort moved = new Cohort(stored.id(), stored.code(), stored.courseId(), stored.partnerId(), stored.agreementId(),
                    stored.startsOn(), stored.endsOn(), stored.plannedSize(), target, stored.venue(), stored.coordinator(),
                    stored.funding(), stored.notes(), stored.createdAt(), stored.updatedAt(), stored.version());
            Cohort saved = save(h, moved, stored);
            if (target == CohortStatus.COMPLETED && stored.status() == CohortStatus.IN_PROGRESS) {
                int completed = Outcomes.settle(h, saved, LocalDateTime.now(clock), clock.instant());
                audit.record(h, AuditAction.BULK, RecordKind.ENROLLMENT.auditName(), saved.id(), completed + " trainees completed " + saved.code());
            } else if (target == CohortStatus.IN_PROGRESS && stored.status() == CohortStatus.COMPLETED) {
                Outcomes.reopen(h, saved, clock.instant());
            }
            return saved;
        });
    }

    private Cohort save(Handle h, Cohort edited, Cohort stored) {
        Cohort toWrite = new Cohort(edited.id(), edited.code().strip(), edited.courseId(), edited.partnerId(), edited.agreementId(),
                edited.startsOn(), edited.endsOn(), edited.plannedSize(), edited.status(), edited.venue(), edited.coordinator(),
                edited.funding(), edited.notes(), stored.createdAt(), clock.instant(), edited.version());
        if (!Tables.COHORTS.update(h, toWrite)) {
            throw new StaleEditException(RecordKind.COHORT, stored.code(), false);
        }
        String details = stored.status() != edited.status() ? "status " + stored.status() + " -> " + edited.status() : edited.code();
        audit.record(h, AuditAction.UPDATE, "cohort", edited.id(), details);
        return Tables.COHORTS.find(h, edited.id()).orElseThrow();
    }

    static void refuseErrors(List<Problem> problems) {
        problems.stream().filter(p -> p.severity() == Severity.ERROR).findFirst().ifPresent(p -> {
            throw new ProblemException(p);
        });
    }
}
