package org.cohortdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {

    @ParameterizedTest(name = "{0} with Lao ''{1}'': {2}")
    @CsvSource(nullValues = "NULL", value = {
        "vi, ການປະຕິຮູບບໍລິຫານລັດ, Cải cách hành chính",
        "en, ການປະຕິຮູບບໍລິຫານລັດ, Administrative reform",
        "lo, ການປະຕິຮູບບໍລິຫານລັດ, ການປະຕິຮູບບໍລິຫານລັດ",
        "lo, '   ',                 Administrative reform",
        "lo, NULL,                  Administrative reform",
        "fr, ການປະຕິຮູບບໍລິຫານລັດ, Administrative reform"
    })
    void picksTheTitleOfTheLanguageAndEnglishWhenLaoIsMissing(String tag, String lao, String expected) {
        assertEquals(expected, Titles.in(tag, "Cải cách hành chính", "Administrative reform", lao));
    }
}
