package org.cohortdesk.ui.people;

/** Two records that are likely one person, each with its cohorts, and why they look alike, in words. */
public record DuplicateRow(PersonRow first, PersonRow second, String reason) {}
