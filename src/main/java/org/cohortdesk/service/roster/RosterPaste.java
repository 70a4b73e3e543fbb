package org.cohortdesk.service.roster;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.AuditEntry;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Severity;
import org.cohortdesk.model.TextMatch;
import org.cohortdesk.model.rules.DuplicateReason;
import org.cohortdesk.model.rules.DuplicateRules;
import org.cohortdesk.model.rules.TraineeRules;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.person.PeopleDirectory;
import org.cohortdesk.store.CohortDao;
import org.cohortdesk.store.PeopleDao;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Adds people to a cohort from rows copied out of a spreadsheet: first a {@link #preview} that
 * reads and checks the rows and writes nothing, then {@link #save}, all or nothing. See {@link
 * PasteParser} for the columns, dates and sexes it reads.
 */
public final class RosterPaste {

    /** A paste read and checked against a cohort: its rows and the notes about the paste as a whole. */
    public record Preview(Cohort cohort, List<PasteRow> rows, List<Problem> notes, boolean hasHeader, ColumnMapping columns) {

        public Preview(Cohort cohort, List<PasteRow> rows, List<Problem> notes, boolean hasHeader) {
            this(cohort, rows, notes, hasHeader, null);
        }

        /** Rows that saving would enroll (new people and people on file). */
        public long toAdd() {
            return rows.stream().filter(r -> r.action() != PasteRow.Action.SKIP).count();
        }

        /** Rows with an error, and errors about the paste as a whole. */
        public long errors() {
            return rows.stream().filter(PasteRow::hasErrors).count() + notes.stream().filter(p -> p.severity() == Severity.ERROR).count();
        }

        public boolean canSave() {
            return errors() == 0 && toAdd() > 0;
        }
    }

    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;
    private final PasteParser parser = new PasteParser();

    public RosterPaste(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reads {@code text} (tab-separated, as a spreadsheet copies it) and checks each row against the
     * cohort with this code: errors that stop saving (no romanised name, a date or sex that cannot be
     * read, a cell too long), and warnings that do not (passport and visa rules, a likely duplicate of
     * someone on file or of another pasted row, someone already in the cohort). A row whose passport
     * number is on file for exactly one person will enroll that person as on file (the passport
     * rules are then checked against that record, which the paste does not change); so will a row
     * whose passport is on file for no one and who was born the same day as exactly one person on
     * file with a similar name (with a warning when both have a passport number). A new person's
     * passport number repeated by a later row skips that row: the file names one person twice.
     * Writes nothing.
     */
    public Preview preview(String cohortCode, String text) {
        return checked(cohortCode, parser.parse(text));
    }

    /**
     * As {@link #preview(String, String)}, for the cells of a sheet read from a file: {@code rows}
     * holds the sheet's rows from its first, so a problem's row number is the sheet's row number.
     */
    public Preview preview(String cohortCode, List<List<String>> rows) {
        return preview(cohortCode, rows, null, Set.of());
    }

    /**
     * As {@link #preview(String, List)}, with the columns read as {@code columns} maps them (null:
     * matched by the header's titles) and the rows numbered in {@code asNew} taken as new people even
     * when they look like someone on file.
     */
    public Preview preview(String cohortCode, List<List<String>> rows, ColumnMapping columns, Set<Integer> asNew) {
        PasteParser.Parsed parsed = parser.parse(rows, columns);
        List<PasteRow> marked = parsed.rows().stream().map(r -> asNew.contains(r.row()) ? r.keptNew(true) : r).toList();
        return checked(cohortCode, new PasteParser.Parsed(marked, parsed.notes(), parsed.hasHeader(), parsed.columns()));
    }

    /** As {@link #preview(String, List, ColumnMapping, Set)}, for pasted text. */
    public Preview preview(String cohortCode, String text, ColumnMapping columns, Set<Integer> asNew) {
        return preview(cohortCode, TabText.rows(text == null ? "" : text), columns, asNew);
    }

    /** Rows of data a preview reads at most; more are refused. */
    public static int maxRows() {
        return PasteParser.MAX_ROWS;
    }

    private Preview checked(String cohortCode, PasteParser.Parsed parsed) {
        return jdbi.inTransaction(h -> {
            Cohort cohort = h.attach(CohortDao.class).findByCode(cohortCode.strip())
                    .orElseThrow(() -> ProblemException.of("error.cohort.unknown", cohortCode.strip()));
            return new Preview(cohort, check(h, cohort, parsed.rows()), parsed.notes(), parsed.hasHeader(), parsed.columns());
        });
    }

    /**
     * Saves the rows of a preview in one transaction: creates the new people (sent by the cohort's
     * partner), enrolls everyone as nominated with their room, visa, travel and notes, and writes
     * the audit log, in JDBC batches. The rows are checked again against the data as it is now, so a person enrolled
     * meanwhile is skipped rather than added twice. Refused with {@code error.paste.has_errors},
     * writing nothing, when any row has an error. Returns how many people were enrolled.
     */
    public int save(UUID cohortId, List<PasteRow> rows) {
        long wrong = rows.stream().filter(PasteRow::hasErrors).count();
        if (wrong > 0) {
            throw ProblemException.of("error.paste.has_errors", wrong);
        }
        return Transactions.inTransaction(jdbi, h -> {
            Cohort cohort = Tables.COHORTS.find(h, cohortId).orElseThrow(() -> ProblemException.of("error.cohort.unknown", cohortId));
            String country = Tables.PARTNERS.find(h, cohort.partnerId()).map(Partner::country).orElse(null);
            Instant now = clock.instant();
            List<Person> people = new ArrayList<>();
            List<Enrollment> enrollments = new ArrayList<>();
            List<AuditEntry> created = new ArrayList<>();
            for (PasteRow row : check(h, cohort, rows)) {
                UUID personId;
                if (row.action() == PasteRow.Action.SKIP) {
                    continue;
                } else if (row.action() == PasteRow.Action.EXISTING) {
                    personId = row.existing().id();
                } else {
                    Person p = newPerson(row.person(), cohort.partnerId(), country, now);
                    people.add(p);
                    created.add(audit.entry(AuditAction.CREATE, "person", p.id(), p.nameLatin()));
                    personId = p.id();
                }
                Enrollment s = row.stay();
                Enrollment e = new Enrollment(UUID.randomUUID(), cohort.id(), personId, EnrollmentStatus.NOMINATED, s.arrivalOn(),
                        s.arrivalFlight(), s.departureOn(), s.departureFlight(), s.room(), s.visaNo(), s.visaExpiry(), null, null,
                        s.notes(), now, now, 0);
                enrollments.add(e);
                created.add(audit.entry(AuditAction.CREATE, "enrollment", e.id(), "person " + personId + " in cohort " + cohort.code()));
            }
            Tables.PEOPLE.insertAll(h, people);
            Tables.ENROLLMENTS.insertAll(h, enrollments);
            audit.recordAll(h, created);
            int added = enrollments.size();
            audit.record(h, AuditAction.IMPORT, "cohort", cohort.id(), "pasted " + rows.size() + " rows, enrolled " + added);
            return added;
        });
    }

    /**
     * Saves the rows of a preview that have no error, as {@link #save} does (in one transaction, all
     * of them or none), and leaves out the rows with errors. Returns how many people were enrolled.
     */
    public int saveAccepted(UUID cohortId, List<PasteRow> rows) {
        return save(cohortId, rows.stream().filter(r -> !r.hasErrors()).toList());
    }

    /** The rows with what saving does with each and the warnings the data on file raises. */
    private static List<PasteRow> check(Handle h, Cohort cohort, List<PasteRow> rows) {
        PeopleDao dao = h.attach(PeopleDao.class);
        Lookalikes onFile = new Lookalikes(dao.all());
        Set<UUID> enrolled = new HashSet<>();
        dao.enrollmentsOf(cohort.id()).forEach(e -> enrolled.add(e.personId()));
        List<Person> drafts = rows.stream().map(r -> withId(r.person(), UUID.randomUUID())).toList();
        Lookalikes pasted = new Lookalikes(drafts);
        Map<UUID, Integer> index = new HashMap<>();
        drafts.forEach(d -> index.put(d.id(), index.size()));
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            links.add(rows.get(i).keptNew() ? Link.NONE : link(drafts.get(i), onFile));
        }
        Map<UUID, Integer> takenBy = new HashMap<>();
        Map<String, Integer> newPassports = new HashMap<>();
        List<PasteRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PasteRow row = rows.get(i);
            Person draft = drafts.get(i);
            Link link = links.get(i);
            Person existing = link.person();
            List<Problem> warnings = new ArrayList<>();
            PasteRow.Action action = existing == null ? PasteRow.Action.NEW : PasteRow.Action.EXISTING;
            if (existing == null) {
                for (PeopleDirectory.Duplicate d : PeopleDirectory.duplicatesOf(draft, onFile.near(draft))) {
                    Person other = d.first() == draft ? d.second() : d.first();
                    warnings.add(Problem.warning(enrolled.contains(other.id()) ? "rule.paste.maybe_enrolled" : "rule.person.likely_duplicate",
                            other.nameLatin(), d.reason()));
                }
                String passport = DuplicateRules.passportKey(draft.passportNo());
                Integer first = passport.isEmpty() ? null : newPassports.putIfAbsent(passport, row.row());
                if (first != null) {
                    action = PasteRow.Action.SKIP;
                    warnings.add(Problem.warning("rule.paste.repeated_person", first));
                }
            } else {
                if (link.reason() == DuplicateReason.SAME_PASSPORT
                        && !TextMatch.fold(existing.nameLatin()).equals(TextMatch.fold(draft.nameLatin()))) {
                    warnings.add(Problem.warning("rule.paste.existing_differs", existing.nameLatin()));
                }
                String passportOnFile = DuplicateRules.passportKey(existing.passportNo());
                if (link.reason() == DuplicateReason.SAME_BIRTH_DATE_AND_NAME && !passportOnFile.isEmpty()
                        && !DuplicateRules.passportKey(draft.passportNo()).isEmpty()) {
                    warnings.add(Problem.warning("rule.paste.linked_passport_differs", existing.nameLatin(), existing.passportNo()));
                }
                if (enrolled.contains(existing.id())) {
                    action = PasteRow.Action.SKIP;
                    warnings.add(Problem.warning("rule.paste.already_enrolled", existing.nameLatin()));
                } else if (takenBy.containsKey(existing.id())) {
                    action = PasteRow.Action.SKIP;
                    warnings.add(Problem.warning("rule.paste.repeated_person", takenBy.get(existing.id())));
                } else {
                    takenBy.put(existing.id(), row.row());
                }
            }
            List<Integer> near = pasted.near(draft).stream().map(p -> index.get(p.id())).sorted().toList();
            for (int j : near) {
                boolean sameOnFile = existing != null && existing == links.get(j).person();
                if (j != i && !sameOnFile) {
                    int other = rows.get(j).row();
                    DuplicateRules.likelyDuplicate(draft, drafts.get(j))
                            .ifPresent(reason -> warnings.add(Problem.warning("rule.paste.same_as_row", other, reason)));
                }
            }
            if (action != PasteRow.Action.SKIP) {
                warnings.addAll(TraineeRules.check(existing != null ? existing : row.person(), row.stay(), cohort));
            }
            out.add(row.with(action, existing, link.reason(), warnings));
        }
        return out;
    }

    /** The person on file a row is linked to and why; {@link #NONE} when it is a new person. */
    private record Link(Person person, DuplicateReason reason) {
        static final Link NONE = new Link(null, null);
    }

    /**
     * The one person on file {@code draft} is likely to be (see {@link DuplicateRules}): the one with
     * its passport number; else, when the draft's passport number is on file for no one, the one
     * born the same day with a similar name. None when no one, or more than one, fits.
     */
    private static Link link(Person draft, Lookalikes onFile) {
        List<Person> samePassport = onFile.samePassport(draft);
        if (samePassport.size() == 1) {
            return new Link(samePassport.get(0), DuplicateReason.SAME_PASSPORT);
        }
        if (!samePassport.isEmpty()) {
            return Link.NONE;
        }
        List<Person> alike = PeopleDirectory.duplicatesOf(draft, onFile.near(draft)).stream()
                .filter(d -> d.reason() == DuplicateReason.SAME_BIRTH_DATE_AND_NAME)
                .map(d -> d.first() == draft ? d.second() : d.first())
                .distinct().toList();
        return alike.size() == 1 ? new Link(alike.get(0), DuplicateReason.SAME_BIRTH_DATE_AND_NAME) : Link.NONE;
    }

    private static Person withId(Person p, UUID id) {
        return new Person(id, p.nameLocal(), p.nameLatin(), p.sex(), p.birthDate(), p.nationality(), p.jobTitle(), p.agency(),
                p.partnerId(), p.province(), p.passportNo(), p.passportExpiry(), p.phone(), p.email(), p.dietaryNotes(),
                p.healthNotes(), p.emergencyContact(), p.notes(), p.createdAt(), p.updatedAt(), p.version());
    }

    private static Person newPerson(Person p, UUID partnerId, String country, Instant now) {
        return new Person(UUID.randomUUID(), p.nameLocal(), p.nameLatin(), p.sex(), p.birthDate(), country, p.jobTitle(), p.agency(),
                partnerId, p.province(), p.passportNo(), p.passportExpiry(), p.phone(), p.email(), null, null, null, null, now, now, 0);
    }
}
