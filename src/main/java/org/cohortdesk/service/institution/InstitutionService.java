package org.cohortdesk.service.institution;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Institution;
import org.cohortdesk.model.InstitutionField;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Entered;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.InstitutionDao;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The institution profile: the name of this institution in Vietnamese, Lao and English and the place
 * its certificates are issued at, kept in the database (so a shared server, a backup and a moved data
 * folder keep it). Certificates, the annual report and exchange packages print it, through
 * {@link InstitutionNames}; a blank field prints the message texts as before. Each save is one
 * transaction, written in the audit log.
 */
public final class InstitutionService {
    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public InstitutionService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** The stored profile, or {@link Institution#NONE} when none was saved (nor an exchange made) yet. */
    public Institution profile() {
        return jdbi.withHandle(InstitutionService::read);
    }

    /** The institution named on top of a report in {@code tr}'s language (see {@link InstitutionNames#report}). */
    public String reportName(Localization tr) {
        return InstitutionNames.report(profile(), tr);
    }

    /** The profile as read inside the caller's transaction (for a certificate or a package). */
    public static Institution read(Handle h) {
        return new InstitutionDao(h).find().orElse(Institution.NONE);
    }

    /**
     * Saves the profile as edited in a form, against the version it was read at: each field trimmed
     * and in NFC, blank as none. Refused ({@link ProblemException}, nothing saved) when a field is
     * too long or holds a line break ({@code institution.error.too_long}, {@code
     * institution.error.line_break}, the field as the first argument), or when the profile was changed
     * (or first made) elsewhere since it was read ({@code institution.error.stale}).
     */
    public Institution save(Institution edited) {
        Map<InstitutionField, String> values = checked(edited.fields());
        return Transactions.inTransaction(jdbi, h -> {
            Institution stored = read(h);
            boolean same = Objects.equals(stored.id(), edited.id()) && stored.version() == edited.version();
            // read before the row existed, which the first exchange has made since, with nothing in it
            boolean madeEmpty = edited.id() == null && stored.version() == 0 && stored.fields().values().stream().allMatch(Objects::isNull);
            if (!same && !madeEmpty) {
                throw ProblemException.of("institution.error.stale");
            }
            return write(h, stored, stored.with(values));
        });
    }

    /**
     * Changes only the fields given (a blank value clears its field) over the profile as stored now,
     * in one transaction; refused as {@link #save} refuses a field.
     */
    public Institution change(Map<InstitutionField, String> given) {
        Map<InstitutionField, String> values = checked(given);
        return Transactions.inTransaction(jdbi, h -> {
            Institution stored = read(h);
            return write(h, stored, stored.with(values));
        });
    }

    /**
     * Gives the institution its Vietnamese name, the name its packages carry (what {@code package
     * name NAME} does). Refused when blank ({@code exchange.name.invalid}) or as {@link #save} refuses.
     */
    public Institution rename(String name) {
        if (Entered.text(name) == null) {
            throw ProblemException.of("exchange.name.invalid", InstitutionField.NAME_VI.max());
        }
        Map<InstitutionField, String> vi = new EnumMap<>(InstitutionField.class);
        vi.put(InstitutionField.NAME_VI, name);
        return change(vi);
    }

    /** The values made ready to store (trimmed, NFC, blank as null), or the first refusal. */
    static Map<InstitutionField, String> checked(Map<InstitutionField, String> typed) {
        Map<InstitutionField, String> values = new EnumMap<>(InstitutionField.class);
        for (Map.Entry<InstitutionField, String> e : typed.entrySet()) {
            InstitutionField field = e.getKey();
            String value = Entered.text(e.getValue());
            if (value != null && value.length() > field.max()) {
                throw ProblemException.of("institution.error.too_long", field, value.length(), field.max());
            }
            if (value != null && value.codePoints().anyMatch(Character::isISOControl)) {
                throw ProblemException.of("institution.error.line_break", field);
            }
            values.put(field, value);
        }
        return values;
    }

    private Institution write(Handle h, Institution stored, Institution next) {
        List<String> changed = new ArrayList<>();
        for (InstitutionField f : InstitutionField.values()) {
            if (!Objects.equals(stored.get(f), next.get(f))) {
                changed.add(f.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (changed.isEmpty() && stored.id() != null) {
            return stored;
        }
        InstitutionDao dao = new InstitutionDao(h);
        Institution written;
        if (stored.id() == null) {
            written = dao.insert(next, clock.instant());
        } else if (dao.update(next, clock.instant())) {
            written = new Institution(stored.id(), next.nameVi(), next.nameLo(), next.nameEn(), next.placeVi(), next.placeLo(), next.placeEn(),
                    stored.version() + 1);
        } else {
            throw ProblemException.of("institution.error.stale");
        }
        UUID id = written.id();
        audit.record(h, AuditAction.UPDATE, "institution", id, "institution profile: changed " + String.join(", ", changed));
        return written;
    }
}
