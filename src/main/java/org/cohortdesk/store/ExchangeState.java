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

    /**
     * A row changed on both sides: their version (as package text) waits for the user. When the
     * other institution deleted the row, {@code theirDeletion} says when (and {@code theirs} is empty,
     * {@code theirsHash} is {@link #DELETED}).
     */
    public record StoredConflict(UUID id, UUID peerId, String peerName, String table, UUID rowId, String theirs, String theirsHash,
            Instant packageAt, Instant createdAt, Instant theirDeletion) {
        public boolean deletedThere() {
            return theirDeletion != null;
        }
    }

    /** The hash recorded for a row the other institution deleted: as a base, "their deletion received"; in a conflict, their side. */
    public static final String DELETED = "deleted";

    private final Handle handle;

    public ExchangeState(Handle handle) {
        this.handle = handle;
    }

    /** This institution's id and Vietnamese name, made on first use (the whole profile: {@link InstitutionDao}). */
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

    /** Every base held for rows received from this peer. */
    public List<Base> basesOf(UUID peer) {
        return handle.createQuery("SELECT table_name, row_id, row_hash, package_at FROM exchange_bases WHERE peer_id = :p")
                .bind("p", peer)
                .map((rs, ctx) -> new Base(peer, rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Writes many bases at once, in JDBC batches: {@code fresh} are new, {@code changed} replace stored ones. */
    public void writeBases(List<Base> fresh, List<Base> changed) {
        batch("INSERT INTO exchange_bases (row_hash, package_at, peer_id, table_name, row_id) VALUES (:h, :a, :p, :t, :r)", fresh);
        batch("UPDATE exchange_bases SET row_hash = :h, package_at = :a WHERE peer_id = :p AND table_name = :t AND row_id = :r", changed);
    }

    private void batch(String sql, List<Base> bases) {
        for (int from = 0; from < bases.size(); from += 1_000) {
            var batch = handle.prepareBatch(sql);
            for (Base b : bases.subList(from, Math.min(bases.size(), from + 1_000))) {
                batch.bind("h", b.hash()).bind("a", at(b.packageAt())).bind("p", b.peerId()).bind("t", b.table()).bind("r", b.rowId()).add();
            }
            batch.execute();
        }
    }

    /** Records the base; returns whether anything changed. */
    public boolean putBase(Base base) {
        return putBase(base, base(base.peerId(), base.table(), base.rowId()).orElse(null));
    }

    /** Records the base over {@code old} (the one stored now, or null); returns whether anything changed. */
    public boolean putBase(Base base, Base old) {
        if (old != null && old.hash().equals(base.hash()) && !old.packageAt().isBefore(base.packageAt())) {
            return false;
        }
        if (old != null) {
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
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), instant(rs.getObject("deleted_at", OffsetDateTime.class))))
                .list();
    }

    public Optional<StoredConflict> conflict(UUID id) {
        return conflicts().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Stores the conflict over {@code old} (the one waiting now for the same peer and row, or null) unless it is the same; returns whether anything changed. */
    public boolean putConflict(StoredConflict conflict, StoredConflict old) {
        if (old != null && old.theirsHash().equals(conflict.theirsHash())) {
            return false;
        }
        if (old != null) {
            deleteConflict(old.id());
        }
        handle.createUpdate("INSERT INTO exchange_conflicts (id, peer_id, peer_name, table_name, row_id, theirs, theirs_hash, package_at, created_at,"
                        + " deleted_at) VALUES (:id, :p, :n, :t, :r, :theirs, :h, :a, :c, :d)")
                .bind("id", conflict.id()).bind("p", conflict.peerId()).bind("n", conflict.peerName())
                .bind("t", conflict.table()).bind("r", conflict.rowId()).bind("theirs", conflict.theirs())
                .bind("h", conflict.theirsHash()).bind("a", at(conflict.packageAt())).bind("c", at(conflict.createdAt()))
                .bindByType("d", conflict.theirDeletion() == null ? null : at(conflict.theirDeletion()), OffsetDateTime.class)
                .execute();
        return true;
    }

    public boolean deleteConflict(UUID id) {
        return handle.createUpdate("DELETE FROM exchange_conflicts WHERE id = :id").bind("id", id).execute() > 0;
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
