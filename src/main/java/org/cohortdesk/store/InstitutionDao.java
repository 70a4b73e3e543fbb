package org.cohortdesk.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.cohortdesk.model.Institution;
import org.jdbi.v3.core.Handle;

/**
 * The institution profile: the one row of {@code exchange_institution} (V4, widened by V5), whose
 * {@code name} is the Vietnamese name. Reads never make the row; {@link #insert} does, on the first save.
 */
public final class InstitutionDao {
    private static final String COLUMNS = "id, name, name_lo, name_en, place_vi, place_lo, place_en, version";

    private final Handle handle;

    public InstitutionDao(Handle handle) {
        this.handle = handle;
    }

    /** The stored profile (the oldest row, should there ever be two), or empty when none was made yet. */
    public Optional<Institution> find() {
        return handle.createQuery("SELECT " + COLUMNS + " FROM exchange_institution ORDER BY created_at, id")
                .map((rs, ctx) -> new Institution(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)))
                .findFirst();
    }

    /** Makes the row with a new id and these fields, at version 0; returns it as stored. */
    public Institution insert(Institution profile, Instant now) {
        Institution made = new Institution(UUID.randomUUID(), profile.nameVi(), profile.nameLo(), profile.nameEn(), profile.placeVi(),
                profile.placeLo(), profile.placeEn(), 0);
        handle.createUpdate("INSERT INTO exchange_institution (" + COLUMNS + ", created_at, updated_at)"
                        + " VALUES (:id, :nameVi, :nameLo, :nameEn, :placeVi, :placeLo, :placeEn, 0, :at, :at)")
                .bindMethods(made)
                .bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .execute();
        return made;
    }

    /** Writes the fields over the row of the same id if it is still at the profile's version, raising it; false when it is not. */
    public boolean update(Institution profile, Instant now) {
        return handle.createUpdate("UPDATE exchange_institution SET name = :nameVi, name_lo = :nameLo, name_en = :nameEn,"
                        + " place_vi = :placeVi, place_lo = :placeLo, place_en = :placeEn, updated_at = :at, version = version + 1"
                        + " WHERE id = :id AND version = :version")
                .bindMethods(profile)
                .bind("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .execute() == 1;
    }
}
