package org.cohortdesk.service.roster;

/** A cohort's page in one read: the names its header shows and its roster. */
public record CohortDetail(CohortHeader header, RosterService.Roster roster) {}
