package org.cohortdesk.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.cohortdesk.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateRulesTest {

    @ParameterizedTest(name = "{0} / {1} / {2} vs {3} / {4} / {5}: {6}")
    @CsvSource(delimiter = '|', value = {
        "Somsak Phommachanh | ສົມສັກ ພົມມະຈັນ | P1234567   | SOMSAK PHOMMACHANH | ສົມສັກ ພົມມະຈັນ | p 123-4567 | SAME_PASSPORT",
        "Somsak Phommachanh | ສົມສັກ ພົມມະຈັນ | P1234567   | Phommachanh Somsak | ''              | ''         | SAME_BIRTH_DATE_AND_NAME",
        "Souksavanh Keomany | ''              | ''         | Souksavan Keomany  | ''              | ''         | SAME_BIRTH_DATE_AND_NAME",
        "Nguyễn Thị Ánh     | ''              | ''         | nguyen thi anh     | ''              | ''         | SAME_BIRTH_DATE_AND_NAME",
        "Vilay Inthavong    | ວິໄລ ອິນທະວົງ    | ''         | Vilai Inthavongsa  | ວິໄລອິນທະວົງ     | ''         | SAME_BIRTH_DATE_AND_NAME",
        "Somsak Phommachanh | ''              | P1234567   | Bounmy Keomany     | ''              | P7654321   | ''",
        "Bounmy Vongsa      | ''              | ''         | Bounmi Vongsa      | ''              | ''         | SAME_BIRTH_DATE_AND_NAME",
        "Bounmy Vongsa      | ''              | ''         | Bounthan Vongsa    | ''              | ''         | ''",
        "Kham Vongsa        | ''              | ''         | Khan Vongsa        | ''              | ''         | SAME_BIRTH_DATE_AND_NAME"
    })
    void recognisesTheSamePersonOnlyWhenTheEvidenceIsStrong(String latinA, String localA, String passportA,
            String latinB, String localB, String passportB, String expected) {
        LocalDate born = LocalDate.of(1984, 2, 17);
        Optional<DuplicateReason> reason = DuplicateRules.likelyDuplicate(person(latinA, localA, passportA, born), person(latinB, localB, passportB, born));
        assertEquals(expected, reason.map(Enum::name).orElse(""));
    }

    @Test
    void aSimilarNameBornOnAnotherDayIsSomeoneElse() {
        assertEquals(Optional.empty(), DuplicateRules.likelyDuplicate(person("Somsak Phommachanh", "", "", LocalDate.of(1984, 2, 17)),
                person("Somsak Phommachanh", "", "", LocalDate.of(1984, 2, 18))));
        assertEquals(Optional.empty(), DuplicateRules.likelyDuplicate(person("Somsak Phommachanh", "", "", null),
                person("Somsak Phommachanh", "", "", null)));
    }

    @Test
    void measuresEditDistanceAndStopsEarly() {
        assertEquals(0, DuplicateRules.editDistance("vongsa", "vongsa", 2));
        assertEquals(1, DuplicateRules.editDistance("souksavanh", "souksavan", 2));
        assertEquals(2, DuplicateRules.editDistance("vilay", "vilai", 2) + 1);
        assertEquals(3, DuplicateRules.editDistance("abcdef", "uvwxyz", 2), "gives up past the limit");
    }

    private static Person person(String latin, String local, String passport, LocalDate born) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        return new Person(UUID.randomUUID(), local, latin, null, born, "LA", null, null, null, null, passport, null, null, null, null,
                null, null, null, t, t, 0);
    }
}
