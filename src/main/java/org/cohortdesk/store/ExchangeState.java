package org.cohortdesk.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * What this database remembers about exchanges (V4): its own institution id, the base of each row
 * per peer (the hash of the row as last received), and the conflicts waiting for the user.
 */
public final class ExchangeState {
    /** The hash of a row as last received from a peer, and when the peer made that package. */
    public record Base(UUID peerId, String table, UUID rowId, String hash, Instant packageAt) {}

    /** A row changed on both sides: their version (as package text) waits for the user. */
    public record StoredConflict(UUID id, UUID peerId, String peerName, String table, UUID rowId, String theirs, String theirsHash,
            Instant packageAt, Instant createdAt) {}

    private final Handle handle;

    public ExchangeState(Handle handle) {
        this.handle = handle;
    }

    /** This institution's id and name, made on first use. */
    public Institution institution(Instant now) {
        Optional<Institution> found = handle.createQuery("SELECT id, name FROM exchange_institution")
                .map((rs, ctx) -> new Institution(rs.getObject(1, UUID.class), rs.getString(2)))
                .findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        Institution made = new Institution(UUID.randomUUID(), null);
        handle.createUpdate("INSERT INTO exchange_institution (id, name, created_at) VALUES (:id, NULL, :at)")
                .bind("id", made.id())
                .bind("at", at(now))
                .execute();
        return made;
    }

    /** An institution's id and, if known, its name. */
    public record Institution(UUID id, String name) {}

    public Optional<Base> base(UUID peer, String table, UUID rowId) {
        return handle.createQuery("SELECT row_hash, package_at FROM exchange_bases WHERE peer_id = :p AND table_name = :t AND row_id = :r")
                .bind("p", peer)
                .bind("t", table)
                .bind("r", rowId)
                .map((rs, ctx) -> new Base(peer, table, rowId, rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .findFirst();
    }

    /** Every base this database holds for rows of {@code table}. */
    public List<Base> bases(String table) {
        return handle.createQuery("SELECT peer_id, row_id, row_hash, package_at FROM exchange_bases WHERE table_name = :t")
                .bind("t", table)
                .map((rs, ctx) -> new Base(rs.getObject(1, UUID.class), table, rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Records the base; returns whether anything changed. */
    public boolean putBase(Base base) {
        Optional<Base> old = base(base.peerId(), base.table(), base.rowId());
        if (old.isPresent() && old.get().hash().equals(base.hash()) && !old.get().packageAt().isBefore(base.packageAt())) {
            return false;
        }
        if (old.isPresent()) {
            handle.createUpdate("UPDATE exchange_bases SET row_hash = :h, package_at = :a WHERE peer_id = :p AND table_name = :t AND row_id = :r")
                    .bind("h", base.hash()).bind("a", at(base.packageAt()))
                    .bind("p", base.peerId()).bind("t", base.table()).bind("r", base.rowId())
                    .execute();
        } else {
            handle.createUpdate("INSERT INTO exchange_bases (peer_id, table_name, row_id, row_hash, package_at) VALUES (:p, :t, :r, :h, :a)")
                    .bind("h", base.hash()).bind("a", at(base.packageAt()))
                    .bind("p", base.peerId()).bind("t", base.table()).bind("r", base.rowId())
                    .execute();
        }
        return true;
    }

    public List<StoredConflict> conflicts() {
        return handle.createQuery("SELECT * FROM exchange_conflicts ORDER BY created_at, table_name, row_id")
                .map((rs, ctx) -> new StoredConflict(rs.getObject("id", UUID.class), rs.getObject("peer_id", UUID.class),
                        rs.getString("peer_name"), rs.getString("table_name"), rs.getObject("row_id", UUID.class), rs.getString("theirs"),
                        rs.getString("theirs_hash"), rs.getObject("package_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public Optional<StoredConflict> conflict(UUID id) {
        return conflicts().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<StoredConflict> conflict(UUID peer, String table, UUID rowId) {
        return conflicts().stream().filter(c -> c.peerId().equals(peer) && c.table().equals(table) && c.rowId().equals(rowId)).findFirst();
    }

    /** Stores the conflict unless the same one (same peer, row and their version) is already waiting; returns whether anything changed. */
    public boolean putConflict(StoredConflict conflict) {
        Optional<StoredConflict> old = conflict(conflict.peerId(), conflict.table(), conflict.rowId());
        if (old.isPresent() && old.get().theirsHash().equals(conflict.theirsHash())) {
            return false;
        }
        old.ifPresent(o -> deleteConflict(o.id()));
        handle.createUpdate("INSERT INTO exchange_conflicts (id, peer_id, peer_name, table_name, row_id, theirs, theirs_hash, package_at, created_at)"
                        + " VALUES (:id, :p, :n, :t, :r, :theirs, :h, :a, :c)")
                .bind("id", conflict.id()).bind("p", conflict.peerId()).bind("n", conflict.peerName())
                .bind("t", conflict.table()).bind("r", conflict.rowId()).bind("theirs", conflict.theirs())
                .bind("h", conflict.theirsHash()).bind("a", at(conflict.packageAt())).bind("c", at(conflict.createdAt()))
                .execute();
        return true;
    }

    public boolean deleteConflict(UUID id) {
        return handle.createUpdate("DELETE FROM exchange_conflicts WHERE id = :id").bind("id", id).execute() > 0;
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
