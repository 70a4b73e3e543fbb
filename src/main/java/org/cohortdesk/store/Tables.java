package org.cohortdesk.store;

import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.AuditEntry;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Holiday;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionResource;
import org.cohortdesk.model.StudyVisit;

/** The tables of the vocabulary, each tied to its model record. */
public final class Tables {
    public static final RecordTable<Partner> PARTNERS = new RecordTable<>("partners", Partner.class);
    public static final RecordTable<Agreement> AGREEMENTS = new RecordTable<>("agreements", Agreement.class);
    public static final RecordTable<Course> COURSES = new RecordTable<>("courses", Course.class);
    public static final RecordTable<CourseModule> COURSE_MODULES = new RecordTable<>("course_modules", CourseModule.class);
    public static final RecordTable<Cohort> COHORTS = new RecordTable<>("cohorts", Cohort.class);
    public static final RecordTable<Person> PEOPLE = new RecordTable<>("people", Person.class);
    public static final RecordTable<Enrollment> ENROLLMENTS = new RecordTable<>("enrollments", Enrollment.class);
    public static final RecordTable<Session> SESSIONS = new RecordTable<>("sessions", Session.class);
    public static final RecordTable<Resource> RESOURCES = new RecordTable<>("resources", Resource.class);
    public static final RecordTable<SessionResource> SESSION_RESOURCES = new RecordTable<>("session_resources", SessionResource.class);
    public static final RecordTable<StudyVisit> STUDY_VISITS = new RecordTable<>("study_visits", StudyVisit.class);
    public static final RecordTable<Attendance> ATTENDANCE = new RecordTable<>("attendance", Attendance.class);
    public static final RecordTable<Holiday> HOLIDAYS = new RecordTable<>("holidays", Holiday.class);
    public static final RecordTable<AuditEntry> AUDIT_LOG = new RecordTable<>("audit_log", AuditEntry.class);

    private Tables() {}
}
