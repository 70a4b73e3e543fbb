package org.cohortdesk.service.nominees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NomineeFileTest {
    @TempDir
    Path dir;

    @Test
    void readsAWorkbookLibreOfficeWroteWithItsDateCellsAndTheSavedValuesOfFormulas() {
        SheetCells cells = NomineeFile.read(Sheets.resource(dir, "nominees-libreoffice.xlsx"), null);
        List<List<String>> rows = cells.rows();
        assertEquals("DANH SÁCH HỌC VIÊN LÀO CỬ SANG HỌC", rows.get(0).get(0), "the title row, row 1");
        assertEquals(List.of("STT", "Họ tên", "Họ tên chữ Lào", "Giới tính", "Ngày sinh", "Số hộ chiếu", "Cơ quan"), rows.get(1));
        assertEquals(List.of("1", "Souksavanh Keomany", "ສຸກສະຫວັນ ແກ້ວມະນີ", "Nữ", "01/02/1990", "P3333333", "Bộ Nội vụ Lào"), rows.get(2));
        assertEquals("12/04/1988", rows.get(3).get(4), "a date cell becomes a day-first date");
        assertEquals("MOHA", rows.get(3).get(6), "a formula gives the value saved with it");
    }

    @Test
    void readsAnOdsWorkbookLibreOfficeWroteAsItReadsItsXlsx() {
        List<List<String>> ods = NomineeFile.read(Sheets.resource(dir, "nominees-libreoffice.ods"), null).rows();
        List<List<String>> xlsx = NomineeFile.read(Sheets.resource(dir, "nominees-libreoffice.xlsx"), null).rows();
        assertEquals(xlsx.subList(1, xlsx.size()), ods.subList(1, ods.size()).stream().map(r -> r.subList(0, Math.min(r.size(), 7))).toList());
        assertEquals("DANH SÁCH HỌC VIÊN LÀO CỬ SANG HỌC", ods.get(0).get(0));
    }

    @Test
    void skipsAHiddenOdsSheet() throws IOException {
        com.github.miachm.sods.SpreadSheet workbook = new com.github.miachm.sods.SpreadSheet();
        com.github.miachm.sods.Sheet hidden = new com.github.miachm.sods.Sheet("Old", 1, 1);
        hidden.getRange(0, 0).setValue("old");
        hidden.hideSheet();
        com.github.miachm.sods.Sheet shown = new com.github.miachm.sods.Sheet("2026", 2, 1);
        shown.getRange(0, 0).setValue("title");
        shown.getRange(1, 0).setValue("new");
        workbook.appendSheet(hidden);
        workbook.appendSheet(shown);
        Path file = dir.resolve("hidden.ods");
        workbook.save(file.toFile());
        SheetCells cells = NomineeFile.read(file, null);
        assertEquals("2026", cells.sheet());
        assertEquals(List.of(List.of("title"), List.of("new")), cells.rows());
        assertEquals("error.nominees.not_xlsx", refusal(Files.writeString(dir.resolve("notes.ods"), "Name")));
        assertEquals(List.of("2026"), NomineeFile.sheets(file));
        assertEquals(List.of(), NomineeFile.sheets(Files.writeString(dir.resolve("list.csv"), "Name\n")));
    }

    @Test
    void keepsSheetRowNumbersAcrossBlankRowsAndReadsDatesNumbersAndMergedTitles() {
        Path file = Sheets.xlsx(dir.resolve("n.xlsx"), wb -> {
            Worksheet ws = wb.newWorksheet("Danh sách");
            ws.value(0, 0, "Nominees of the Ministry of Home Affairs");
            ws.range(0, 0, 0, 3).merge();
            ws.value(2, 0, "Name");
            ws.value(2, 1, "Date of birth");
            ws.value(2, 2, "Passport no.");
            ws.value(2, 3, "Passport expiry");
            ws.value(4, 0, "Noy Vong");
            ws.value(4, 1, LocalDate.of(1990, 1, 31));
            ws.style(4, 1).format("d/m/yyyy").set();
            ws.value(4, 2, 12345678);
            ws.value(4, 3, 47000);
        });
        List<List<String>> rows = NomineeFile.read(file, null).rows();
        assertEquals(5, rows.size());
        assertEquals(List.of(), rows.get(1), "a row the sheet leaves out is empty");
        assertEquals(List.of("Noy Vong", "31/01/1990", "12345678", "47000"), rows.get(4));
    }

    @Test
    void skipsHiddenSheetsUnlessOneIsNamed() {
        Path file = Sheets.xlsx(dir.resolve("hidden.xlsx"), wb -> {
            Worksheet hidden = wb.newWorksheet("Old list");
            hidden.value(0, 0, "old");
            hidden.setVisibilityState(VisibilityState.HIDDEN);
            wb.newWorksheet("2026").value(0, 0, "new");
        });
        assertEquals("2026", NomineeFile.read(file, null).sheet());
        assertEquals(List.of("2026"), NomineeFile.sheets(file), "the sheets offered for choosing: hidden ones are not");
        assertEquals("new", NomineeFile.read(file, null).rows().get(0).get(0));
        assertEquals("old", NomineeFile.read(file, "old list").rows().get(0).get(0), "a named sheet is read even when hidden");
        ProblemException unknown = assertThrows(ProblemException.class, () -> NomineeFile.read(file, "2025"));
        assertEquals(Problem.error("error.nominees.unknown_sheet", "2025", "Old list, 2026"), unknown.problem());
    }

    @Test
    void refusesAnEmptyFileATextFileNamedXlsxAndAProtectedWorkbook() throws IOException {
        assertEquals("error.nominees.empty_file", refusal(Files.write(dir.resolve("empty.xlsx"), new byte[0])));
        assertEquals("error.nominees.empty_file", refusal(Files.write(dir.resolve("empty.csv"), new byte[0])));
        assertEquals("error.nominees.not_xlsx", refusal(Files.writeString(dir.resolve("notes.xlsx"), "Name\tPassport\nNoy\tP1\n")));
        byte[] ole2 = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        assertEquals("error.nominees.protected", refusal(Files.write(dir.resolve("locked.xlsx"), ole2)));
        assertEquals("error.nominees.old_xls", refusal(Files.write(dir.resolve("old.xls"), ole2)));
        assertEquals("error.nominees.unreadable", refusal(Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0})));
        assertEquals("error.nominees.unknown_format", refusal(Files.writeString(dir.resolve("list.pdf"), "%PDF-1.7")));
        assertEquals("error.nominees.not_found", refusal(dir.resolve("missing.xlsx")));
    }

    @Test
    void refusesAPasswordProtectedOdsAndAnOldXlsThatLibreOfficeWrote() {
        ProblemException locked = assertThrows(ProblemException.class, () -> NomineeFile.read(Sheets.resource(dir, "nominees-password.ods"), null));
        assertEquals(Problem.error("error.nominees.protected", "nominees-password.ods"), locked.problem());
        assertEquals("error.nominees.protected", assertThrows(ProblemException.class,
                () -> NomineeFile.sheets(dir.resolve("nominees-password.ods"))).problem().key(), "also when listing the sheets");
        ProblemException old = assertThrows(ProblemException.class, () -> NomineeFile.read(Sheets.resource(dir, "nominees-excel97.xls"), null));
        assertEquals(Problem.error("error.nominees.old_xls", "nominees-excel97.xls"), old.problem());
        assertEquals("nominees-excel97.xls is an old Excel workbook (.xls), which cannot be read: open it in Excel or LibreOffice and "
                + "save it as .xlsx (Excel Workbook).", new org.cohortdesk.i18n.Localization(org.cohortdesk.i18n.Language.EN).tr(old.problem()));
    }

    @Test
    void aFormulaSavedWithoutItsValueIsReadAsAnEmptyCell() {
        Path file = Sheets.xlsx(dir.resolve("formulas.xlsx"), wb -> {
            Worksheet ws = wb.newWorksheet("S");
            ws.value(0, 0, "Noy");
            ws.value(0, 1, "Vong");
            ws.formula(0, 2, "CONCATENATE(A1,\" \",B1)");
        });
        assertEquals(List.of("Noy", "Vong", ""), NomineeFile.read(file, null).rows().get(0), "fastexcel saves no value with a formula");
    }

    @Test
    void refusesASheetOfAHundredThousandRowsWithoutReadingItWhole() {
        Path file = Sheets.xlsx(dir.resolve("huge.xlsx"), wb -> {
            Worksheet ws = wb.newWorksheet("All");
            ws.value(0, 0, "Name");
            for (int r = 1; r <= 100_000; r++) {
                ws.value(r, 0, "Person " + r);
            }
        });
        ProblemException refused = assertThrows(ProblemException.class, () -> NomineeFile.read(file, null));
        assertEquals(Problem.error("error.nominees.too_many_rows", 1_000), refused.problem());
    }

    @Test
    void readsAFiveMegabyteCellAsItIs() {
        String big = "x".repeat(5 * 1024 * 1024);
        Path file = Sheets.xlsx(dir.resolve("big.xlsx"), wb -> wb.newWorksheet("S").value(0, 0, big));
        assertEquals(big.length(), NomineeFile.read(file, null).rows().get(0).get(0).length());
    }

    @Test
    void readsCsvInUtf8WithOrWithoutAMarkAndFindsTheSeparator() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "Họ tên;Ngày sinh\r\n\"Nguyễn Văn; Đạt\";01/02/1990\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(text, 0, withBom, bom.length, text.length);
        List<List<String>> expected = List.of(List.of("Họ tên", "Ngày sinh"), List.of("Nguyễn Văn; Đạt", "01/02/1990"));
        assertEquals(expected, NomineeFile.read(Files.write(dir.resolve("bom.csv"), withBom), null).rows());
        assertEquals(expected, NomineeFile.read(Files.write(dir.resolve("plain.csv"), text), null).rows());
        assertEquals(List.of(List.of("Name", "Notes"), List.of("Noy", "line one\nline \"two\""), List.of("Vong", "")),
                NomineeFile.read(Files.writeString(dir.resolve("quoted.csv"), "Name,Notes\n\nNoy,\"line one\nline \"\"two\"\"\"\nVong,\n"), null)
                        .rows().stream().filter(r -> !r.isEmpty()).toList());
        assertEquals(List.of("Name", "Sex"), NomineeFile.read(Files.writeString(dir.resolve("tabs.csv"), "Name\tSex\nNoy\tF\n"), null).rows().get(0));
        assertEquals(List.of("Name", "Sex, as written"), NomineeFile.read(Files.writeString(dir.resolve("titled.csv"),
                "Nominees, 2026\nName;Sex, as written\nNoy;F\nVong;M\n"), null).rows().get(1), "a title line above the header has no say");
    }

    @Test
    void readsCsvSavedInTheWindowsCodePages() throws IOException {
        byte[] western = "Name,Agency\nLê Hà,Sài Gòn\n".getBytes(Charset.forName("windows-1252"));
        assertEquals(List.of("Lê Hà", "Sài Gòn"), NomineeFile.read(Files.write(dir.resolve("w1252.csv"), western), null).rows().get(1));
        // Windows-1258, as a Vietnamese Excel saves CSV: "ễ" is "ê" (0xEA) then the combining tilde (0xDE), "Đ" is 0xD0.
        byte[] vietnamese = {'H', 'o', ',', 'T', 'e', 'n', '\n', 'N', 'g', 'u', 'y', (byte) 0xEA, (byte) 0xDE, 'n', ',',
            (byte) 0xD0, 'a', (byte) 0xF2, 't', '\n'};
        List<String> row = NomineeFile.read(Files.write(dir.resolve("w1258.csv"), vietnamese), null).rows().get(1);
        assertEquals(List.of("Nguyễn", "Đạt"), row.stream().map(s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC)).toList());
    }

    private String refusal(Path file) {
        return assertThrows(ProblemException.class, () -> NomineeFile.read(file, null)).problem().key();
    }
}
