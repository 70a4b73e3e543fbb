package org.cohortdesk.service.roster;

import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.Severity;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.enrollment.TypedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasteParserTest {
    final PasteParser parser = new PasteParser();

    @Test
    void readsAnEnglishHeaderInAnyOrderAndIgnoresUnknownColumnsWithANote() {
        PasteParser.Parsed parsed = parser.parse("""
                Passport no.\tName (Latin)\tShoe size\tDate of birth\tSex\tName (Lao)
                P1234567\tVilay Inthavong\t42\t03/03/1986\tF\tວິໄລ ອິນທະວົງ
                """);
        assertTrue(parsed.hasHeader());
        Person p = only(parsed).person();
        assertEquals("Vilay Inthavong", p.nameLatin());
        assertEquals("ວິໄລ ອິນທະວົງ", p.nameLocal(), "Lao text intact");
        assertEquals("P1234567", p.passportNo());
        assertEquals(LocalDate.of(1986, 3, 3), p.birthDate());
        assertEquals(Sex.F, p.sex());
        assertEquals(List.of(Problem.warning("paste.note.unknown_column", "C", "Shoe size")), parsed.notes());
    }

    @Test
    void readsVietnameseHeadersWithOrWithoutAccents() {
        PasteParser.Parsed parsed = parser.parse("""
                STT\tHọ tên\tGIOI TINH\tNgày sinh\tCơ quan\tSố hộ chiếu\tGhi chú
                1\tSOUKSAVANH KEOMANY\tNữ\t1/2/1990\tSở Nội vụ tỉnh Chăm-pa-sắc\tP7654321\tĂn chay
                """);
        PasteRow row = only(parsed);
        assertEquals("SOUKSAVANH KEOMANY", row.person().nameLatin());
        assertEquals(Sex.F, row.person().sex());
        assertEquals(LocalDate.of(1990, 2, 1), row.person().birthDate());
        assertEquals("Sở Nội vụ tỉnh Chăm-pa-sắc", row.person().agency(), "Vietnamese text intact");
        assertEquals("Ăn chay", row.stay().notes());
        assertEquals(List.of(), parsed.notes());
    }

    @Test
    void readsTheRostersLaoTitles() {
        PasteParser.Parsed parsed = parser.parse("ລ/ດ\tຊື່ (ພາສາລາວ)\tຊື່ (ອັກສອນລາຕິນ)\tເພດ\tວັນເດືອນປີເກີດ\tເລກໜັງສືຜ່ານແດນ\n"
                + "1\tບຸນມີ ພົມມະຈັນ\tBOUNMY PHOMMACHANH\tຍິງ\t12.04.1988\tP0200001\n");
        PasteRow row = only(parsed);
        assertEquals("ບຸນມີ ພົມມະຈັນ", row.person().nameLocal());
        assertEquals("BOUNMY PHOMMACHANH", row.person().nameLatin());
        assertEquals(Sex.F, row.person().sex());
        assertEquals(LocalDate.of(1988, 4, 12), row.person().birthDate());
        assertEquals("P0200001", row.person().passportNo());
    }

    @Test
    void withoutAHeaderReadsTheRostersOrderAndSaysSo() {
        PasteParser.Parsed parsed = parser.parse("ສົມສັກ 1\tSOMSACK 1\tM\t1981-01-01\tHead\tMoHA\tVientiane\tP0100001\t01/01/2030\t"
                + "V99 until 30/06/2026\t03/05/2026 QV311\t30/05/2026\tB204\tConfirmed\tHalal\r\n");
        assertFalse(parsed.hasHeader());
        assertEquals(List.of(Problem.warning("paste.note.no_header")), parsed.notes());
        PasteRow row = only(parsed);
        assertEquals("SOMSACK 1", row.person().nameLatin());
        assertEquals(LocalDate.of(1981, 1, 1), row.person().birthDate());
        assertEquals("Vientiane", row.person().province());
        assertEquals(LocalDate.of(2030, 1, 1), row.person().passportExpiry());
        assertEquals("V99", row.stay().visaNo());
        assertEquals(LocalDate.of(2026, 6, 30), row.stay().visaExpiry());
        assertEquals(LocalDate.of(2026, 5, 3), row.stay().arrivalOn());
        assertEquals("QV311", row.stay().arrivalFlight());
        assertEquals(LocalDate.of(2026, 5, 30), row.stay().departureOn());
        assertNull(row.stay().departureFlight());
        assertEquals("B204", row.stay().room());
        assertEquals("Halal", row.stay().notes());
        assertEquals(List.of(), row.problems());
    }

    @Test
    void readsQuotedCellsWithTabsLineBreaksAndQuotesAndCrlfRows() {
        String text = "Name\tNotes\r\n"
                + "Khamphone Sisouk\t\"Allergic to nuts\r\nno pork\"\r\n"
                + "\"Souk \"\"Noy\"\" Vong\"\t\"a\tb\"\r\n";
        List<PasteRow> rows = parser.parse(text).rows();
        assertEquals(2, rows.size());
        assertEquals("Allergic to nuts\r\nno pork", rows.get(0).stay().notes());
        assertEquals("Souk \"Noy\" Vong", rows.get(1).person().nameLatin());
        assertEquals("a\tb", rows.get(1).stay().notes());
        assertEquals(3, rows.get(1).row(), "rows are counted from 1 with the header");
    }

    @Test
    void findsTheHeaderBelowTheSheetsTitleRowsAndSkipsBlankRows() {
        PasteParser.Parsed parsed = parser.parse("DANH SÁCH HỌC VIÊN LỚP LAO-2026-07\n\nHọ và tên\tNgày sinh\n\nVilay\t03/03/1986\n\t\n");
        assertEquals(List.of(Problem.warning("paste.note.rows_above_header", 2)), parsed.notes());
        assertEquals(5, only(parsed).row());
    }

    @Test
    void oneKnownTitleAmongUnknownOnesIsStillAHeaderButADataRowIsNot() {
        PasteParser.Parsed titled = parser.parse("Name\tFavourite dish\nVilay\tLaap\n");
        assertTrue(titled.hasHeader());
        assertEquals("Vilay", only(titled).person().nameLatin());
        PasteParser.Parsed data = parser.parse("ວິໄລ\tVilay\tF\t03/03/1986\n");
        assertFalse(data.hasHeader());
        assertEquals("Vilay", only(data).person().nameLatin());
    }

    @Test
    void anUnreadableDateIsAnErrorNamingRowAndColumn() {
        PasteParser.Parsed parsed = parser.parse("Name\tDate of birth\tSex\nVilay\t31/02/1986\tX\n");
        PasteRow row = only(parsed);
        assertTrue(row.hasErrors());
        assertEquals(List.of(Problem.error("error.paste.bad_sex", 2, "C (Sex)", "X"),
                Problem.error("error.paste.bad_date", 2, "B (Date of birth)", "31/02/1986")), row.problems());
    }

    @Test
    void aMissingNameAnOverlongCellAndADepartureBeforeArrivalAreErrors() {
        String huge = "x".repeat(5_000_000);
        List<PasteRow> rows = parser.parse("Name\tName (Lao)\tPassport\tArrival\tDeparture\n"
                + "\tວິໄລ\t\t\t\n"
                + "Vilay\t\t" + "P".repeat(31) + "\t\t\n"
                + huge + "\t\t\t\t\n"
                + "Khamla\t\t\t10/05/2026\t09/05/2026\n").rows();
        assertEquals(List.of(Problem.error("error.paste.name_missing", 2)), rows.get(0).problems());
        assertEquals(List.of(Problem.error("error.paste.too_long", 3, "C (Passport)", 30)), rows.get(1).problems());
        assertEquals(Problem.error("error.paste.too_long", 4, "A (Name)", 300), rows.get(2).problems().get(0));
        assertEquals(List.of(Problem.error("error.paste.departure_before_arrival", 5, LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 10))),
                rows.get(3).problems());
    }

    @Test
    void aHeaderWithoutANameColumnAndAnEmptyPasteAreRefused() {
        assertTrue(parser.parse("Sex\tDate of birth\nM\t01/01/1980\n").notes().contains(Problem.error("error.paste.no_name_column")));
        assertTrue(parser.parse("\n\t\n").notes().contains(Problem.error("error.paste.empty")));
        assertTrue(parser.parse("").notes().stream().anyMatch(p -> p.severity() == Severity.ERROR));
    }

    @ParameterizedTest
    @CsvSource({"03/05/2026, 2026-05-03", "3/5/2026, 2026-05-03", "2026-05-03, 2026-05-03", "03.05.2026, 2026-05-03",
            "3-5-2026, 2026-05-03", "2026-05-03 00:00:00, 2026-05-03"})
    void readsDatesDayFirstOrYearFirst(String text, LocalDate expected) {
        assertEquals(expected, TypedText.date(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"05/03/26", "30/02/2026", "May 3 2026", "2026-13-01"})
    void refusesWhatIsNotADate(String text) {
        assertTrue(TypedText.date(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({"M, M", "m, M", "Male, M", "Nam, M", "ຊາຍ, M", "F, F", "female, F", "Nữ, F", "NU, F", "ຍິງ, F"})
    void readsSexInThreeLanguages(String text, String expected) {
        assertEquals(Sex.valueOf(expected), TypedText.sex(text));
    }

    private static PasteRow only(PasteParser.Parsed parsed) {
        assertEquals(1, parsed.rows().size(), parsed.rows().toString());
        return parsed.rows().get(0);
    }

    @Test
    void readsASpreadsheetDateSerialNumberInADateColumnAndKeepsSheetRowNumbers() {
        PasteParser.Parsed parsed = parser.parse(java.util.List.of(java.util.List.of("Danh sách"), java.util.List.of(),
                java.util.List.of("Name", "Date of birth", "Passport expiry"), java.util.List.of("Noy Vong", "32905", "47484.0")));
        PasteRow row = parsed.rows().get(0);
        assertEquals(4, row.row(), "the sheet's own row number");
        assertEquals(java.time.LocalDate.of(1990, 2, 1), row.person().birthDate());
        assertEquals(java.time.LocalDate.of(2030, 1, 1), row.person().passportExpiry());
        assertEquals(java.util.List.of(), row.problems());
    }
}
