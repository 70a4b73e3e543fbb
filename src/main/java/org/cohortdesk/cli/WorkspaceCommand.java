package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the open workspace: opens it, runs, closes it, returns the exit code. */
abstract class WorkspaceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        CohortDeskCommand root = (CohortDeskCommand) spec.root().userObject();
        Localization tr = root.localization();
        try (Workspace workspace = root.openWorkspace()) {
            return run(workspace, tr, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    /** Runs with the workspace open; prints results to {@code out}, problems to {@code err}; returns the exit code. */
    abstract int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err);
}
