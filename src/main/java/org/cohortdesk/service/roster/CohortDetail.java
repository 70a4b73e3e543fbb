package org.cohortdesk.service.roster;

import java.util.Map;
import java.util.UUID;
import org.cohortdesk.model.rules.Completion;

/**
 * A cohort's page in one read: the names its header shows, its roster, and each trainee's
 * attendance to date under the course's completion rule, by enrollment.
 */
public record CohortDetail(CohortHeader header, RosterService.Roster roster, Map<UUID, Completion.Tally> attendance) {
    public CohortDetail {
        attendance = Map.copyOf(attendance);
    }
}
