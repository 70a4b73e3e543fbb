package org.cohortdesk.service.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Field;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseServiceTest {
    @TempDir
    Path dir;

    Database db;
    CourseService courses;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        courses = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC)).courses();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Course draft(String code) {
        return new Course(null, code, "Chuyển đổi số", "Digital transformation", "ການຫັນເປັນດີຈີຕອນ", Field.DIGITAL_TRANSFORMATION, 4,
                CourseService.DEFAULT_THRESHOLD, null, null, null, 0);
    }

    static CourseModule module(String vi, String en, int hours) {
        return new CourseModule(null, null, 0, vi, en, null, hours, null, null, 0);
    }

    @Test
    void createsACourseWithItsModulesInOrderAndTotalsTheHours() {
        CourseService.Detail saved = courses.create(draft(" CDS-01 "), List.of(module("Tổng quan", "Overview", 8),
                module("Dữ liệu", "Data", 12)));
        CourseService.Detail read = courses.find(saved.course().id()).orElseThrow();
        assertEquals("CDS-01", read.course().code());
        assertEquals(List.of("Overview", "Data"), read.modules().stream().map(CourseModule::titleEn).toList());
        assertEquals(List.of(1, 2), read.modules().stream().map(CourseModule::seq).toList());
        assertEquals(20, read.totalHours());
        CourseService.Line line = courses.list().get(0);
        assertEquals(2, line.modules());
        assertEquals(20, line.hours());
    }

    @Test
    void addsEditsRemovesAndReordersModulesInOneSave() {
        CourseService.Detail saved = courses.create(draft("CDS-01"), List.of(module("Một", "One", 4), module("Hai", "Two", 6),
                module("Ba", "Three", 8)));
        List<CourseModule> stored = saved.modules();
        CourseModule three = stored.get(2);
        CourseModule one = stored.get(0);
        CourseModule longerOne = new CourseModule(one.id(), one.courseId(), one.seq(), one.titleVi(), one.titleEn(), one.titleLo(), 10,
                one.createdAt(), one.updatedAt(), one.version());
        CourseService.Detail edited = courses.update(saved.course(), List.of(three, longerOne, module("Bốn", "Four", 2)));
        assertEquals(List.of("Three", "One", "Four"), edited.modules().stream().map(CourseModule::titleEn).toList());
        assertEquals(List.of(1, 2, 3), edited.modules().stream().map(CourseModule::seq).toList());
        assertEquals(20, edited.totalHours());
        assertEquals(1, edited.course().version());
        assertEquals(3, (int) db.jdbi().withHandle(Tables.COURSE_MODULES::count), "module Two was removed");
    }

    @Test
    void refusesAStaleEditOfTheCourseAndKeepsTheModules() {
        CourseService.Detail saved = courses.create(draft("CDS-01"), List.of(module("Một", "One", 4)));
        courses.update(saved.course(), List.of(saved.modules().get(0), module("Hai", "Two", 6)));
        StaleEditException stale = assertThrows(StaleEditException.class, () -> courses.update(saved.course(), List.of()));
        assertEquals("error.stale.changed", stale.problem().key());
        assertEquals(2, courses.find(saved.course().id()).orElseThrow().modules().size());
    }

    @Test
    void refusesAModuleWithoutHoursOrTitlesAndWritesNothing() {
        ProblemException hours = assertThrows(ProblemException.class,
                () -> courses.create(draft("CDS-01"), List.of(module("Một", "One", 4), module("Hai", "Two", 0))));
        assertEquals("error.course.module_hours", hours.problem().key());
        assertEquals(List.of(2), hours.args());
        ProblemException title = assertThrows(ProblemException.class,
                () -> courses.create(draft("CDS-01"), List.of(module("Một", " ", 4))));
        assertEquals("error.course.module_title_missing", title.problem().key());
        ProblemException code = assertThrows(ProblemException.class, () -> courses.create(draft(""), List.of()));
        assertEquals("error.course.code_missing", code.problem().key());
        assertEquals(0, (int) db.jdbi().withHandle(Tables.COURSES::count));
        assertEquals(0, (int) db.jdbi().withHandle(Tables.COURSE_MODULES::count));
        assertEquals(0, (int) db.jdbi().withHandle(Tables.AUDIT_LOG::count));
    }

    @Test
    void refusesATakenCodeWithoutWritingTheModules() {
        courses.create(draft("CDS-01"), List.of());
        ProblemException taken = assertThrows(ProblemException.class, () -> courses.create(draft("CDS-01"), List.of(module("Một", "One", 4))));
        assertEquals("error.constraint.uq_courses_code", taken.problem().key());
        assertEquals(0, (int) db.jdbi().withHandle(Tables.COURSE_MODULES::count));
    }
}
