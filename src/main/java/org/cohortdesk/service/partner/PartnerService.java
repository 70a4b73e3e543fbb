package org.cohortdesk.service.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.Entered;
import org.cohortdesk.service.RecordEdits;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Jdbi;

/** Partners, the organisations that send trainees: the list, creating and editing one. */
public final class PartnerService {
    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public PartnerService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every partner, by name. */
    public List<Partner> list() {
        return jdbi.withHandle(h -> Tables.PARTNERS.all(h, "name, country"));
    }

    public Optional<Partner> find(UUID id) {
        return jdbi.withHandle(h -> Tables.PARTNERS.find(h, id));
    }

    /**
     * Saves a new partner (text trimmed and in NFC, the country in capitals). Refused, nothing
     * written, without a name, a two-letter country or a kind, or when the name is taken in that country.
     */
    public Partner create(Partner draft) {
        Instant now = clock.instant();
        Partner partner = cleaned(draft, UUID.randomUUID(), now, now, 0);
        Transactions.useTransaction(jdbi, h -> {
            Tables.PARTNERS.insert(h, partner);
            audit.record(h, AuditAction.CREATE, "partner", partner.id(), partner.name());
        });
        return partner;
    }

    /** Saves an edited partner; refused with {@link StaleEditException} when it changed since it was read. */
    public Partner update(Partner edited) {
        return Transactions.inTransaction(jdbi, h -> RecordEdits.update(h, Tables.PARTNERS, audit, RecordKind.PARTNER, edited.id(), Partner::name,
                stored -> cleaned(edited, edited.id(), stored.createdAt(), clock.instant(), edited.version())));
    }

    private static Partner cleaned(Partner p, UUID id, Instant created, Instant updated, int version) {
        String name = Entered.text(p.name());
        if (name == null) {
            throw ProblemException.of("error.partner.name_missing");
        }
        String country = Entered.text(p.country());
        if (country == null || !country.matches("[A-Za-z]{2}")) {
            throw ProblemException.of("error.partner.country_invalid");
        }
        if (p.kind() == null) {
            throw ProblemException.of("error.partner.kind_missing");
        }
        return new Partner(id, name, Entered.text(p.nameLocal()), Entered.text(p.shortName()), country.toUpperCase(Locale.ROOT), p.kind(),
                Entered.text(p.notes()), created, updated, version);
    }
}
