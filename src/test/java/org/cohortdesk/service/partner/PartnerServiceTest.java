package org.cohortdesk.service.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerServiceTest {
    @TempDir
    Path dir;

    Database db;
    PartnerService partners;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        partners = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC)).partners();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Partner draft(String name, String country, PartnerKind kind) {
        return new Partner(null, name, "ກະຊວງພາຍໃນ", " MoHA ", country, kind, " ", null, null, 0);
    }

    @Test
    void createsAPartnerCleanedAndAuditedAndListsItByName() {
        partners.create(draft("Văn phòng Thủ tướng Lào", "LA", PartnerKind.CENTRAL_OFFICE));
        Partner moha = partners.create(draft("  Bộ Nội vụ Lào ", "la", PartnerKind.MINISTRY));
        Partner stored = partners.find(moha.id()).orElseThrow();
        assertEquals("Bộ Nội vụ Lào", stored.name());
        assertEquals("LA", stored.country());
        assertEquals("MoHA", stored.shortName());
        assertEquals(null, stored.notes(), "blank is stored as nothing");
        assertEquals(List.of("Bộ Nội vụ Lào", "Văn phòng Thủ tướng Lào"), partners.list().stream().map(Partner::name).toList());
        assertEquals(2, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE entity = 'partner'")
                .mapTo(Integer.class).one()));
    }

    @Test
    void refusesAPartnerWithoutNameOrCountryAndWritesNothing() {
        ProblemException nameless = assertThrows(ProblemException.class, () -> partners.create(draft(" ", "LA", PartnerKind.MINISTRY)));
        assertEquals("error.partner.name_missing", nameless.problem().key());
        ProblemException country = assertThrows(ProblemException.class, () -> partners.create(draft("MoHA", "Laos", PartnerKind.MINISTRY)));
        assertEquals("error.partner.country_invalid", country.problem().key());
        ProblemException kind = assertThrows(ProblemException.class, () -> partners.create(draft("MoHA", "LA", null)));
        assertEquals("error.partner.kind_missing", kind.problem().key());
        assertEquals(0, (int) db.jdbi().withHandle(Tables.PARTNERS::count));
        assertEquals(0, (int) db.jdbi().withHandle(Tables.AUDIT_LOG::count));
    }

    @Test
    void refusesATakenNameInTheSameCountry() {
        partners.create(draft("Bộ Nội vụ", "LA", PartnerKind.MINISTRY));
        partners.create(draft("Bộ Nội vụ", "KH", PartnerKind.MINISTRY));
        ProblemException taken = assertThrows(ProblemException.class, () -> partners.create(draft("Bộ Nội vụ", "LA", PartnerKind.OTHER)));
        assertEquals("error.constraint.uq_partners_name", taken.problem().key());
    }

    @Test
    void editsAPartnerAndRefusesAStaleEdit() {
        Partner created = partners.create(draft("Bộ Nội vụ Lào", "LA", PartnerKind.MINISTRY));
        Partner renamed = partners.update(renamed(created, "Bộ Nội vụ nước CHDCND Lào"));
        assertEquals(1, renamed.version());
        StaleEditException stale = assertThrows(StaleEditException.class, () -> partners.update(renamed(created, "MoHA Laos")));
        assertEquals("error.stale.changed", stale.problem().key());
        assertEquals("Bộ Nội vụ nước CHDCND Lào", partners.find(created.id()).orElseThrow().name());
    }

    private static Partner renamed(Partner p, String name) {
        return new Partner(p.id(), name, p.nameLocal(), p.shortName(), p.country(), p.kind(), p.notes(), p.createdAt(), p.updatedAt(),
                p.version());
    }
}
