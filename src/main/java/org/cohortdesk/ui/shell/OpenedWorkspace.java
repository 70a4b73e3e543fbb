package org.cohortdesk.ui.shell;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.service.Workspace;

/**
 * An open workspace with what its first page shows, read on the same worker thread right after
 * opening: whether it is empty (then the welcome page) and otherwise the cohort list. So the
 * window fills without another trip between threads. {@code cohorts} is null when that first read
 * failed; the page then reads again itself and reports the failure.
 */
public record OpenedWorkspace(Workspace workspace, Section firstSection, List<CohortSummary> cohorts) {
    private static final Logger LOG = Logger.getLogger(OpenedWorkspace.class.getName());

    /** Reads the first page's data. On a worker thread. */
    public static OpenedWorkspace of(Workspace workspace) {
        try {
            boolean empty = workspace.services().integrity().isEmpty();
            return new OpenedWorkspace(workspace, empty ? Section.WELCOME : Section.COHORTS,
                    empty ? List.of() : workspace.services().cohorts().summaries());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading the first page failed; the page will try again", e);
            return new OpenedWorkspace(workspace, null, null);
        }
    }
}
