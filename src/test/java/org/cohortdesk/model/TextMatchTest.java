package org.cohortdesk.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMatchTest {

    @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Học viện Hành chính Quốc gia | hoc vien                | true
            Học viện Hành chính Quốc gia | HÀNH CHÍNH              | true
            Học viện Hành chính Quốc gia | vien hoc                | true
            Học viện Hành chính Quốc gia | hoc vien tai chinh      | false
            Đặng Thị Ánh                 | dang thi anh            | true
            Nghiệp vụ văn thư, lưu trữ   | luu tru                 | true
            Nghiệp vụ văn thư, lưu trữ   | lưu trữ                 | true
            Sở Nội vụ tỉnh Chăm-pa-sắc   | cham-pa-sac             | true
            LAO-2026-03                  | lao-2026-03             | true
            LAO-2026-03                  | 2026-04                 | false
            ກະຊວງພາຍໃນ                   | ພາຍໃນ                   | true
            ກິ່ງ                          | ກງ                      | false
            """)
    void matchesIgnoringCaseAndVietnameseMarksOnly(String text, String query, boolean expected) {
        assertEquals(expected, TextMatch.of(query).matches(TextMatch.fold(text)));
    }

    @Test
    void blankMatchesEverything() {
        assertTrue(TextMatch.of("   ").matchesEverything());
        assertTrue(TextMatch.of(null).matches(""));
    }

    @Test
    void foldsToLowerCaseLatin() {
        assertEquals("hoc vien hanh chinh, da nang", TextMatch.fold("Học viện Hành chính, Đà Nẵng"));
    }
}
