package org.cohortdesk.service.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.SessionResource;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;

/** Rows for the timetable tests, written straight into a real database: resources, sessions, bookings, modules. */
final class ScheduleFixture {
    final Database db;
    final TestData data;

    ScheduleFixture(Database db) {
        this.db = db;
        this.data = new TestData().insertBasics(db.jdbi());
    }

    Cohort cohort(String code, LocalDate start, LocalDate end) {
        Cohort c = data.cohort(code, start, end);
        db.jdbi().useTransaction(h -> Tables.COHORTS.insert(h, c));
        return c;
    }

    Resource resource(ResourceKind kind, String name) {
        Resource r = new Resource(UUID.randomUUID(), kind, name, null, null, null, null, true, null, TestData.NOW, TestData.NOW, 0);
        db.jdbi().useTransaction(h -> Tables.RESOURCES.insert(h, r));
        return r;
    }

    /** A lecture of the cohort at these times, booking the resources. */
    Session session(Cohort cohort, String title, LocalDateTime start, LocalDateTime end, Resource... uses) {
        return session(cohort, null, title, start, end, null, uses);
    }

    Session session(Cohort cohort, UUID moduleId, String title, LocalDateTime start, LocalDateTime end, String location, Resource... uses) {
        Session s = new Session(UUID.randomUUID(), cohort.id(), moduleId, SessionKind.LECTURE, title, start, end, location, null,
                TestData.NOW, TestData.NOW, 0);
        db.jdbi().useTransaction(h -> {
            Tables.SESSIONS.insert(h, s);
            for (Resource r : uses) {
                Tables.SESSION_RESOURCES.insert(h, new SessionResource(UUID.randomUUID(), s.id(), r.id(), TestData.NOW, TestData.NOW, 0));
            }
        });
        return s;
    }

    /** Modules of the fixture's course with these hours, titled in three languages. */
    List<CourseModule> modules(int... hours) {
        List<CourseModule> modules = new java.util.ArrayList<>();
        for (int i = 0; i < hours.length; i++) {
            modules.add(new CourseModule(UUID.randomUUID(), data.course.id(), i + 1, "Chuyên đề " + (i + 1), "Module " + (i + 1),
                    "ບົດຮຽນ " + (i + 1), hours[i], TestData.NOW, TestData.NOW, 0));
        }
        db.jdbi().useTransaction(h -> Tables.COURSE_MODULES.insertAll(h, modules));
        return modules;
    }

    static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }
}
