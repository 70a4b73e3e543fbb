package org.cohortdesk.ui.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Field;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.course.CourseService;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The course form and the course list, on a real database, without a window. */
class CourseFormTest {
    @TempDir
    Path dir;

    Database db;
    CoursesViewModel courses;
    final List<Throwable> failures = new ArrayList<>();
    final List<CourseService.Detail> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        db = Database.open(new DataFolder(dir), LegacyH2.none());
        Services services = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
        courses = new CoursesViewModel(services.courses(), new Localization(Language.EN), TaskRunner.sameThread(), failures::add);
    }

    @AfterEach
    void close() {
        db.close();
        assertEquals(List.of(), failures, "no unexpected failure");
    }

    private static void add(CourseForm form, String vi, String en, String hours) {
        form.newViProperty().set(vi);
        form.newEnProperty().set(en);
        form.newHoursProperty().set(hours);
        form.addModule();
    }

    private CourseForm filled() {
        CourseForm form = courses.newCourse();
        form.codeProperty().set("CDS-01");
        form.titleViProperty().set("Chuyển đổi số");
        form.titleEnProperty().set("Digital transformation");
        form.fieldProperty().set(Field.DIGITAL_TRANSFORMATION);
        form.lengthWeeksProperty().set("4");
        return form;
    }

    @Test
    void addsMovesAndRemovesModulesKeepingTheTotal() {
        CourseForm form = filled();
        assertEquals("No modules, 0 hours in all", form.totalTextProperty().get());
        add(form, "Tổng quan", "Overview", "8");
        add(form, "Dữ liệu", "Data", "12");
        add(form, "Thực hành", "Practice", "4");
        assertEquals("", form.newEnProperty().get(), "the new-module fields empty after adding");
        assertEquals("3 modules, 24 hours in all", form.totalTextProperty().get());
        form.modules().get(0).hoursProperty().set(10);
        assertEquals(26, form.totalHoursProperty().get(), "an edit in place changes the total");
        form.move(form.modules().get(2), -1);
        form.move(form.modules().get(0), -1);
        assertEquals(List.of("Overview", "Practice", "Data"), form.modules().stream().map(m -> m.titleEnProperty().get()).toList());
        form.remove(form.modules().get(1));
        assertEquals("2 modules, 22 hours in all", form.totalTextProperty().get());

        form.save(saved::add);
        assertEquals(1, saved.size());
        assertEquals(List.of("Overview", "Data"), saved.get(0).modules().stream().map(CourseModule::titleEn).toList());
        courses.load(() -> {});
        CourseRow row = courses.list().rows().get(0);
        assertEquals("4 weeks", row.length());
        assertEquals("Digital transformation", row.field());
        assertEquals(22, row.hours());
    }

    @Test
    void refusesInWordsAndWritesNothing() {
        CourseForm form = filled();
        add(form, "Tổng quan", "Overview", "eight");
        assertEquals("Hours: \"eight\" is not a whole number.", form.submit().errorProperty().get());
        assertEquals(0, form.modules().size());
        add(form, "Tổng quan", "", "8");
        form.save(saved::add);
        assertEquals("Module 1 needs a title in Vietnamese and in English.", form.submit().errorProperty().get());
        form.modules().get(0).titleEnProperty().set("Overview");
        form.lengthWeeksProperty().set("200");
        form.save(saved::add);
        assertEquals("A course lasts from 1 to 104 weeks.", form.submit().errorProperty().get());
        assertEquals(List.of(), saved);
        assertEquals(0, (int) db.jdbi().withHandle(Tables.COURSES::count));
    }

    @Test
    void editsACourseWithTheModulesAsStored() {
        CourseForm form = filled();
        add(form, "Tổng quan", "Overview", "8");
        form.save(saved::add);
        courses.load(() -> {});
        CourseForm edit = courses.editCourse(courses.list().rows().get(0));
        assertEquals("Edit course: CDS-01", edit.heading());
        assertEquals(1, edit.modules().size(), "read at once with the same-thread runner");
        add(edit, "Dữ liệu", "Data", "6");
        edit.save(saved::add);
        assertEquals(14, saved.get(1).totalHours());
        courses.load(() -> {});
        assertEquals(2, courses.list().rows().get(0).modules());
    }
}
