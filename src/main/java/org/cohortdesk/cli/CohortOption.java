package org.cohortdesk.cli;

import java.io.PrintWriter;
import org.cohortdesk.i18n.Localization;
import picocli.CommandLine.Option;

/** {@code --cohort CODE}, for the commands that work on one cohort. */
final class CohortOption {
    @Option(names = "--cohort", required = true, paramLabel = "CODE", description = "The cohort's code, e.g. LAO-2026-03.")
    String code;

    /** False, with the reason on {@code err}, when the code is blank: a usage error. */
    boolean given(Localization tr, PrintWriter err) {
        if (code.isBlank()) {
            err.println(tr.tr("cli.roster.code_missing"));
            return false;
        }
        return true;
    }
}
