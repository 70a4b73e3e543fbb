package org.cohortdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.HolidayKind;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.holiday.HolidayCountry;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.TestData;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidaysViewModelTest {
    @TempDir
    Path dir;

    Database db;
    HolidaysViewModel model;

    @BeforeEach
    void open() {
        db = Database.open(new DataFolder(dir), LegacyH2.none());
        model = new HolidaysViewModel(Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC)).holidays(),
                new Localization(Language.VI), TaskRunner.sameThread(), e -> {
                    throw new AssertionError(e);
                }, 2025);
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listsTheChosenCountryAndYearInTheUsersLanguage() {
        assertEquals("2025-01-01 Tết Dương lịch Thứ Tư Nghỉ lễ theo luật", line(model.rows().get(0)));
        assertEquals("11 ngày nghỉ", model.countProperty().get());
        model.countryProperty().set(HolidayCountry.LA);
        assertEquals("2025-01-01 Tết Dương lịch Thứ Tư Nghỉ lễ theo luật", line(model.rows().get(0)));
        assertTrue(model.rows().stream().anyMatch(r -> r.name().equals("Tết cổ truyền Lào (Bunpimay)")));
        assertEquals("8 ngày nghỉ", model.countProperty().get());
    }

    @Test
    void aDateNotWrittenDayFirstIsRefusedBeforeAnythingIsSaved() {
        model.dateTextProperty().set("2026-01-02");
        model.nameTextProperty().set("Nghỉ bắc cầu");
        model.addExtra();
        assertEquals("Hãy viết ngày theo dạng dd/mm/yyyy, ví dụ 02/01/2026.", model.messageProperty().get());
        assertEquals(0, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM holidays").mapTo(Integer.class).one()));
    }

    @Test
    void anExtraDayInAnotherYearTurnsTheListToThatYearAndARefusalIsShownBesideTheForm() {
        model.dateTextProperty().set("02/01/2026");
        model.nameTextProperty().set("Nghỉ bắc cầu");
        model.addExtra();
        assertEquals(2026, model.yearProperty().get());
        assertEquals(List.of("2026-01-01 Tết Dương lịch Thứ Năm Nghỉ lễ theo luật", "2026-01-02 Nghỉ bắc cầu Thứ Sáu Ngày nghỉ thêm"),
                model.rows().subList(0, 2).stream().map(HolidaysViewModelTest::line).toList());
        assertEquals("", model.dateTextProperty().get());

        model.dateTextProperty().set("02/01/2026");
        model.nameTextProperty().set("Lần nữa");
        model.addExtra();
        assertEquals("Ngày 02/01/2026 đã là ngày nghỉ thêm ở Việt Nam.", model.messageProperty().get());
        assertEquals("02/01/2026", model.dateTextProperty().get(), "what was typed stays to be corrected");

        model.removeExtra(model.rows().get(1));
        assertEquals(HolidayKind.PUBLIC, model.rows().get(1).kind());
        assertEquals("", model.messageProperty().get());
    }

    private static String line(HolidayRow row) {
        return row.date() + " " + row.name() + " " + row.weekday() + " " + row.kindText();
    }
}
