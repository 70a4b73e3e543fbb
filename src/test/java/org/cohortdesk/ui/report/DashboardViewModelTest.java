package org.cohortdesk.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.report.ReportFixture;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports page's state without a window: the year chosen, the years offered, the figures read, the report written. */
class DashboardViewModelTest {
    @TempDir
    Path dir;

    Database db;
    DashboardViewModel model;
    final List<Throwable> failures = new ArrayList<>();
    int reads;

    @BeforeEach
    void open() {
        db = Database.open(new DataFolder(dir.resolve("data")), LegacyH2.none());
        ReportFixture.insert(db.jdbi());
        Services services = Services.over(db.jdbi(), Clock.fixed(ReportFixture.NOW, ZoneOffset.UTC));
        model = new DashboardViewModel(services.reports(), services.institution(), new Localization(Language.EN), TaskRunner.sameThread(), failures::add, 2026);
        model.figuresProperty().addListener((o, old, now) -> reads++);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void readsTheYearChosenAndOffersEveryYearWithTrainees() {
        assertEquals(List.of(YearChoice.ALL, new YearChoice(2026)), model.years(), "before the first read: all years and this year");
        model.load();
        assertEquals(4, model.figuresProperty().get().totals().counts().trainees());
        assertEquals(List.of(YearChoice.ALL, new YearChoice(2026), new YearChoice(2025)), model.years());
        assertEquals(new YearChoice(2026), model.yearProperty().get(), "still the year chosen");
        assertFalse(model.loadingProperty().get());
        assertEquals("", model.statusProperty().get());

        model.yearProperty().set(YearChoice.ALL);
        assertEquals(10, model.figuresProperty().get().totals().counts().trainees());
        model.yearProperty().set(new YearChoice(2019));
        assertTrue(model.figuresProperty().get().empty());
        assertEquals("No trainees counted for 2019.", model.statusProperty().get());
        assertEquals(List.of(YearChoice.ALL, new YearChoice(2026), new YearChoice(2025), new YearChoice(2019)), model.years(),
                "the year chosen stays offered");
        assertEquals(3, reads, "one read per choice: 2026, all years, 2019");
        assertEquals(List.of(), failures);
    }

    @Test
    void writesTheReportOfTheYearChosenAndSaysWhere() {
        model.yearProperty().set(new YearChoice(2025));
        assertEquals("Annual report 2025: foreign trainees", model.reportFileName());
        Path file = dir.resolve("annual.xlsx");
        model.writeReport(PrintFormat.XLSX, file);
        assertTrue(Files.exists(file));
        assertEquals("Report of 2025 written to " + file.toAbsolutePath() + ".", model.statusProperty().get());
        model.writeReport(PrintFormat.PDF, dir.resolve("no/such/folder/annual.pdf"));
        assertEquals(1, failures.size(), "a folder that does not exist is reported");
        model.yearProperty().set(YearChoice.ALL);
        assertEquals("Report of all years: foreign trainees", model.reportFileName());
    }
}
