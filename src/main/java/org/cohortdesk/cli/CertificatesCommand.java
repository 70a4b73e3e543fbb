package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.certificate.CertificateService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export certificates}: the certificates of a completed cohort, numbered from the register, as PDF files. */
@Command(name = "certificates", mixinStandardHelpOptions = true,
        description = {"A PDF certificate (A4 landscape) for each trainee who completed the cohort, in Vietnamese and the course's second",
            "language (Lao or English), with a number from the register (2026/0001: year of issue, then the place in that year);",
            "a number is never given twice. One PDF per trainee, named by the Latin name and the number, and one PDF of them all.",
            "A trainee who already has a certificate is left out, unless --reissue: then it is printed again with the same number,",
            "marked reissued with the day. Each trainee left out gets a line on stderr.",
            "Exit 0 when a certificate was written; 1 for an unknown cohort, a cohort not completed, no trainee to print,",
            "or a folder that cannot be written; 2 for a usage error."})
final class CertificatesCommand extends WorkspaceCommand {
    @Mixin
    CohortOption cohort;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (made when missing); files of the same name are replaced.")
    Path out;

    @Option(names = "--reissue", description = "Print again the certificates already issued (same number, marked reissued).")
    boolean reissue;

    @Override
    int run(Workspace workspace, Localization tr, PrintWriter stdout, PrintWriter err) {
        if (!cohort.given(tr, err)) {
            return 2;
        }
        try {
            CertificateService.Written written = workspace.services().certificates().export(cohort.code, reissue, out);
            for (Problem refused : written.refused()) {
                err.println(tr.tr(refused));
            }
            if (written.printed() == 0) {
                err.println(tr.tr("certificate.none", cohort.code.strip()));
                return 1;
            }
            stdout.println(tr.tr("certificate.done", written.printed(), written.issued(), written.reissued(), out.toAbsolutePath(),
                    written.combined()));
            stdout.println(tr.tr(written.hoursFrom() == CertificateService.HoursFrom.MODULES ? "certificate.hours.modules"
                    : "certificate.hours.sessions", written.hours()));
            return 0;
        } catch (ProblemException refused) {
            err.println(tr.tr(refused.problem()));
            return 1;
        }
    }
}
