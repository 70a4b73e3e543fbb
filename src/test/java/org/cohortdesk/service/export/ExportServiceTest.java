package org.cohortdesk.service.export;

import static org.cohortdesk.service.person.PeopleFixture.enrollment;
import static org.cohortdesk.service.person.PeopleFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.person.PeopleDirectory;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.service.spreadsheet.SpreadsheetFormat;
import org.cohortdesk.service.spreadsheet.Table;
import org.cohortdesk.service.spreadsheet.Table.CellKind;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each template exports from a real roster, headers in the reader's language. */
class ExportServiceTest {
    static final LocalDate BORN = LocalDate.of(1986, 3, 3);
    static final LocalDate EXPIRES = LocalDate.of(2031, 9, 1);

    @TempDir
    Path dir;
    Database db;
    ExportService exports;

    @BeforeEach
    void roster() {
        db = TestDatabases.open(dir);
        TestData data = new TestData().insertBasics(db.jdbi());
        Cohort cohort = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        Person vilay = person("Vilay Inthavong", "ວິໄລ ອິນທະວົງ", BORN, "0012345", EXPIRES, "MoHA");
        Person anh = withDiet(person("Nguyễn Thị Ánh", null, LocalDate.of(1990, 1, 1), null, null, "Học viện"), "=1+1", "Hen suyễn");
        Person gone = person("Bounmy Vongsa", "ບຸນມີ ວົງສາ", LocalDate.of(1979, 1, 1), "P2222222", EXPIRES, "MoHA");
        Enrollment vilayIn = enrollment(cohort.id(), vilay.id(), EnrollmentStatus.CONFIRMED);
        Enrollment travelling = new Enrollment(vilayIn.id(), vilayIn.cohortId(), vilayIn.personId(), vilayIn.status(), LocalDate.of(2026, 5, 3),
                "QV 311", LocalDate.of(2026, 6, 27), "QV 312", "A-012", null, null, null, null, null, vilayIn.createdAt(), vilayIn.updatedAt(), 0);
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insert(h, cohort);
            Tables.PEOPLE.insertAll(h, List.of(vilay, anh, gone));
            Tables.ENROLLMENTS.insertAll(h, List.of(travelling, enrollment(cohort.id(), anh.id(), EnrollmentStatus.NOMINATED),
                    enrollment(cohort.id(), gone.id(), EnrollmentStatus.WITHDRAWN)));
        });
        exports = Services.over(db.jdbi(), Clock.systemUTC()).exports();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Person withDiet(Person p, String diet, String health) {
        return new Person(p.id(), p.nameLocal(), p.nameLatin(), p.sex(), p.birthDate(), p.nationality(), p.jobTitle(), p.agency(), p.partnerId(),
                p.province(), p.passportNo(), p.passportExpiry(), p.phone(), p.email(), diet, health, p.emergencyContact(), p.notes(),
                p.createdAt(), p.updatedAt(), p.version());
    }

    @Test
    void theFullRosterHasEveryRosterColumnAndTheWithdrawnToo() {
        Table t = exports.roster("LAO-2026-05", ExportTemplate.FULL, new Localization(Language.EN));
        assertEquals("LAO-2026-05", t.name());
        assertEquals(List.of("No.", "Name (Lao)", "Name (Latin)", "Sex", "Date of birth", "Position", "Agency", "Province", "Passport no.",
                "Passport expiry", "Visa", "Visa valid until", "Arrival date", "Arrival flight", "Departure date", "Departure flight", "Room",
                "Status", "Notes"), headers(t));
        assertEquals(3, t.rows().size());
        assertEquals(List.of("Bounmy Vongsa", "Nguyễn Thị Ánh", "Vilay Inthavong"), t.rows().stream().map(r -> r.get(2)).toList());
        assertEquals(Arrays.asList(3, "ວິໄລ ອິນທະວົງ", "Vilay Inthavong", "Female", BORN, "Head of Division", "MoHA", "Vientiane Capital",
                "0012345", EXPIRES, null, null, LocalDate.of(2026, 5, 3), "QV 311", LocalDate.of(2026, 6, 27), "QV 312", "A-012", "Confirmed", null),
                t.rows().get(2));
        assertEquals(CellKind.DATE, t.columns().get(4).kind());
        assertEquals(CellKind.TEXT, t.columns().get(8).kind());
    }

    @Test
    void exportsOnlyTheRowsATableShowsInItsOrder() {
        Localization en = new Localization(Language.EN);
        List<java.util.UUID> all = new RosterService(db.jdbi()).roster("LAO-2026-05").lines().stream().map(l -> l.enrollment().id()).toList();
        Table t = exports.roster("LAO-2026-05", ExportTemplate.FULL, en, List.of(all.get(2), all.get(0)));
        assertEquals(List.of("Vilay Inthavong", "Bounmy Vongsa"), t.rows().stream().map(r -> r.get(2)).toList());
        assertEquals(List.of(1, 2), t.rows().stream().map(r -> r.get(0)).toList(), "numbered as exported");
        assertEquals(3, exports.roster("LAO-2026-05", ExportTemplate.FULL, en, null).rows().size(), "null: the whole roster");
    }

    @Test
    void theCohortListHasOneRowACohortWithItsCountsAndWordsInTheReadersLanguage() {
        Table t = exports.cohorts(new Localization(Language.VI), null);
        assertEquals(List.of("Mã", "Khóa bồi dưỡng", "Cơ quan cử", "Quốc gia", "Bắt đầu", "Kết thúc", "Số học viên", "Sĩ số dự kiến", "Trạng thái"), headers(t));
        assertEquals(List.of(Arrays.asList("LAO-2026-05", "Quản lý nhà nước về tổ chức bộ máy", "Ministry of Home Affairs", "LA",
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26), 2, 20, "Dự kiến")), t.rows(), "the withdrawn trainee is not counted");
        assertEquals(List.of(CellKind.TEXT, CellKind.DATE, CellKind.NUMBER), List.of(t.columns().get(0).kind(), t.columns().get(4).kind(),
                t.columns().get(6).kind()));
        assertEquals(0, exports.cohorts(new Localization(Language.VI), List.of()).rows().size(), "a filter that shows none exports none");
    }

    @Test
    void theVisaListInVietnameseLeavesTheWithdrawnOut() {
        Table t = exports.roster("LAO-2026-05", ExportTemplate.VISA, new Localization(Language.VI));
        assertEquals(List.of("STT", "Họ tên (chữ Latinh, như trong hộ chiếu)", "Quốc tịch", "Ngày sinh", "Số hộ chiếu", "Hộ chiếu hết hạn"),
                headers(t));
        assertEquals(List.of(Arrays.asList(1, "Nguyễn Thị Ánh", "LA", LocalDate.of(1990, 1, 1), null, null),
                Arrays.asList(2, "Vilay Inthavong", "LA", BORN, "0012345", EXPIRES)), t.rows());
    }

    @Test
    void cateringAccommodationAndEmbassyHaveTheirColumns() {
        Localization en = new Localization(Language.EN);
        assertEquals(Arrays.asList(1, null, "Nguyễn Thị Ánh", "=1+1", "Hen suyễn"),
                exports.roster("LAO-2026-05", ExportTemplate.CATERING, en).rows().get(0), "neutralised when written, not here");
        assertEquals(Arrays.asList(2, "ວິໄລ ອິນທະວົງ", "Vilay Inthavong", "Female", "A-012", LocalDate.of(2026, 5, 3), "QV 311",
                LocalDate.of(2026, 6, 27), "QV 312"), exports.roster("LAO-2026-05", ExportTemplate.ACCOMMODATION, en).rows().get(1));
        assertEquals(List.of("No.", "Name (Lao)", "Name (Latin)", "Sex", "Date of birth", "Position", "Agency", "Passport no."),
                headers(exports.roster("LAO-2026-05", ExportTemplate.EMBASSY, en)));
    }

    @Test
    void everyTemplateHasATitleInEachLanguage() {
        for (Language language : Language.values()) {
            Localization tr = new Localization(language);
            for (ExportTemplate t : ExportTemplate.values()) {
                assertEquals(false, tr.tr(t.titleKey()).startsWith("["), t + " in " + language);
            }
        }
    }

    @Test
    void everyoneIsOneRowAPersonWithTheirCohortsAndHeadersInLao() {
        Table t = exports.people(new Localization(Language.LO));
        assertEquals(3, t.rows().size());
        assertEquals(8, t.columns().size());
        assertEquals(Arrays.asList("ວິໄລ ອິນທະວົງ", "Vilay Inthavong", new Localization(Language.LO).tr(org.cohortdesk.model.Sex.F), BORN,
                "MoHA", "Vientiane Capital", "0012345", "LAO-2026-05"), t.rows().get(2));
        assertEquals(new Localization(Language.LO).tr("people.column.cohorts"), t.columns().get(7).header());
    }

    @Test
    void exportsOnlyThePeopleATableShowsInItsOrder() {
        Localization en = new Localization(Language.EN);
        List<java.util.UUID> ids = new PeopleDirectory(db.jdbi()).entries().stream().map(e -> e.person().id()).toList();
        Table t = exports.people(en, List.of(ids.get(2), ids.get(1)));
        assertEquals(List.of("Vilay Inthavong", "Nguyễn Thị Ánh"), t.rows().stream().map(r -> r.get(1)).toList());
        assertEquals(3, exports.people(en, null).rows().size(), "null: everyone");
    }

    @Test
    void anUnknownCohortAndAnUnwritableFileAreRefusedWithTheirMessages() {
        Localization en = new Localization(Language.EN);
        ProblemException unknown = assertThrows(ProblemException.class, () -> exports.roster("NOPE-1", ExportTemplate.FULL, en));
        assertEquals("error.cohort.unknown", unknown.problem().key());
        Table t = exports.people(en);
        Path nowhere = dir.resolve("missing/everyone.xlsx");
        ProblemException refused = assertThrows(ProblemException.class, () -> exports.write(t, SpreadsheetFormat.XLSX, nowhere));
        assertEquals("error.export.folder", refused.problem().key());
        assertEquals("Cannot write " + nowhere.toAbsolutePath() + ": its folder does not exist or may not be written to.", en.tr(refused.problem()));
    }

    private static List<String> headers(Table t) {
        return t.columns().stream().map(Table.Column::header).toList();
    }
}
