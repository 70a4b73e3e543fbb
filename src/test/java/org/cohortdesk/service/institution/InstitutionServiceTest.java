package org.cohortdesk.service.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Institution;
import org.cohortdesk.model.InstitutionField;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.TestData;
import org.cohortdesk.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The institution profile stored in the database (H2, and PostgreSQL in the {@code postgresql} run) and what prints of it in each language. */
class InstitutionServiceTest {
    static final Clock CLOCK = Clock.fixed(TestData.NOW, java.time.ZoneOffset.UTC);
    static final Localization VI = new Localization(Language.VI);
    static final Localization LO = new Localization(Language.LO);
    static final Localization EN = new Localization(Language.EN);

    @TempDir
    Path dir;

    static InstitutionService service(Database db) {
        return new InstitutionService(db.jdbi(), new Audit(CLOCK, "test"), CLOCK);
    }

    static Map<InstitutionField, String> fields(Object... pairs) {
        Map<InstitutionField, String> map = new EnumMap<>(InstitutionField.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((InstitutionField) pairs[i], (String) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void savesTheProfileAndReadsItBackAfterReopeningTrimmedAndAudited() {
        Path data = dir.resolve("data");
        Institution saved;
        try (Database db = TestDatabases.open(data)) {
            assertEquals(Institution.NONE, service(db).profile(), "nothing stored yet");
            Institution typed = Institution.NONE.with(fields(InstitutionField.NAME_VI, "  Trường Chính trị tỉnh Hòa Bình ",
                    InstitutionField.NAME_LO, "ໂຮງຮຽນການເມືອງ ແຂວງຮົ່ວບິ່ງ", InstitutionField.NAME_EN, "",
                    InstitutionField.PLACE_VI, "Hòa Bình", InstitutionField.PLACE_LO, "ຮົ່ວບິ່ງ", InstitutionField.PLACE_EN, "Hoa Binh"));
            saved = service(db).save(typed);
            assertNotNull(saved.id());
            assertEquals(0, saved.version());
            int audited = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM audit_log WHERE entity = 'institution' AND entity_id = :id").bind("id", saved.id()).mapTo(Integer.class).one());
            assertEquals(1, audited);
        }
        try (Database db = TestDatabases.open(data)) {
            Institution read = service(db).profile();
            assertEquals(saved, read);
            assertEquals("Trường Chính trị tỉnh Hòa Bình", read.nameVi(), "trimmed");
            assertEquals(null, read.nameEn(), "blank is none");
            assertEquals("ຮົ່ວບິ່ງ", read.placeLo());

            Institution again = service(db).save(read.with(fields(InstitutionField.NAME_EN, "Hoa Binh Provincial School of Politics")));
            assertEquals(1, again.version());
            assertEquals("Hoa Binh Provincial School of Politics", service(db).profile().nameEn());
        }
    }

    @Test
    void refusesAFieldTooLongOrOnTwoLinesAndSavesNothing() {
        try (Database db = TestDatabases.open(dir.resolve("data"))) {
            InstitutionService service = service(db);
            service.change(fields(InstitutionField.NAME_VI, "Học viện Hành chính và Quản trị công"));
            Institution before = service.profile();

            ProblemException tooLong = assertThrows(ProblemException.class,
                    () -> service.save(before.with(fields(InstitutionField.NAME_VI, "Trường khác", InstitutionField.PLACE_LO, "ກ".repeat(101)))));
            assertEquals("institution.error.too_long", tooLong.problem().key());
            assertEquals(List.of(InstitutionField.PLACE_LO, 101, 100), tooLong.problem().args());
            assertEquals("Place in Lao is too long: 101 characters, at most 100. Nothing was saved.", EN.tr(tooLong.problem()));

            ProblemException twoLines = assertThrows(ProblemException.class,
                    () -> service.change(fields(InstitutionField.NAME_EN, "Academy of\nPublic Administration")));
            assertEquals("institution.error.line_break", twoLines.problem().key());
            assertEquals(before, service.profile(), "nothing saved");

            assertEquals("A".repeat(300), service.change(fields(InstitutionField.NAME_EN, "A".repeat(300))).nameEn(), "300 fits the column");
        }
    }

    @Test
    void refusesASaveOverAProfileChangedSinceItWasRead() {
        try (Database db = TestDatabases.open(dir.resolve("data"))) {
            InstitutionService service = service(db);
            Institution shown = service.profile();
            service.change(fields(InstitutionField.NAME_VI, "Học viện Hành chính và Quản trị công")); // made elsewhere meanwhile
            ProblemException stale = assertThrows(ProblemException.class,
                    () -> service.save(shown.with(fields(InstitutionField.PLACE_VI, "Huế"))));
            assertEquals("institution.error.stale", stale.problem().key());
            Institution now = service.profile();
            assertEquals(null, now.placeVi());
            try (Database other = TestDatabases.open(dir.resolve("other"))) {
                Institution readBeforeAnyRow = service(other).profile();
                other.jdbi().useTransaction(h -> new org.cohortdesk.store.ExchangeState(h).institution(TestData.NOW)); // a first export
                assertEquals("Huế", service(other).save(readBeforeAnyRow.with(fields(InstitutionField.PLACE_VI, "Huế"))).placeVi(),
                        "the row an exchange made, empty, is no change made elsewhere");
            }
            ProblemException staler = assertThrows(ProblemException.class,
                    () -> service.save(new Institution(now.id(), "x", null, null, null, null, null, now.version() - 1)));
            assertEquals("institution.error.stale", staler.problem().key());
        }
    }

    @Test
    void changeSetsOnlyTheFieldsGivenAndABlankClearsOne() {
        try (Database db = TestDatabases.open(dir.resolve("data"))) {
            InstitutionService service = service(db);
            service.change(fields(InstitutionField.NAME_VI, "Học viện Cán bộ", InstitutionField.PLACE_VI, "Đà Nẵng"));
            Institution next = service.change(fields(InstitutionField.NAME_LO, "ສະຖາບັນພະນັກງານ", InstitutionField.PLACE_VI, " "));
            assertEquals("Học viện Cán bộ", next.nameVi());
            assertEquals("ສະຖາບັນພະນັກງານ", next.nameLo());
            assertEquals(null, next.placeVi());
            assertEquals(next, service.profile());
            assertEquals("Học viện Cán bộ", service.profile().packageName());
        }
    }

    @Test
    void printsTheNameInTheLanguageElseVietnameseElseTheMessages() {
        Institution none = Institution.NONE;
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertEquals("Học viện Hành chính Quốc gia", InstitutionNames.report(none, VI));
        assertEquals("HỌC VIỆN HÀNH CHÍNH VÀ QUẢN TRỊ CÔNG", InstitutionNames.certificate(none, VI));
        assertEquals("Hà Nội, ngày 23 tháng 11 năm 2026", InstitutionNames.placeAndDate(none, VI, day));
        assertEquals("ຮ່າໂນ້ຍ, ວັນທີ 23/11/2026", InstitutionNames.placeAndDate(none, LO, day));

        Institution vi = none.with(fields(InstitutionField.NAME_VI, "Học viện Cán bộ", InstitutionField.PLACE_VI, "Đà Nẵng"));
        assertEquals("Học viện Cán bộ", InstitutionNames.report(vi, LO), "Lao not given: the Vietnamese name");
        assertEquals("HỌC VIỆN CÁN BỘ", InstitutionNames.certificate(vi, VI));
        assertEquals("Đà Nẵng, 23/11/2026", InstitutionNames.placeAndDate(vi, EN, day));

        Institution all = vi.with(fields(InstitutionField.NAME_LO, "ສະຖາບັນພະນັກງານ", InstitutionField.NAME_EN, "Cadre Academy",
                InstitutionField.PLACE_LO, "ດ່ານັງ"));
        assertEquals("ສະຖາບັນພະນັກງານ", InstitutionNames.report(all, LO));
        assertEquals("CADRE ACADEMY", InstitutionNames.certificate(all, EN));
        assertEquals("ດ່ານັງ, ວັນທີ 23/11/2026", InstitutionNames.placeAndDate(all, LO, day));
        assertEquals("Đà Nẵng, ngày 23 tháng 11 năm 2026", InstitutionNames.placeAndDate(all, VI, day));
        assertEquals("Cadre Academy", none.with(fields(InstitutionField.NAME_EN, "Cadre Academy")).packageName(),
                "packages carry the English name when there is no Vietnamese one");
    }
}
