package org.cohortdesk.service.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.about.About;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.exchange.PackageFile.Contents;
import org.cohortdesk.service.exchange.PackageFile.Manifest;
import org.cohortdesk.service.exchange.PackageFile.TableRows;
import org.cohortdesk.store.Deletions;
import org.cohortdesk.store.Deletions.Tombstone;
import org.cohortdesk.store.ExchangeRows;
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

    /** Gives this institution the name its next packages carry (trimmed; at most 300 characters). */
    public ExchangeState.Institution rename(String name) {
        String trimmed = name == null ? "" : java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC);
        if (trimmed.isEmpty() || trimmed.length() > 300) {
            throw ProblemException.of("exchange.name.invalid", 300);
        }
        return Transactions.inTransaction(jdbi, h -> {
            ExchangeState.Institution renamed = new ExchangeState(h).rename(trimmed, clock.instant());
            audit.record(h, AuditAction.UPDATE, "institution", renamed.id(), "exchange name: " + trimmed);
            return renamed;
        });
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
            Manifest manifest = new Manifest(PackageFile.FORMAT, About.version(), me.id(), me.name(),
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
                Imported result = new Merge(h, contents, clock.instant()).run();
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

    private static Conflict view(Handle h, ExchangeRows rows, StoredConflict c) {
        Optional<Row> here = rows.find(c.table(), c.rowId());
        Row mine = here.orElseGet(Row::new);
        Row theirs = c.deletedThere() ? new Row() : PayloadText.parseContent(c.theirs());
        Instant deletedHere = here.isEmpty() ? Deletions.deletedAt(h, c.table(), c.rowId()).orElse(c.createdAt()) : null;
        List<Field> fields = new ArrayList<>();
        List<String> columns = new ArrayList<>((c.deletedThere() ? mine : theirs).keySet());
        columns.removeAll(PayloadText.BOOKKEEPING);
        columns.remove("id");
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

    /** One package merged into the database inside the caller's transaction. */
    private final class Merge {
        private final Handle h;
        private final Contents contents;
        private final Instant now;
        private final ExchangeRows rows;
        private final ExchangeState state;
        private final UUID peer;
        private int added;
        private int updated;
        private int unchanged;
        private int keptMine;
        private int deleted;
        private boolean changed;
        private final List<StoredConflict> conflicts = new ArrayList<>();
        /** Their id to ours, for rows matched by a natural key; applied to every later value. */
        private final Map<String, String> remap = new HashMap<>();
        /** What is stored now for this peer, read once: the bases and the waiting conflicts, by table and row. */
        private final Map<String, Base> bases = new HashMap<>();
        private final Map<String, StoredConflict> waiting = new HashMap<>();
        /** Bases to write at the end, in batches: new ones and ones that replace a stored base. */
        private final List<Base> freshBases = new ArrayList<>();
        private final List<Base> changedBases = new ArrayList<>();
        /** Ids of the rows this import added: no row here can refer to them yet. */
        private final Set<String> inserted = new HashSet<>();
        /** Ids of rows the package carries that stay deleted here: a new row that refers to one is not added. */
        private final Set<String> goneHere = new HashSet<>();

        Merge(Handle h, Contents contents, Instant now) {
            this.h = h;
            this.contents = contents;
            this.now = now;
            this.rows = new ExchangeRows(h);
            this.state = new ExchangeState(h);
            this.peer = contents.manifest().institutionId();
        }

        Imported run() {
            UUID me = state.institution(now).id();
            if (me.equals(peer)) {
                throw ProblemException.of("exchange.import.own_package", contents.manifest().cohortCode());
            }
            state.basesOf(peer).forEach(b -> bases.put(key(b.table(), b.rowId()), b));
            state.conflicts().stream().filter(c -> c.peerId().equals(peer)).forEach(c -> waiting.put(key(c.table(), c.rowId()), c));
            Map<String, Base> claims = new LinkedHashMap<>();
            contents.bases().stream().filter(b -> b.peerId().equals(me)).forEach(b -> claims.put(b.table() + "/" + b.rowId(), b));
            List<Tombstone> deletions = new ArrayList<>(contents.deletions());
            deletions.sort(Comparator.comparingInt((Tombstone d) -> ExchangeRows.TABLES.indexOf(d.table())).reversed());
            for (Tombstone d : deletions) {
                deletedThere(d, claims.get(key(d.table(), d.rowId())));
            }
            List<TableRows> tables = new ArrayList<>(contents.tables());
            tables.sort(Comparator.comparingInt(t -> ExchangeRows.TABLES.indexOf(t.table())));
            for (TableRows t : tables) {
                List<String> unknown = rows.unknownColumns(t.table(), new HashSet<>(t.columns()));
                if (!unknown.isEmpty()) {
                    throw ProblemException.of("exchange.import.unknown_columns", t.table(), String.join(", ", unknown));
                }
                List<UUID> ids = t.rows().stream().map(Row::id).toList();
                Map<UUID, Row> here = rows.findAll(t.table(), ids);
                Set<UUID> deletedHere = Deletions.deletedAmong(h, t.table(), ids);
                for (Row row : t.rows()) {
                    Base claim = claims.get(key(t.table(), row.id()));
                    if (!here.containsKey(row.id()) && deletedHere.contains(row.id())) {
                        deletedHere(t, row, claim);
                    } else {
                        merge(t, row, Optional.ofNullable(here.get(row.id())), claim);
                    }
                }
            }
            state.writeBases(freshBases, changedBases);
            if (changed) {
                audit.record(h, AuditAction.IMPORT, "package", peer, "exchange package of " + contents.manifest().cohortCode()
                        + ": added " + added + ", updated " + updated + ", deleted " + deleted + ", kept " + keptMine + ", conflicts " + conflicts.size());
            }
            List<Conflict> shown = conflicts.stream().map(c -> view(h, rows, c)).toList();
            Manifest m = contents.manifest();
            return new Imported(m.cohortCode(), peer, m.institutionName(), added, updated, unchanged, keptMine, shown, false, deleted);
        }

        /**
         * A row the peer deleted: deleted here too when it is here unchanged since the last exchange
         * and nothing here refers to it; a conflict when it changed here (or is in use); nothing when
         * it is not here or their deletion was already settled.
         */
        private void deletedThere(Tombstone d, Base claim) {
            Optional<Row> local = rows.find(d.table(), d.rowId());
            Base known = bases.get(key(d.table(), d.rowId()));
            if (local.isEmpty() || (known != null && known.hash().equals(ExchangeState.DELETED))) {
                return;
            }
            String mineHash = PayloadText.hash(local.get(), rows.columns(d.table()));
            if (mineHash.equals(base(d.table(), d.rowId(), claim)) && !DeletionConflicts.inUse(h, d.table(), d.rowId())) {
                Deletions.deleteRow(h, d.table(), d.rowId());
                audit.record(h, AuditAction.DELETE, d.table(), d.rowId(), "deleted at " + peerName() + " on " + d.deletedAt());
                deleted++;
                changed = true;
                StoredConflict settled = waiting.remove(key(d.table(), d.rowId()));
                if (settled != null) {
                    state.deleteConflict(settled.id());
                }
                return;
            }
            conflict(d.table(), d.rowId(), "", ExchangeState.DELETED, d.deletedAt());
        }

        /** A row deleted here that the peer still has: stays deleted when unchanged there since the last exchange, else a conflict. */
        private void deletedHere(TableRows t, Row sent, Base claim) {
            goneHere.add(sent.get("id"));
            String theirsHash = PayloadText.hash(sent, t.columns());
            Base known = bases.get(key(t.table(), sent.id()));
            if (theirsHash.equals(base(t.table(), sent.id(), claim)) || (known != null && known.hash().equals(theirsHash))) {
                keptMine++;
            } else {
                conflict(t.table(), sent.id(), PayloadText.content(sent, t.columns()), theirsHash, null);
            }
        }

        private String peerName() {
            return contents.manifest().institutionName() == null ? peer.toString() : contents.manifest().institutionName();
        }

        private void conflict(String table, UUID rowId, String theirs, String theirsHash, Instant deletedThere) {
            StoredConflict c = new StoredConflict(UUID.randomUUID(), peer, contents.manifest().institutionName(), table, rowId,
                    theirs, theirsHash, contents.manifest().createdAt(), now, deletedThere);
            StoredConflict old = waiting.get(key(table, rowId));
            if (state.putConflict(c, old)) {
                changed = true;
                waiting.put(key(table, rowId), c);
                conflicts.add(c);
            } else {
                conflicts.add(old);
            }
        }

        private void merge(TableRows t, Row sent, Optional<Row> local, Base claim) {
            Row theirs = remapped(sent);
            if (local.isEmpty()) {
                local = sameByNaturalKey(t.table(), theirs);
                if (local.isPresent()) {
                    remap.put(theirs.get("id"), local.get().get("id"));
                    theirs.put("id", local.get().get("id"));
                }
            }
            String theirsHash = PayloadText.hash(theirs, t.columns());
            Base received = new Base(peer, t.table(), theirs.id(), theirsHash, contents.manifest().createdAt());
            if (local.isEmpty() && theirs.values().stream().anyMatch(goneHere::contains)) {
                keptMine++;
                return;
            }
            if (local.isEmpty()) {
                rows.insert(t.table(), theirs);
                inserted.add(theirs.get("id"));
                added++;
                settled(received);
                return;
            }
            String mineHash = PayloadText.hash(local.get(), t.columns());
            String base = base(t.table(), theirs.id(), claim);
            if (mineHash.equals(theirsHash)) {
                unchanged++;
                settled(received);
            } else if (mineHash.equals(base)) {
                Map<String, String> content = new LinkedHashMap<>(theirs);
                PayloadText.BOOKKEEPING.forEach(content::remove);
                content.remove("id");
                rows.update(t.table(), theirs.id(), content, now);
                updated++;
                settled(received);
            } else if (theirsHash.equals(base)) {
                keptMine++;
            } else {
                conflict(t.table(), theirs.id(), PayloadText.content(theirs, t.columns()), theirsHash, null);
            }
        }

        private static String key(String table, UUID rowId) {
            return table + "/" + rowId;
        }

        /** The row with every id the package uses for a row matched here by its natural key replaced by the id here. */
        private Row remapped(Row sent) {
            if (remap.isEmpty()) {
                return new Row(sent);
            }
            Row row = new Row();
            sent.forEach((column, value) -> row.put(column, value == null ? null : remap.getOrDefault(value, value)));
            return row;
        }

        /** The row here that is the same thing as theirs by its natural key (a cohort's code, a room's name, a trainee's mark in a session). */
        private Optional<Row> sameByNaturalKey(String table, Row theirs) {
            List<String> key = NATURAL_KEYS.get(table);
            if (key == null || key.stream().anyMatch(c -> theirs.get(c) == null || inserted.contains(theirs.get(c)))) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            key.forEach(c -> values.put(c, theirs.get(c)));
            return rows.findBy(table, values);
        }

        /** The row's state as of the last exchange with this peer: what we last received from it, or what it last received from us, whichever came later. */
        private String base(String table, UUID rowId, Base claim) {
            Base mine = bases.get(key(table, rowId));
            if (mine != null && (claim == null || !mine.packageAt().isBefore(claim.packageAt()))) {
                return mine.hash();
            }
            return claim == null ? null : claim.hash();
        }

        private void settled(Base received) {
            String key = key(received.table(), received.rowId());
            Base old = bases.get(key);
            if (old == null || !old.hash().equals(received.hash()) || old.packageAt().isBefore(received.packageAt())) {
                (old == null ? freshBases : changedBases).add(received);
                changed = true;
                bases.put(key, received);
            }
            StoredConflict settled = waiting.remove(key);
            if (settled != null) {
                changed |= state.deleteConflict(settled.id());
            }
            if (added > 0 || updated > 0) {
                changed = true;
            }
        }
    }
}
