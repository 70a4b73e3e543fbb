package org.cohortdesk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionResource;

/**
 * A whole sample drawn in memory, every row but the attendance marks, which {@link DemoAttendance}
 * makes cohort by cohort while they are written. Each part draws from its own split of the seed,
 * in a fixed order, so the same seed, years and day give the same rows. No holidays: the
 * timetables keep off the public holidays the workspace computes ({@link DemoCalendar}).
 */
final class DemoSample {
    static final String VENUE = DemoNames.nfc("Trụ sở Học viện, Hà Nội");

    final List<Partner> partners;
    final List<Agreement> agreements;
    final List<Course> courses = new ArrayList<>();
    final List<CourseModule> modules = new ArrayList<>();
    final List<Resource> resources;
    final List<DemoCohort> cohorts;
    final List<Cohort> cohortRows = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<Enrollment> enrollments = new ArrayList<>();
    final List<Session> sessions = new ArrayList<>();
    final List<SessionResource> bookings;
    final DemoAttendance attendance;
    final int attendanceCount;

    /**
     * Draws the sample of the {@code years} years ending with the year of {@code academyNow} (the
     * academy's wall-clock time); {@code stamp} is every row's created and updated time.
     */
    DemoSample(int years, long seed, Instant stamp, LocalDateTime academyNow) {
        LocalDate today = academyNow.toLocalDate();
        int lastYear = today.getYear();
        int firstYear = lastYear - years + 1;
        DemoDice root = new DemoDice(seed);
        DemoCalendar calendar = new DemoCalendar(firstYear, lastYear + 1);

        partners = DemoPartners.build(root.split(), stamp);
        List<UUID> partnerIds = partners.stream().map(Partner::id).toList();
        List<DemoCourses.Built> built = DemoCourses.build(root.split(), stamp);
        built.forEach(b -> {
            courses.add(b.course());
            modules.addAll(b.modules());
        });
        DemoStaff staff = new DemoStaff(root.split(), stamp, LocalDate.of(firstYear, 1, 1));
        resources = staff.rows();
        cohorts = new DemoPlan(root.split(), calendar, built, today).plan(firstYear, lastYear);
        agreements = DemoAgreements.build(cohorts, partnerIds, firstYear, lastYear, root.split(), stamp);

        int seats = cohorts.stream().mapToInt(c -> c.active + c.withdrawn).sum();
        DemoPeople drawnPeople = new DemoPeople(root.split(), new DemoIdPool(root.split(), seats));
        DemoRoster roster = new DemoRoster(root.split(), today, stamp);
        roster.seat(cohorts, drawnPeople, years);
        drawnPeople.setPassportExpiries();
        roster.plantPassportProblems(cohorts);
        DemoIdPool enrollmentIds = new DemoIdPool(root.split(), seats);
        int maxSessions = 2 * cohorts.stream().mapToInt(c -> calendar.teachingDays(c.startsOn, c.endsOn, c.country()).size()).sum();
        DemoTimetable timetable = new DemoTimetable(root.split(), calendar, staff, built, stamp, maxSessions);
        for (DemoCohort c : cohorts) {
            roster.enrollments(c, enrollmentIds);
            timetable.build(c);
            cohortRows.add(c.toRow(partnerIds.get(c.partnerIndex), VENUE, stamp));
            c.seats.forEach(s -> enrollments.add(s.enrollment));
            sessions.addAll(c.sessions);
        }
        bookings = timetable.bookings();
        drawnPeople.all().forEach(p -> people.add(p.toRow(partnerIds.get(p.partnerIndex), stamp)));

        attendance = new DemoAttendance(root.split(), cohorts, academyNow, stamp);
        attendanceCount = attendance.count();
    }

    /** Rows to write in all, marks included. */
    long rows() {
        return (long) partners.size() + agreements.size() + courses.size() + modules.size() + resources.size()
                + cohortRows.size() + people.size() + enrollments.size() + sessions.size() + bookings.size() + attendanceCount;
    }

    DemoDataService.Loaded loaded() {
        return new DemoDataService.Loaded(partners.size(), courses.size(), cohortRows.size(), people.size(), enrollments.size(),
                sessions.size(), attendanceCount);
    }
}
