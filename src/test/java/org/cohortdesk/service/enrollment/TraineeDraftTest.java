package org.cohortdesk.service.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TraineeDraftTest {
    final UUID cohort = UUID.randomUUID();

    @ParameterizedTest
    @ValueSource(strings = {"04/03/1986", "4/3/1986", "4.3.1986", "04-03-1986", "1986-03-04", " 4/3/1986 "})
    void readsDatesTheWaysCoordinatorsTypeThem(String text) {
        assertEquals(LocalDate.of(1986, 3, 4), TraineeDraft.parseDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/1986", "1986", "ngày 4", "4/3/86x", "13/13/2000"})
    void refusesWhatIsNotADate(String text) {
        assertThrows(DateTimeException.class, () -> TraineeDraft.parseDate(text));
    }

    @Test
    void readsEveryFieldBackAsTyped() {
        TraineeDraft draft = TraineeDraft.blank(cohort).set(TraineeField.NAME_LOCAL, "ບຸນມີ ພົມມະຈັນ").set(TraineeField.NAME_LATIN, " Bounmy Phommachanh ")
                .set(TraineeField.SEX, "f").set(TraineeField.BIRTH_DATE, "12/4/1988").set(TraineeField.AGENCY, "Sở Nội vụ tỉnh Chăm-pa-sắc")
                .set(TraineeField.ARRIVAL_ON, "2026-05-03").set(TraineeField.ARRIVAL_FLIGHT, "QV311");
        TraineeDraft.Result result = draft.read();
        assertTrue(result.ok(), result.problems().toString());
        Trainee t = result.trainee();
        assertEquals("Bounmy Phommachanh", t.person().nameLatin());
        assertEquals("ບຸນມີ ພົມມະຈັນ", t.person().nameLocal());
        assertEquals(Sex.F, t.person().sex());
        assertEquals(LocalDate.of(1988, 4, 12), t.person().birthDate());
        assertEquals(LocalDate.of(2026, 5, 3), t.enrollment().arrivalOn());
        assertEquals(EnrollmentStatus.NOMINATED, t.enrollment().status());
        assertNull(t.person().passportNo(), "blank is no value");
        assertEquals("12/04/1988", TraineeDraft.textOf(t, TraineeField.BIRTH_DATE));
        for (TraineeField f : TraineeField.values()) {
            assertEquals(TraineeDraft.textOf(t, f), TraineeDraft.of(t).get(f), f.name());
        }
        assertEquals(t, TraineeDraft.of(t).read().trainee(), "a draft read unchanged is the same trainee");
    }

    @Test
    void composesVietnameseToOneFormAsStored() {
        String decomposed = "Nguye\u0302\u0303n Thi\u0323 A\u0301nh";
        Trainee t = TraineeDraft.blank(cohort).set(TraineeField.NAME_LATIN, decomposed).read().trainee();
        assertEquals("Nguyễn Thị Ánh", t.person().nameLatin());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BIRTH_DATE|31/02/1988|error.field.date",
            "PASSPORT_EXPIRY|soon|error.field.date",
            "SEX|X|error.field.sex",
            "NAME_LATIN|'   '|error.person.name_missing"})
    void namesTheFieldThatCannotBeRead(TraineeField field, String text, String key) {
        TraineeDraft draft = TraineeDraft.blank(cohort).set(TraineeField.NAME_LATIN, "Vilay").set(field, text);
        TraineeDraft.Result result = draft.read();
        assertNull(result.trainee());
        assertEquals(key, result.problems().get(field).key());
        assertEquals(1, result.problems().size());
    }

    @Test
    void refusesAPastedDocumentInOneField() {
        TraineeDraft.Result result = TraineeDraft.blank(cohort).set(TraineeField.NAME_LATIN, "Vilay")
                .set(TraineeField.PERSON_NOTES, "x".repeat(TraineeDraft.MAX_LENGTH + 1)).read();
        assertEquals("error.field.too_long", result.problems().get(TraineeField.PERSON_NOTES).key());
    }
}
