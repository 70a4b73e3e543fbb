package org.cohortdesk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Session;

/** One cohort while the sample is being drawn: the plan first, then its seats, timetable and rows. */
final class DemoCohort {
    /** A place in the cohort: who holds it, whether they withdrew, whether they attend poorly; then its row. */
    static final class Seat {
        final DemoPerson person;
        final boolean withdrawn;
        boolean poorAttendance;
        Enrollment enrollment;

        Seat(DemoPerson person, boolean withdrawn) {
            this.person = person;
            this.withdrawn = withdrawn;
        }
    }

    final UUID id;
    final DemoPartners.Spec partner;
    final int partnerIndex;
    final DemoCourses.Built course;
    final LocalDate startsOn;
    final LocalDate endsOn;
    String code;
    CohortStatus status;
    /** Trainees who stay, nominees who withdrew, and the planned size. */
    int active;
    int withdrawn;
    int plannedSize;
    UUID agreementId;
    String coordinator;
    String funding;
    final List<Seat> seats = new ArrayList<>();
    final List<Session> sessions = new ArrayList<>();

    DemoCohort(UUID id, DemoPartners.Spec partner, int partnerIndex, DemoCourses.Built course, LocalDate startsOn) {
        this.id = id;
        this.partner = partner;
        this.partnerIndex = partnerIndex;
        this.course = course;
        this.startsOn = startsOn;
        this.endsOn = startsOn.plusWeeks(course.spec().weeks()).minusDays(3);
    }

    String country() {
        return partner.country();
    }

    int year() {
        return startsOn.getYear();
    }

    boolean isFinished() {
        return status == CohortStatus.COMPLETED || status == CohortStatus.REPORTED;
    }

    boolean isUpcoming() {
        return status == CohortStatus.PLANNED || status == CohortStatus.CONFIRMED;
    }

    Cohort toRow(UUID partnerId, String venue, Instant now) {
        return new Cohort(id, code, course.course().id(), partnerId, agreementId, startsOn, endsOn, plannedSize, status, venue,
                coordinator, funding, null, now, now, 0);
    }
}
