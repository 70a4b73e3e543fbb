package org.cohortdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.certificate.CertificateService;
import org.cohortdesk.store.DataFolder;

/**
 * Issuing and writing a cohort's certificates in this JVM: the first completed cohort of the data
 * folder without certificates is issued once, then reissued {@code rounds} times (numbers kept); prints the first
 * issue's time, the median of the reissues, and per certificate. The fonts are read before timing.
 *
 * <p>Arguments: {@code DATA_DIR [rounds]}. It writes certificates into the register of DATA_DIR:
 * run it on a copy. See docs/performance.md.
 */
public final class CertificatesBench {
    private CertificatesBench() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path out = Files.createTempDirectory("certificates-bench");
        try (Workspace workspace = Workspace.open(new DataFolder(data), null, Clock.systemDefaultZone())) {
            CertificateService certificates = workspace.services().certificates();
            List<CohortSummary> completed = workspace.services().cohorts().summaries().stream()
                    .filter(s -> s.status() == CohortStatus.COMPLETED && certificates.register(s.code()).isEmpty()).toList();
            String warmUp = completed.get(1).code();
            String code = completed.get(0).code();
            certificates.export(warmUp, true, out.resolve("warm-up"));

            long start = System.nanoTime();
            CertificateService.Written first = certificates.export(code, false, out.resolve("first"));
            long firstMs = (System.nanoTime() - start) / 1_000_000;
            List<Long> again = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                certificates.export(code, true, out.resolve("again"));
                again.add((System.nanoTime() - t) / 1_000_000);
            }
            Collections.sort(again);
            long median = again.get(again.size() / 2);
            System.out.printf("cohort: %s%ncertificates: %d%nfirst-issue-ms: %d%nreissue-median-ms: %d%nper-certificate-ms: %.1f%n", code,
                    first.printed(), firstMs, median, (double) median / Math.max(1, first.printed()));
        }
    }
}
