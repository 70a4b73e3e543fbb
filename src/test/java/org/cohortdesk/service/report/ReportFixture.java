package org.cohortdesk.service.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.AgreementKind;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Field;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.Sex;
import org.cohortdesk.store.Tables;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A small workspace whose figures are counted by hand: two partners (Laos, Cambodia), two fields,
 * five cohorts (one cancelled, one running), seven people, trainees of every status, attendance
 * marks before and after "now" (23 November 2026, 03:00 UTC), two annual plans.
 *
 * <pre>
 * 2025  A  LAO-2025-01 MoHA  state organisation  completed  p1 F Vientiane COMPLETED, p2 M Vientiane COMPLETED,
 *                                                          p3 F Champasak ARRIVED, p4 M (no province) WITHDRAWN, p7 F Vientiane CONFIRMED
 *       C  KH-2025-01  MCS   archives            reported   p5 M Phnom Penh COMPLETED, p6 (no sex) Savannakhet COMPLETED, p1 COMPLETED
 *       D  LAO-2025-03 MoHA  state organisation  cancelled  p2 ARRIVED
 * 2026  B  LAO-2025-02 MoHA  archives (Nov 2025 to Jan 2026) completed  p2 COMPLETED, p3 COMPLETED
 *       E  LAO-2026-05 MoHA  state organisation  running    p7 ARRIVED, p4 ARRIVED
 * marks  A: p1 P P, p2 L A, p3 E -, p4 P P (withdrawn); E: p7 P, P (session not ended), p4 A
 * plans  2025 MoHA: 3 cohorts, 60 trainees planned; A and D under it. 2026 MoHA: 2 and 40; E under it.
 * </pre>
 */
public final class ReportFixture {
    public static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    public static final String MOHA = "Ministry of Home Affairs";
    public static final String MCS = "Ministry of Civil Service";

    private ReportFixture() {}

    /** Writes the workspace into {@code jdbi}'s database, in one transaction. */
    public static void insert(Jdbi jdbi) {
        jdbi.useTransaction(ReportFixture::insert);
    }

    private static void insert(Handle h) {
        Partner moha = new Partner(UUID.randomUUID(), MOHA, "ກະຊວງພາຍໃນ", "MoHA", "LA", PartnerKind.MINISTRY, null, NOW, NOW, 0);
        Partner mcs = new Partner(UUID.randomUUID(), MCS, null, "MCS", "KH", PartnerKind.MINISTRY, null, NOW, NOW, 0);
        Tables.PARTNERS.insert(h, moha);
        Tables.PARTNERS.insert(h, mcs);
        Course organisation = new Course(UUID.randomUUID(), "QLNN-01", "Quản lý nhà nước về tổ chức bộ máy", "State organisation",
                "ການຄຸ້ມຄອງລັດ", Field.STATE_ORGANISATION, 6, 80, null, NOW, NOW, 0);
        Course archives = new Course(UUID.randomUUID(), "VTLT-01", "Nghiệp vụ văn thư, lưu trữ", "Archives and records",
                "ວຽກງານເອກະສານ", Field.ARCHIVES_AND_RECORDS, 4, 80, null, NOW, NOW, 0);
        Tables.COURSES.insert(h, organisation);
        Tables.COURSES.insert(h, archives);
        Agreement plan2025 = plan(moha, 2025, 3, 60);
        Agreement plan2026 = plan(moha, 2026, 2, 40);
        Tables.AGREEMENTS.insert(h, plan2025);
        Tables.AGREEMENTS.insert(h, plan2026);

        Cohort a = cohort(h, "LAO-2025-01", organisation, moha, plan2025, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 4, 24), CohortStatus.COMPLETED);
        Cohort c = cohort(h, "KH-2025-01", archives, mcs, null, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), CohortStatus.REPORTED);
        Cohort d = cohort(h, "LAO-2025-03", organisation, moha, plan2025, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 10),
                CohortStatus.CANCELLED);
        Cohort b = cohort(h, "LAO-2025-02", archives, moha, null, LocalDate.of(2025, 11, 3), LocalDate.of(2026, 1, 16), CohortStatus.COMPLETED);
        Cohort e = cohort(h, "LAO-2026-05", organisation, moha, plan2026, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 18),
                CohortStatus.IN_PROGRESS);

        Person p1 = person(h, "ແສງດາວ", "SENGDAO", Sex.F, "Vientiane", moha);
        Person p2 = person(h, "ບຸນມີ", "BOUNMY", Sex.M, "Vientiane", moha);
        Person p3 = person(h, "ນ້ຳຝົນ", "NAMFON", Sex.F, "Champasak", moha);
        Person p4 = person(h, "ສົມພອນ", "SOMPHONE", Sex.M, null, moha);
        Person p5 = person(h, null, "SOK DARA", Sex.M, "Phnom Penh", mcs);
        Person p6 = person(h, "ຄຳແພງ", "KHAMPHENG", null, "Savannakhet", moha);
        Person p7 = person(h, "ມະນີວອນ", "MANIVONE", Sex.F, "Vientiane", moha);

        Enrollment a1 = enroll(h, a, p1, EnrollmentStatus.COMPLETED);
        Enrollment a2 = enroll(h, a, p2, EnrollmentStatus.COMPLETED);
        Enrollment a3 = enroll(h, a, p3, EnrollmentStatus.ARRIVED);
        Enrollment a4 = enroll(h, a, p4, EnrollmentStatus.WITHDRAWN);
        enroll(h, a, p7, EnrollmentStatus.CONFIRMED);
        enroll(h, c, p5, EnrollmentStatus.COMPLETED);
        enroll(h, c, p6, EnrollmentStatus.COMPLETED);
        enroll(h, c, p1, EnrollmentStatus.COMPLETED);
        enroll(h, d, p2, EnrollmentStatus.ARRIVED);
        enroll(h, b, p2, EnrollmentStatus.COMPLETED);
        enroll(h, b, p3, EnrollmentStatus.COMPLETED);
        Enrollment e7 = enroll(h, e, p7, EnrollmentStatus.ARRIVED);
        Enrollment e4 = enroll(h, e, p4, EnrollmentStatus.ARRIVED);

        Session s1 = session(h, a, LocalDateTime.of(2025, 3, 3, 8, 0));
        Session s2 = session(h, a, LocalDateTime.of(2025, 3, 4, 8, 0));
        Session s3 = session(h, e, LocalDateTime.of(2026, 11, 3, 8, 0));
        Session s4 = session(h, e, LocalDateTime.of(2026, 12, 1, 8, 0));
        mark(h, a1, s1, Mark.PRESENT);
        mark(h, a1, s2, Mark.PRESENT);
        mark(h, a2, s1, Mark.LATE);
        mark(h, a2, s2, Mark.ABSENT);
        mark(h, a3, s1, Mark.EXCUSED);
        mark(h, a4, s1, Mark.PRESENT);
        mark(h, a4, s2, Mark.PRESENT);
        mark(h, e7, s3, Mark.PRESENT);
        mark(h, e7, s4, Mark.PRESENT);
        mark(h, e4, s3, Mark.ABSENT);
    }

    private static Agreement plan(Partner partner, int year, int cohorts, int trainees) {
        return new Agreement(UUID.randomUUID(), partner.id(), null, AgreementKind.ANNUAL_PLAN, "Annual plan " + year, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), cohorts, trainees, null, NOW, NOW, 0);
    }

    private static Cohort cohort(Handle h, String code, Course course, Partner partner, Agreement agreement, LocalDate start, LocalDate end,
            CohortStatus status) {
        Cohort cohort = new Cohort(UUID.randomUUID(), code, course.id(), partner.id(), agreement == null ? null : agreement.id(), start, end,
                20, status, null, null, null, null, NOW, NOW, 0);
        Tables.COHORTS.insert(h, cohort);
        return cohort;
    }

    private static Person person(Handle h, String local, String latin, Sex sex, String province, Partner partner) {
        Person p = new Person(UUID.randomUUID(), local, latin, sex, LocalDate.of(1985, 5, 5), partner.country(), null, null, partner.id(),
                province, null, null, null, null, null, null, null, null, NOW, NOW, 0);
        Tables.PEOPLE.insert(h, p);
        return p;
    }

    private static Enrollment enroll(Handle h, Cohort cohort, Person person, EnrollmentStatus status) {
        Enrollment e = new Enrollment(UUID.randomUUID(), cohort.id(), person.id(), status, null, null, null, null, null, null, null,
                status == EnrollmentStatus.WITHDRAWN ? cohort.startsOn() : null, null, null, NOW, NOW, 0);
        Tables.ENROLLMENTS.insert(h, e);
        return e;
    }

    private static Session session(Handle h, Cohort cohort, LocalDateTime start) {
        Session s = new Session(UUID.randomUUID(), cohort.id(), null, SessionKind.LECTURE, "Lecture", start, start.plusHours(3).plusMinutes(30),
                null, null, NOW, NOW, 0);
        Tables.SESSIONS.insert(h, s);
        return s;
    }

    private static void mark(Handle h, Enrollment e, Session s, Mark mark) {
        Tables.ATTENDANCE.insert(h, new Attendance(UUID.randomUUID(), e.id(), s.id(), mark, null, NOW, NOW, 0));
    }
}
