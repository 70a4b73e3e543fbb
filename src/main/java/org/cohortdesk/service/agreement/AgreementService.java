package org.cohortdesk.service.agreement;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.Entered;
import org.cohortdesk.service.RecordEdits;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.AgreementDao;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Cooperation agreements and annual plans: the list with planned against actual, creating and editing one. */
public final class AgreementService {

    /**
     * One agreement with its partner's name and what actually happened under it: its cohorts that
     * were not cancelled, and their trainees who did not withdraw; a memorandum counts those of its
     * annual plans too. The planned numbers are the agreement's own ({@code null} when it names none).
     */
    public record Line(Agreement agreement, String partnerName, int actualCohorts, int actualTrainees) {}

    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public AgreementService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agreements of one partner, or of every partner when {@code partnerId} is null; the newest first. */
    public List<Line> list(UUID partnerId) {
        return jdbi.withHandle(h -> {
            List<Agreement> agreements = Tables.AGREEMENTS.all(h, "starts_on DESC, title");
            Map<UUID, int[]> actual = new HashMap<>();
            for (AgreementDao.Actual own : h.attach(AgreementDao.class).actuals()) {
                actual.put(own.agreementId(), new int[] {own.cohorts(), own.trainees()});
            }
            for (Agreement a : agreements) {
                int[] own = actual.get(a.id());
                if (a.parentId() != null && own != null && actual.containsKey(a.parentId())) {
                    actual.get(a.parentId())[0] += own[0];
                    actual.get(a.parentId())[1] += own[1];
                }
            }
            Map<UUID, String> partners = Tables.PARTNERS.all(h, "name").stream().collect(Collectors.toMap(Partner::id, Partner::name));
            return agreements.stream()
                    .filter(a -> partnerId == null || partnerId.equals(a.partnerId()))
                    .map(a -> {
                        int[] done = actual.getOrDefault(a.id(), new int[2]);
                        return new Line(a, partners.get(a.partnerId()), done[0], done[1]);
                    })
                    .toList();
        });
    }

    public Optional<Agreement> find(UUID id) {
        return jdbi.withHandle(h -> Tables.AGREEMENTS.find(h, id));
    }

    /**
     * Saves a new agreement. Refused, nothing written, without a partner, a title or both dates,
     * when it ends before it starts, with a negative planned number, or under a parent agreement of
     * another partner.
     */
    public Agreement create(Agreement draft) {
        Instant now = clock.instant();
        Agreement agreement = cleaned(draft, UUID.randomUUID(), now, now, 0);
        Transactions.useTransaction(jdbi, h -> {
            checkParent(h, agreement);
            Tables.AGREEMENTS.insert(h, agreement);
            audit.record(h, AuditAction.CREATE, "agreement", agreement.id(), agreement.title());
        });
        return agreement;
    }

    /** Saves an edited agreement; refused with {@link StaleEditException} when it changed since it was read. */
    public Agreement update(Agreement edited) {
        return Transactions.inTransaction(jdbi, h -> RecordEdits.update(h, Tables.AGREEMENTS, audit, RecordKind.AGREEMENT, edited.id(),
                Agreement::title, stored -> {
                    Agreement toWrite = cleaned(edited, edited.id(), stored.createdAt(), clock.instant(), edited.version());
                    checkParent(h, toWrite);
                    return toWrite;
                }));
    }

    private static void checkParent(Handle h, Agreement agreement) {
        if (agreement.parentId() == null) {
            return;
        }
        Agreement parent = Tables.AGREEMENTS.find(h, agreement.parentId()).orElseThrow(() -> ProblemException.of("error.agreement.parent_missing"));
        if (parent.id().equals(agreement.id()) || !parent.partnerId().equals(agreement.partnerId())) {
            throw ProblemException.of("error.agreement.parent_other_partner");
        }
    }

    private static Agreement cleaned(Agreement a, UUID id, Instant created, Instant updated, int version) {
        if (a.partnerId() == null) {
            throw ProblemException.of("error.agreement.partner_missing");
        }
        String title = Entered.text(a.title());
        if (title == null) {
            throw ProblemException.of("error.agreement.title_missing");
        }
        if (a.kind() == null) {
            throw ProblemException.of("error.agreement.kind_missing");
        }
        if (a.startsOn() == null || a.endsOn() == null) {
            throw ProblemException.of("error.agreement.dates_missing");
        }
        if (a.endsOn().isBefore(a.startsOn())) {
            throw ProblemException.of("error.agreement.end_before_start", a.startsOn(), a.endsOn());
        }
        if (negative(a.plannedCohorts()) || negative(a.plannedTrainees())) {
            throw ProblemException.of("error.agreement.planned_negative");
        }
        return new Agreement(id, a.partnerId(), a.parentId(), a.kind(), title, a.startsOn(), a.endsOn(), a.plannedCohorts(),
                a.plannedTrainees(), Entered.text(a.notes()), created, updated, version);
    }

    private static boolean negative(Integer n) {
        return n != null && n < 0;
    }
}
