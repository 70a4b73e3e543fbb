package org.cohortdesk.service.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.exchange.ExchangeService.Conflict;
import org.cohortdesk.service.exchange.ExchangeService.Imported;
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
import org.jdbi.v3.core.Handle;

/**
 * One package merged into the database inside the caller's transaction (see {@link ExchangeService}):
 * the peer's deletions first (dependants before what they refer to), then its rows in the order of
 * {@link ExchangeRows#TABLES}, each three-way against the base of the last exchange with that peer.
 */
final class PackageMerge {
    private final Handle h;
    private final Audit audit;
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

    PackageMerge(Handle h, Contents contents, Instant now, Audit audit) {
        this.h = h;
        this.audit = audit;
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
        // A row still referred to here may be free once the package's rows are in (a merged person's
        // marks moved to the kept enrollment): it is tried again after them.
        List<Tombstone> inUse = new ArrayList<>();
        for (Tombstone d : deletions) {
            if (!deletedThere(d, claims.get(key(d.table(), d.rowId())), false)) {
                inUse.add(d);
            }
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
        for (Tombstone d : inUse) {
            deletedThere(d, claims.get(key(d.table(), d.rowId())), true);
        }
        state.writeBases(freshBases, changedBases);
        if (changed) {
            audit.record(h, AuditAction.IMPORT, "package", peer, "exchange package of " + contents.manifest().cohortCode()
                    + ": added " + added + ", updated " + updated + ", deleted " + deleted + ", kept " + keptMine + ", conflicts " + conflicts.size());
        }
        List<Conflict> shown = conflicts.stream().map(c -> ExchangeService.view(h, rows, c)).toList();
        Manifest m = contents.manifest();
        return new Imported(m.cohortCode(), peer, m.institutionName(), added, updated, unchanged, keptMine, shown, false, deleted);
    }

    /**
     * A row the peer deleted: deleted here too when it is here unchanged since the last exchange
     * and nothing here refers to it; a conflict when it changed here (or, on the {@code last} try,
     * is still in use); nothing when it is not here or their deletion was already settled. Returns
     * false when it was left for the last try.
     */
    private boolean deletedThere(Tombstone d, Base claim, boolean last) {
        Optional<Row> local = rows.find(d.table(), d.rowId());
        Base known = bases.get(key(d.table(), d.rowId()));
        if (local.isEmpty() || (known != null && known.hash().equals(ExchangeState.DELETED))) {
            return true;
        }
        String mineHash = PayloadText.hash(local.get(), rows.columns(d.table()));
        boolean unchanged = mineHash.equals(base(d.table(), d.rowId(), claim));
        boolean used = unchanged && DeletionConflicts.inUse(h, d.table(), d.rowId());
        if (used && !last) {
            return false;
        }
        if (unchanged && !used) {
            Deletions.deleteRow(h, d.table(), d.rowId());
            audit.record(h, AuditAction.DELETE, d.table(), d.rowId(), "deleted at " + peerName() + " on " + d.deletedAt());
            deleted++;
            changed = true;
            StoredConflict settled = waiting.remove(key(d.table(), d.rowId()));
            if (settled != null) {
                state.deleteConflict(settled.id());
            }
            return true;
        }
        conflict(d.table(), d.rowId(), "", ExchangeState.DELETED, d.deletedAt());
        return true;
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
        List<String> key = ExchangeService.NATURAL_KEYS.get(table);
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
