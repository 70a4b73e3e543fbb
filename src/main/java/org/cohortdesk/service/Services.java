package org.cohortdesk.service;

import java.time.Clock;
import org.cohortdesk.service.agreement.AgreementService;
import org.cohortdesk.service.attendance.AttendanceService;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.certificate.CertificateService;
import org.cohortdesk.service.audit.AuditLog;
import org.cohortdesk.service.cohort.CohortService;
import org.cohortdesk.service.course.CourseService;
import org.cohortdesk.service.demo.DemoDataService;
import org.cohortdesk.service.enrollment.EnrollmentService;
import org.cohortdesk.service.exchange.ExchangeService;
import org.cohortdesk.service.export.ExportService;
import org.cohortdesk.service.export.SignInSheets;
import org.cohortdesk.service.export.Timetables;
import org.cohortdesk.service.holiday.HolidayService;
import org.cohortdesk.service.institution.InstitutionService;
import org.cohortdesk.service.integrity.IntegrityService;
import org.cohortdesk.service.partner.PartnerService;
import org.cohortdesk.service.person.PeopleDirectory;
import org.cohortdesk.service.person.PersonHistory;
import org.cohortdesk.service.person.PersonMerge;
import org.cohortdesk.service.person.PersonService;
import org.cohortdesk.service.report.ReportService;
import org.cohortdesk.service.roster.RosterPaste;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.service.schedule.Conflicts;
import org.cohortdesk.service.schedule.DaysOff;
import org.cohortdesk.service.schedule.HolidayDaysOff;
import org.cohortdesk.service.schedule.IcsExport;
import org.cohortdesk.service.schedule.TimetableProposals;
import org.cohortdesk.service.session.SessionService;
import org.jdbi.v3.core.Jdbi;

/** The services over one open database, wired by hand. The window and the command line both use this. */
public record Services(
        CohortService cohorts,
        PartnerService partners,
        AgreementService agreements,
        ReportService reports,
        CourseService courses,
        PersonService people,
        PeopleDirectory directory,
        PersonHistory histories,
        PersonMerge merges,
        RosterService rosters,
        RosterPaste pastes,
        EnrollmentService enrollments,
        IntegrityService integrity,
        DemoDataService demo,
        ExportService exports,
        SignInSheets signIns,
        AttendanceService attendance,
        HolidayService holidays,
        Conflicts conflicts,
        IcsExport calendars,
        TimetableProposals timetables,
        Timetables weeklyTimetables,
        SessionService sessions,
        CertificateService certificates,
        ExchangeService exchange,
        InstitutionService institution,
        AuditLog auditLog) {

    public static Services over(Jdbi jdbi, Clock clock) {
        Audit audit = Audit.forCurrentUser(clock);
        PersonService people = new PersonService(jdbi, audit, clock);
        RosterService rosters = new RosterService(jdbi, clock);
        PeopleDirectory directory = new PeopleDirectory(jdbi);
        CohortService cohorts = new CohortService(jdbi, audit, clock);
        HolidayService holidays = new HolidayService(jdbi, audit, clock);
        AgreementService agreements = new AgreementService(jdbi, audit, clock);
        DaysOff daysOff = new HolidayDaysOff(holidays);
        return new Services(
                cohorts,
                new PartnerService(jdbi, audit, clock),
                agreements,
                new ReportService(jdbi, agreements, clock),
                new CourseService(jdbi, audit, clock),
                people,
                directory,
                new PersonHistory(jdbi),
                new PersonMerge(jdbi, audit, clock),
                rosters,
                new RosterPaste(jdbi, audit, clock),
                new EnrollmentService(jdbi, people, audit, clock),
                new IntegrityService(jdbi),
                new DemoDataService(jdbi, audit, clock),
                new ExportService(rosters, directory, cohorts::summaries),
                new SignInSheets(jdbi, rosters),
                new AttendanceService(jdbi, rosters, audit, clock),
                holidays,
                new Conflicts(jdbi, daysOff),
                new IcsExport(jdbi, clock),
                new TimetableProposals(jdbi, daysOff, audit, clock),
                new Timetables(jdbi, rosters),
                new SessionService(jdbi, audit, clock),
                new CertificateService(jdbi, audit, clock),
                new ExchangeService(jdbi, audit, clock),
                new InstitutionService(jdbi, audit, clock),
                new AuditLog(jdbi));
    }
}
