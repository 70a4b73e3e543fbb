package org.cohortdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import org.cohortdesk.model.Institution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The institution profile on a database made before it: the name set with {@code package name} stays, as the Vietnamese name. */
class InstitutionMigrationTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheNameAndIdSetForPackagesBeforeTheProfileExisted() {
        DataFolder folder = new DataFolder(dir);
        ExchangeState.Institution before;
        try (Database db = Database.open(folder, LegacyH2.none(), Migrations.of(Migrations.bundled().scripts().subList(0, 4)))) {
            before = db.jdbi().inTransaction(h -> new ExchangeState(h).institution(Instant.parse("2026-10-01T00:00:00Z")));
            db.jdbi().useHandle(h -> h.execute("UPDATE exchange_institution SET name = ? WHERE id = ?", "Học viện Hành chính Quốc gia", before.id()));
        }
        try (Database db = Database.open(folder, LegacyH2.none())) {
            Institution profile = db.jdbi().withHandle(h -> new InstitutionDao(h).find()).orElseThrow();
            assertEquals(new Institution(before.id(), "Học viện Hành chính Quốc gia", null, null, null, null, null, 0), profile);
            assertEquals("Học viện Hành chính Quốc gia", profile.packageName());
            assertEquals(before.id(), db.jdbi().inTransaction(h -> new ExchangeState(h).institution(Instant.now())).id(), "the same institution");
        }
    }
}
