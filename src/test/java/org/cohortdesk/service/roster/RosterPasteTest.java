package org.cohortdesk.service.roster;

import static org.cohortdesk.service.person.PeopleFixture.enrollment;
import static org.cohortdesk.service.person.PeopleFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.rules.DuplicateReason;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterPasteTest {
    static final String HEADER = "Name (Latin)\tName (Lao)\tSex\tDate of birth\tPassport no.\tPassport expiry\tRoom\tVisa\n";

    @TempDir
    Path dir;

    Database db;
    RosterPaste pastes;
    Cohort may;
    final Person vilay = person("Vilay Inthavong", "ວິໄລ ອິນທະວົງ", LocalDate.of(1986, 3, 3), "P1111111", LocalDate.of(2031, 1, 1), "MoHA");
    final Person khamla = person("Khamla Sisouk", "ຄຳຫຼ້າ ສີສຸກ", LocalDate.of(1979, 7, 7), "P2222222", LocalDate.of(2031, 1, 1), "PMO");

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        Clock clock = Clock.fixed(TestData.NOW, ZoneOffset.UTC);
        pastes = new RosterPaste(db.jdbi(), new Audit(clock, "coordinator"), clock);
        TestData data = new TestData().insertBasics(db.jdbi());
        may = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insert(h, may);
            Tables.PEOPLE.insertAll(h, List.of(vilay, khamla));
            Tables.ENROLLMENTS.insert(h, enrollment(may.id(), khamla.id(), EnrollmentStatus.CONFIRMED));
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savesNewPeopleAndTheirEnrollmentsInOneGo() {
        RosterPaste.Preview preview = paste("Souksavanh Keomany\tສຸກສະຫວັນ ແກ້ວມະນີ\tF\t01/02/1990\tP3333333\t01/01/2032\tB204\tV77 until 30/06/2026",
                "Bounmy Phommachanh\tບຸນມີ ພົມມະຈັນ\tM\t12/04/1988\tP4444444\t01/08/2026\t\t");
        assertEquals(2, preview.toAdd());
        assertTrue(preview.canSave());
        assertEquals(List.of(), preview.rows().get(0).problems());
        assertTrue(preview.rows().get(1).problems().stream().anyMatch(p -> p.key().startsWith("rule.passport.")), "passport rules, as warnings");

        assertEquals(2, pastes.save(may.id(), preview.rows()));

        List<Person> people = db.jdbi().withHandle(h -> Tables.PEOPLE.all(h, "name_latin"));
        assertEquals(4, people.size());
        Person souk = people.stream().filter(p -> p.nameLatin().equals("Souksavanh Keomany")).findFirst().orElseThrow();
        assertEquals("ສຸກສະຫວັນ ແກ້ວມະນີ", souk.nameLocal());
        assertEquals(may.partnerId(), souk.partnerId(), "sent by the cohort's partner");
        assertEquals("LA", souk.nationality());
        Enrollment e = enrollments().stream().filter(x -> x.personId().equals(souk.id())).findFirst().orElseThrow();
        assertEquals(EnrollmentStatus.NOMINATED, e.status());
        assertEquals("B204", e.room());
        assertEquals("V77", e.visaNo());
        assertEquals(LocalDate.of(2026, 6, 30), e.visaExpiry());
        assertEquals(3, enrollments().size());
        assertEquals(List.of("CREATE", "CREATE", "CREATE", "CREATE", "IMPORT"), auditActions());
    }

    @Test
    void anErrorInAnyRowMeansNothingIsWritten() {
        RosterPaste.Preview preview = paste("Souksavanh Keomany\t\tF\t01/02/1990\tP3333333\t01/01/2032\t\t",
                "Bounmy Phommachanh\t\tM\t31/04/1988\tP4444444\t01/01/2032\t\t");
        assertEquals(1, preview.errors());
        assertFalse(preview.canSave());
        assertEquals(Problem.error("error.paste.bad_date", 3, "D (Date of birth)", "31/04/1988"), preview.rows().get(1).problems().get(0));

        ProblemException refused = assertThrows(ProblemException.class, () -> pastes.save(may.id(), preview.rows()));
        assertEquals("error.paste.has_errors", refused.problem().key());
        assertEquals(2, db.jdbi().withHandle(Tables.PEOPLE::count));
        assertEquals(1, enrollments().size());
        assertEquals(List.of(), auditActions());
    }

    @Test
    void aPassportOnFileEnrollsThatPersonAndOneAlreadyInTheCohortIsSkipped() {
        RosterPaste.Preview preview = paste("VILAY INTHAVONG\t\tF\t03/03/1986\tp111-1111\t\t\t",
                "Khamla Sisouk\t\tF\t07/07/1979\tP2222222\t\t\t",
                "Vilay I.\t\tF\t03/03/1986\tP1111111\t\t\t");
        List<PasteRow> rows = preview.rows();
        assertEquals(PasteRow.Action.EXISTING, rows.get(0).action());
        assertEquals(vilay.id(), rows.get(0).existing().id());
        assertFalse(rows.get(0).problems().stream().anyMatch(p -> p.key().equals("rule.paste.existing_differs")), "case is not a difference");
        assertEquals(PasteRow.Action.SKIP, rows.get(1).action());
        assertTrue(rows.get(1).problems().contains(Problem.warning("rule.paste.already_enrolled", "Khamla Sisouk")));
        assertEquals(PasteRow.Action.SKIP, rows.get(2).action(), "the same person twice in a paste is enrolled once");
        assertTrue(rows.get(2).problems().contains(Problem.warning("rule.paste.repeated_person", 2)));
        assertTrue(rows.get(2).problems().contains(Problem.warning("rule.paste.existing_differs", "Vilay Inthavong")));
        assertEquals(1, preview.toAdd());

        assertEquals(1, pastes.save(may.id(), rows));
        assertEquals(2, db.jdbi().withHandle(Tables.PEOPLE::count), "no new person");
        assertTrue(enrollments().stream().anyMatch(e -> e.personId().equals(vilay.id())));
    }

    @Test
    void linksLikelyPeopleOnFileAndWarnsOfLikelyDuplicatesWithinThePaste() {
        RosterPaste.Preview preview = paste("Vilay Inthavongg\t\tF\t03/03/1986\t\t\t\t",
                "Khamla Sisouk\t\tF\t07/07/1979\tX9\t\t\t",
                "Noy Vong\t\tF\t01/01/1990\tN1\t\t\t",
                "Noy Vongg\t\tF\t01/01/1990\tN2\t\t\t");
        List<PasteRow> rows = preview.rows();
        assertEquals(PasteRow.Action.EXISTING, rows.get(0).action(), "no passport, same birth date, similar name: the person on file");
        assertEquals(vilay.id(), rows.get(0).existing().id());
        assertEquals(DuplicateReason.SAME_BIRTH_DATE_AND_NAME, rows.get(0).linkedBy());
        assertEquals(PasteRow.Action.SKIP, rows.get(1).action(), "linked to Khamla, who is in the cohort already");
        assertTrue(rows.get(1).problems().contains(Problem.warning("rule.paste.linked_passport_differs", "Khamla Sisouk", "P2222222")),
                rows.get(1).problems().toString());
        assertTrue(rows.get(1).problems().contains(Problem.warning("rule.paste.already_enrolled", "Khamla Sisouk")));
        assertTrue(rows.get(2).problems().contains(Problem.warning("rule.paste.same_as_row", 5, DuplicateReason.SAME_BIRTH_DATE_AND_NAME)));
        assertTrue(rows.get(3).problems().contains(Problem.warning("rule.paste.same_as_row", 4, DuplicateReason.SAME_BIRTH_DATE_AND_NAME)));
        assertTrue(preview.canSave(), "warnings do not stop saving");
    }

    @Test
    void aLikelyPersonWithAnotherPassportIsLinkedWithAWarningUnlessTheRowIsKeptNew() {
        String row = "Vilay Inthavong\t\tF\t03/03/1986\tP9999999\t01/01/2032\t\t";
        RosterPaste.Preview linked = paste(row);
        PasteRow first = linked.rows().get(0);
        assertEquals(PasteRow.Action.EXISTING, first.action());
        assertEquals(vilay.id(), first.existing().id());
        assertEquals(DuplicateReason.SAME_BIRTH_DATE_AND_NAME, first.linkedBy());
        assertTrue(first.problems().contains(Problem.warning("rule.paste.linked_passport_differs", "Vilay Inthavong", "P1111111")));

        RosterPaste.Preview kept = pastes.preview("LAO-2026-05", HEADER + row + "\n", null, Set.of(2));
        PasteRow asNew = kept.rows().get(0);
        assertEquals(PasteRow.Action.NEW, asNew.action(), "the user said this is someone else");
        assertTrue(asNew.keptNew());
        assertTrue(asNew.problems().contains(Problem.warning("rule.person.likely_duplicate", "Vilay Inthavong",
                DuplicateReason.SAME_BIRTH_DATE_AND_NAME)), "still said, as a warning");
        assertEquals(1, pastes.save(may.id(), kept.rows()));
        assertEquals(3, db.jdbi().withHandle(Tables.PEOPLE::count), "a new person, as chosen, also when saving checks again");
    }

    @Test
    void theSameLaoNameAndBirthDateWithoutAPassportEnrollThePersonOnFile() {
        RosterPaste.Preview preview = paste("Wilai Inthavong\tວິໄລ  ອິນທະວົງ\tF\t03/03/1986\t\t\t\t");
        PasteRow row = preview.rows().get(0);
        assertEquals(PasteRow.Action.EXISTING, row.action(), row.problems().toString());
        assertEquals(vilay.id(), row.existing().id());
        assertEquals(DuplicateReason.SAME_BIRTH_DATE_AND_NAME, row.linkedBy());
        assertFalse(row.problems().stream().anyMatch(p -> p.key().equals("rule.paste.linked_passport_differs")), "no passport to differ");
        assertEquals(1, pastes.save(may.id(), preview.rows()));
        assertEquals(2, db.jdbi().withHandle(Tables.PEOPLE::count), "no one new");
        assertTrue(enrollments().stream().anyMatch(e -> e.personId().equals(vilay.id())));
    }

    @Test
    void twoPeopleOnFileAlikeAreNotGuessedBetween() {
        Person twin = person("Vilay Inthavon", null, LocalDate.of(1986, 3, 3), "P5555555", LocalDate.of(2031, 1, 1), "MoHA");
        db.jdbi().useTransaction(h -> Tables.PEOPLE.insert(h, twin));
        PasteRow row = paste("Vilay Inthavongg\t\tF\t03/03/1986\t\t\t\t").rows().get(0);
        assertEquals(PasteRow.Action.NEW, row.action());
        assertEquals(2, row.problems().stream().filter(p -> p.key().equals("rule.person.likely_duplicate")).count(), row.problems().toString());
    }

    @Test
    void theSamePersonTwiceInOneFileIsReportedOnBothRowsAndAddedOnce() {
        RosterPaste.Preview preview = paste("Noy Vong\t\tF\t01/01/1990\tN1234567\t\t\t", "NOY VONG\t\tF\t\tN123-4567\t\t\t",
                "Kham Dee\t\tM\t02/02/1982\t\t\t\t", "Kham Deee\t\tM\t02/02/1982\t\t\t\t");
        List<PasteRow> rows = preview.rows();
        assertTrue(rows.get(0).problems().contains(Problem.warning("rule.paste.same_as_row", 3, DuplicateReason.SAME_PASSPORT)));
        assertTrue(rows.get(1).problems().contains(Problem.warning("rule.paste.same_as_row", 2, DuplicateReason.SAME_PASSPORT)));
        assertEquals(PasteRow.Action.SKIP, rows.get(1).action(), "the same passport twice: one person");
        assertTrue(rows.get(1).problems().contains(Problem.warning("rule.paste.repeated_person", 2)));
        assertTrue(rows.get(3).problems().contains(Problem.warning("rule.paste.same_as_row", 4, DuplicateReason.SAME_BIRTH_DATE_AND_NAME)));
        assertEquals(PasteRow.Action.NEW, rows.get(3).action(), "likely the same, but no passport proves it: both added, with the warning");
        assertEquals(3, pastes.save(may.id(), rows));
        assertEquals(5, db.jdbi().withHandle(Tables.PEOPLE::count));
    }

    @Test
    void aColumnGivenAFieldIsReadAsItAndTakesTheFieldFromTheColumnThatHadIt() {
        List<List<String>> sheet = List.of(List.of("Tên gọi", "Ngày sinh", "Ghi chú riêng"), List.of("Noy Vong", "01/01/1990", "Noy V."));
        RosterPaste.Preview matched = pastes.preview("LAO-2026-05", sheet, null, Set.of());
        ColumnMapping columns = matched.columns();
        assertEquals(Arrays.asList(null, PasteColumn.BIRTH_DATE, null), columns.columns().stream().map(ColumnMapping.Column::field).toList());
        assertTrue(matched.notes().contains(Problem.error("error.paste.no_name_column")));
        assertFalse(matched.canSave());

        RosterPaste.Preview chosen = pastes.preview("LAO-2026-05", sheet, columns.choose(0, PasteColumn.NAME_LATIN), Set.of());
        assertTrue(chosen.canSave(), chosen.notes().toString());
        assertEquals("Noy Vong", chosen.rows().get(0).person().nameLatin());
        assertFalse(chosen.notes().stream().anyMatch(n -> n.key().equals("paste.note.unknown_column") && n.args().get(0).equals("A")),
                "a column the user chose is not called unknown");

        ColumnMapping moved = chosen.columns().choose(2, PasteColumn.NAME_LATIN);
        assertEquals(Problem.warning("paste.mapping.taken", PasteColumn.NAME_LATIN, "A", "C"), moved.conflict());
        assertEquals(Arrays.asList(null, PasteColumn.BIRTH_DATE, PasteColumn.NAME_LATIN), moved.columns().stream().map(ColumnMapping.Column::field).toList());
        RosterPaste.Preview again = pastes.preview("LAO-2026-05", sheet, moved, Set.of());
        assertEquals("Noy V.", again.rows().get(0).person().nameLatin());
        assertTrue(again.notes().contains(moved.conflict()), "the conflict is explained");

        RosterPaste.Preview noDate = pastes.preview("LAO-2026-05", sheet, moved.choose(1, null), Set.of());
        assertEquals(null, noDate.rows().get(0).person().birthDate(), "a column not imported is not read");
    }

    @Test
    void anUnknownCohortIsRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> pastes.preview("NOPE", HEADER));
        assertEquals("error.cohort.unknown", e.problem().key());
    }

    private RosterPaste.Preview paste(String... rows) {
        return pastes.preview("LAO-2026-05", HEADER + String.join("\n", rows) + "\n");
    }

    private List<Enrollment> enrollments() {
        return db.jdbi().withHandle(h -> Tables.ENROLLMENTS.all(h, "created_at"));
    }

    private List<String> auditActions() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT action FROM audit_log ORDER BY action").mapTo(String.class).list());
    }
}
