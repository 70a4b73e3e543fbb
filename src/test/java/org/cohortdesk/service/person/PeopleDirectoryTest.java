package org.cohortdesk.service.person;

import static org.cohortdesk.service.person.PeopleFixture.enrollment;
import static org.cohortdesk.service.person.PeopleFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.rules.DuplicateReason;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleDirectoryTest {
    @TempDir
    Path dir;

    Database db;
    PeopleDirectory directory;
    final Person anh = person("Nguyễn Thị Ánh", null, LocalDate.of(1980, 1, 5), "C1234567", null, "Học viện Hành chính Quốc gia");
    final Person somsak = person("Somsak Phommachanh", "ສົມສັກ ພົມມະຈັນ", LocalDate.of(1984, 2, 17), "P1234567", null, "Ministry of Home Affairs");
    final Person somsakAgain = person("PHOMMACHANH Somsak", "ສົມສັກ ພົມມະຈັນ", LocalDate.of(1984, 2, 17), null, null, "Prime Minister's Office");
    final Person manivanh = person("Manivanh Keomany", "ມະນີວັນ ແກ້ວມະນີ", LocalDate.of(1990, 6, 1), "p 1234-567", null, "Savannakhet");

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        directory = new PeopleDirectory(db.jdbi());
        TestData data = new TestData().insertBasics(db.jdbi());
        Cohort first = data.cohort("LAO-2024-02", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 26));
        Cohort second = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insertAll(h, List.of(first, second));
            Tables.PEOPLE.insertAll(h, List.of(anh, somsak, somsakAgain, manivanh));
            Tables.ENROLLMENTS.insertAll(h, List.of(enrollment(second.id(), somsak.id(), EnrollmentStatus.CONFIRMED),
                    enrollment(first.id(), somsak.id(), EnrollmentStatus.COMPLETED)));
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsIgnoringCaseAndVietnameseAccents() {
        assertEquals(List.of(anh.id()), ids(directory.find("nguyen thi anh")));
        assertEquals(List.of(anh.id()), ids(directory.find("HOC VIEN hanh chinh")));
        assertEquals(List.of(), ids(directory.find("nguyen van anh")), "every word must occur");
    }

    @Test
    void findsByLaoScriptAndByPassportAndListsCohortsOldestFirst() {
        List<PeopleDirectory.Entry> found = directory.find("ສົມສັກ");
        assertEquals(List.of(somsakAgain.id(), somsak.id()), ids(found), "sorted by romanised name");
        assertEquals(List.of("LAO-2024-02", "LAO-2026-05"), found.get(1).cohorts());
        assertEquals(List.of(), found.get(0).cohorts());
        assertEquals(List.of(somsak.id()), ids(directory.find("p1234567")));
    }

    @Test
    void listsLikelyDuplicatePairsOnceWithTheirReason() {
        List<PeopleDirectory.Duplicate> pairs = directory.duplicates();
        assertEquals(2, pairs.size(), pairs.toString());
        assertEquals(List.of(DuplicateReason.SAME_PASSPORT, DuplicateReason.SAME_BIRTH_DATE_AND_NAME),
                pairs.stream().map(PeopleDirectory.Duplicate::reason).toList());
        assertEquals(List.of(manivanh.id(), somsak.id()), List.of(pairs.get(0).first().id(), pairs.get(0).second().id()));
        assertEquals(List.of(somsakAgain.id(), somsak.id()), List.of(pairs.get(1).first().id(), pairs.get(1).second().id()));
    }

    private static List<java.util.UUID> ids(List<PeopleDirectory.Entry> entries) {
        return entries.stream().map(e -> e.person().id()).toList();
    }
}
