package org.cohortdesk.service.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Institution;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.about.About;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.exchange.PackageFile.Contents;
import org.cohortdesk.service.exchange.PackageFile.Manifest;
import org.cohortdesk.service.exchange.PackageFile.TableRows;
import org.cohortdesk.store.Deletions;
import org.cohortdesk.store.Deletions.Tombstone;
import org.cohortdesk.store.ExchangeRows;
import org.cohortdesk.store.InstitutionDao;
import org.cohortdesk.store.ExchangeRows.Row;
import org.cohortdesk.store.ExchangeState;
import org.cohortdesk.store.ExchangeState.Base;
import org.cohortdesk.store.ExchangeState.StoredConflict;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Exchange packages between institutions: a cohort written to one file, and a package from another
 * institution merged by UUID. A row new here is added; a row changed on one side only since the
 * last exchange takes that side; a row changed on both sides becomes a {@link Conflict} that waits
 * for the user (nothing is overwritten); the rest of the package is applied. The whole import is one
 * transaction, and importing the same package again changes nothing. See
 * docs/decisions/0013-exchange-packages.md.
 */
public final class ExchangeService {
    /**
     * The unique keys of the schema by which a row made separately at both institutions is the same
     * thing: it is merged with the row here (a difference is a conflict) instead of refused.
     */
    static final Map<String, List<String>> NATURAL_KEYS = Map.of(
            "partners", List.of("country", "name"),
            "courses", List.of("code"),
            "course_modules", List.of("course_id", "seq"),
            "cohorts", List.of("code"),
            "enrollments", List.of("cohort_id", "person_id"),
            "study_visits", List.of("session_id"),
            "resources", List.of("kind", "name"),
            "session_resources", List.of("session_id", "resource_id"),
            "attendance", List.of("enrollment_id", "session_id"));

    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public ExchangeService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an export wrote. */
    public record Exported(Path file, String cohortCode, int rows) {}

    /** What an import did (or, for a dry run, would do). */
    public record Imported(String cohortCode, UUID peerId, String peerName, int added, int updated, int unchanged, int keptMine,
            List<Conflict> conflicts, boolean dryRun, int deleted) {}

    /** One field of a conflicting row: this institution's value and the other's (its label: {@link FieldLabels#field}). */
    public record Field(String column, String mine, String theirs) {}

    /**
     * A row changed here and at the peer since the last exchange, field by field where the two
     * differ. When one side deleted the row, {@code deletedThere} or {@code deletedHere} says when,
     * and the fields are the row as the other side has it; such a conflict is settled as a whole.
     */
    public record Conflict(UUID id, UUID peerId, String peerName, String table, UUID rowId, String label, List<Field> fields,
            Instant deletedThere, Instant deletedHere) {
        /** Whether one side deleted the row (keep or delete, re-add or leave deleted: no field by field choice). */
        public boolean deletion() {
            return deletedThere != null || deletedHere != null;
        }
    }

    /** This institution as its packages name it: its id (made on first use) and its name, if given. */
    public ExchangeState.Institution institution() {
        return Transactions.inTransaction(jdbi, h -> new ExchangeState(h).institution(clock.instant()));
    }

    /**
     * Writes the cohort's package to {@code file}: the cohort and every row it needs (see
     * {@link CohortRows}), with this institution's id. Refuses an unknown cohort code.
     */
    public Exported export(String cohortCode, Path file) {
        Contents contents = Transactions.inTransaction(jdbi, h -> {
            ExchangeRows rows = new ExchangeRows(h);
            ExchangeState state = new ExchangeState(h);
            Row cohortRow = rows.select("cohorts", "code = :code", Map.of("code", cohortCode), "id").stream()
                    .findFirst()
                    .orElseThrow(() -> ProblemException.of("exchange.export.no_cohort", cohortCode));
            UUID cohort = cohortRow.id();
            List<Tombstone> deletions = Deletions.ofCohort(h, cohort, UUID.fromString(cohortRow.get("course_id")));
            List<TableRows> tables = new ArrayList<>();
            List<Base> bases = new ArrayList<>();
            for (String table : ExchangeRows.TABLES) {
                List<Row> found = rows.select(table, CohortRows.WHERE.get(table), Map.of("c", cohort), CohortRows.orderBy(table));
                tables.add(new TableRows(table, rows.columns(table), found));
                Set<UUID> ids = new HashSet<>();
                found.forEach(r -> ids.add(r.id()));
                // A deleted row's base tells the receiver whether its copy changed since it came from there.
                deletions.stream().filter(d -> d.table().equals(table)).forEach(d -> ids.add(d.rowId()));
                state.bases(table).stream().filter(b -> ids.contains(b.rowId())).forEach(bases::add);
            }
            ExchangeState.Institution me = state.institution(clock.instant());
            String myName = new InstitutionDao(h).find().map(Institution::packageName).orElse(null);
            Manifest manifest = new Manifest(PackageFile.FORMAT, About.version(), me.id(), myName,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), cohortCode, null);
            return new Contents(manifest, tables, bases, deletions);
        });
        PackageFile.write(file, contents);
        return new Exported(file, cohortCode, contents.tables().stream().mapToInt(t -> t.rows().size()).sum());
    }

    /**
     * Reads, checks and merges a package from another institution, in one transaction. A package
     * that is damaged, truncated, newer, made here, or whose rows this database refuses changes
     * nothing. With {@code dryRun} the merge is worked out and then rolled back.
     */
    public Imported importPackage(Path file, boolean dryRun) {
        return importPackage(file, dryRun, () -> { });
    }

    /**
     * As {@link #importPackage(Path, boolean)}, running {@code beforeChanging} (a backup) once the
     * package has passed its checks and before anything is written; not for a dry run.
     */
    public Imported importPackage(Path file, boolean dryRun, Runnable beforeChanging) {
        Contents contents = PackageFile.read(file);
        if (!dryRun) {
            beforeChanging.run();
        }
        try {
            return Transactions.inTransaction(jdbi, h -> {
                Imported result = new PackageMerge(h, contents, clock.instant(), audit).run();
                if (dryRun) {
                    throw new RolledBack(result);
                }
                return result;
            });
        } catch (RolledBack done) {
            Imported r = done.result;
            return new Imported(r.cohortCode(), r.peerId(), r.peerName(), r.added(), r.updated(), r.unchanged(), r.keptMine(), r.conflicts(), true,
                    r.deleted());
        }
    }

    /** The conflicts waiting for the user, oldest first, each with the fields where the two sides differ now. */
    public List<Conflict> conflicts() {
        return jdbi.inTransaction(h -> {
            ExchangeRows rows = new ExchangeRows(h);
            return new ExchangeState(h).conflicts().stream().map(c -> view(h, rows, c)).toList();
        });
    }

    /**
     * Settles a conflict: the fields named in {@code takeTheirs} take the other institution's value,
     * every other field keeps this one's. The row's base becomes their version, so the same package
     * does not raise the conflict again. A conflict where one side deleted the row is settled as a
     * whole: any field named takes their side (the row deleted here, or added back as they have it),
     * none keeps this side's. Refuses a conflict that is already settled.
     */
    public void resolve(UUID conflictId, Set<String> takeTheirs) {
        Transactions.useTransaction(jdbi, h -> {
            ExchangeState state = new ExchangeState(h);
            ExchangeRows rows = new ExchangeRows(h);
            StoredConflict c = state.conflict(conflictId).orElseThrow(() -> ProblemException.of("exchange.conflict.gone"));
            Optional<Row> here = rows.find(c.table(), c.rowId());
            if (here.isEmpty() && !c.deletedThere() && Deletions.deletedAt(h, c.table(), c.rowId()).isEmpty()) {
                // Deleted before this version recorded deletions: nothing says it was meant to go.
                throw ProblemException.of("exchange.conflict.row_gone", c.table(), c.rowId());
            }
            if (c.deletedThere() || here.isEmpty()) {
                new DeletionConflicts(h, audit, clock.instant()).resolve(c, here, !takeTheirs.isEmpty());
                return;
            }
            Row theirs = PayloadText.parseContent(c.theirs());
            Row mine = here.get();
            Map<String, String> changes = new LinkedHashMap<>();
            for (String column : takeTheirs) {
                if (!theirs.containsKey(column) || PayloadText.BOOKKEEPING.contains(column) || column.equals("id")) {
                    throw ProblemException.of("exchange.conflict.no_field", column);
                }
                if (!Objects.equals(mine.get(column), theirs.get(column))) {
                    changes.put(column, theirs.get(column));
                }
            }
            if (!changes.isEmpty()) {
                rows.update(c.table(), c.rowId(), changes, clock.instant());
            }
            state.putBase(new Base(c.peerId(), c.table(), c.rowId(), c.theirsHash(), c.packageAt()));
            state.deleteConflict(c.id());
            audit.record(h, AuditAction.MERGE, c.table(), c.rowId(), "exchange conflict settled; taken from the other institution: " + changes.keySet());
        });
    }

    static Conflict view(Handle h, ExchangeRows rows, StoredConflict c) {
        Optional<Row> here = rows.find(c.table(), c.rowId());
        Row mine = here.orElseGet(Row::new);
        Row theirs = c.deletedThere() ? new Row() : PayloadText.parseContent(c.theirs());
        Instant deletedHere = here.isEmpty() ? Deletions.deletedAt(h, c.table(), c.rowId()).orElse(c.createdAt()) : null;
        List<Field> fields = new ArrayList<>();
        List<String> columns = new ArrayList<>((c.deletedThere() ? mine : theirs).keySet());
        columns.removeAll(PayloadText.BOOKKEEPING);
        columns.remove("id");
        if ((c.deletedThere() || here.isEmpty()) && columns.stream().anyMatch(column -> !column.endsWith("_id"))) {
            // A whole row shown for a deletion: the ids it refers to say nothing a label does not.
            columns.removeIf(column -> column.endsWith("_id"));
        }
        for (String column : columns) {
            // A deleted row shows every field the other side has; an edited one, the fields that differ.
            if (c.deletedThere() || here.isEmpty() || !Objects.equals(mine.get(column), theirs.get(column))) {
                fields.add(new Field(column, mine.get(column), theirs.get(column)));
            }
        }
        return new Conflict(c.id(), c.peerId(), c.peerName(), c.table(), c.rowId(), RowLabels.label(h, c.table(), mine.isEmpty() ? theirs : mine),
                fields, c.theirDeletion(), deletedHere);
    }

    /** Carries a dry run's result out of the transaction it rolls back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Imported result;

        RolledBack(Imported result) {
            super("dry run", null, false, false);
            this.result = result;
        }
    }
}
