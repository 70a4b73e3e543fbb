package org.cohortdesk.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.enrollment.TraineeDraft;
import org.cohortdesk.service.enrollment.TraineeField;
import org.junit.jupiter.api.Test;

class TravelPlanTest {
    final UUID cohort = UUID.randomUUID();

    Trainee trainee(String name, String arrival, String flight, String room, String status) {
        return TraineeDraft.blank(cohort).set(TraineeField.NAME_LATIN, name).set(TraineeField.ARRIVAL_ON, arrival)
                .set(TraineeField.ARRIVAL_FLIGHT, flight).set(TraineeField.ROOM, room).set(TraineeField.STATUS, status).read().trainee();
    }

    @Test
    void groupsArrivalsByDayAndFlightAndRoomsInRoomOrderLeavingOutWithdrawn() {
        TravelPlan plan = TravelPlan.of(List.of(
                trainee("Somsak", "03/05/2026", "QV311", "B10", "CONFIRMED"),
                trainee("Bounmy", "03/05/2026", "QV311", "B9", "CONFIRMED"),
                trainee("Vilay", "03/05/2026", "", "B9", "NOMINATED"),
                trainee("Khamla", "02/05/2026", "VN920", "", "CONFIRMED"),
                trainee("Noy", "", "", "", "NOMINATED"),
                trainee("Gone", "02/05/2026", "VN920", "B9", "WITHDRAWN")));

        assertEquals(List.of(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 3)), plan.arrivals().stream().map(TravelPlan.Day::on).toList());
        TravelPlan.Day third = plan.arrivals().get(1);
        assertEquals(3, third.count());
        assertEquals(List.of("QV311", ""), third.flights().stream().map(TravelPlan.Group::name).toList(), "an unknown flight comes last");
        assertEquals(List.of("Bounmy", "Somsak"), names(third.flights().get(0).trainees()));
        assertEquals(List.of("Khamla"), names(plan.arrivals().get(0).flights().get(0).trainees()), "withdrawn trainees are left out");

        assertEquals(List.of("B9", "B10"), plan.rooms().stream().map(TravelPlan.Group::name).toList());
        assertEquals(List.of("Bounmy", "Vilay"), names(plan.rooms().get(0).trainees()));
        assertEquals(List.of("Khamla", "Noy"), names(plan.noRoom()));
        assertEquals(List.of("Noy"), names(plan.unknownArrival()));
        assertEquals(5, plan.unknownDeparture().size());
    }

    private static List<String> names(List<Trainee> trainees) {
        return trainees.stream().map(t -> t.person().nameLatin()).toList();
    }
}
