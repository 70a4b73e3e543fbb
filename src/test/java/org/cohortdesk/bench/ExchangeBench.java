package org.cohortdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.exchange.ExchangeService;
import org.cohortdesk.store.DataFolder;

/**
 * Exchange packages on a large dataset, in this JVM: exporting the cohort with the most attendance
 * marks, importing that package into an empty workspace (a new one each round, opened beforehand), importing it again
 * (nothing changes), and the partner's package back into the large workspace; prints each one's
 * median. Arguments: {@code DATA_DIR WORK_DIR [rounds]} (DATA_DIR gets this institution's id on the
 * first export: use a copy); run from the project folder after {@code mvn package}. See docs/performance.md.
 */
public final class ExchangeBench {
    private ExchangeBench() {}

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        try (Workspace academy = Workspace.open(new DataFolder(data), null, Clock.systemDefaultZone())) {
            String code = academy.database().jdbi().withHandle(h -> h.createQuery("SELECT c.code FROM cohorts c JOIN enrollments e ON e.cohort_id = c.id"
                    + " JOIN attendance a ON a.enrollment_id = e.id GROUP BY c.code ORDER BY COUNT(*) DESC, c.code LIMIT 1").mapTo(String.class).one());
            Path file = work.resolve(code + ".cohortdesk");
            ExchangeService.Exported exported = Median.of("export", rounds, () -> academy.services().exchange().export(code, file));
            System.out.printf("cohort: %s, rows: %d, package-bytes: %d%n", code, exported.rows(), Files.size(file));
            List<Workspace> partners = new ArrayList<>();
            try {
                for (int i = 0; i < rounds; i++) {
                    partners.add(Workspace.open(new DataFolder(work.resolve("partner-" + i)), null, Clock.systemDefaultZone()));
                }
                int[] round = {0};
                Median.of("import-into-empty", rounds, () -> partners.get(round[0]++).services().exchange().importPackage(file, false));
                Workspace partner = partners.get(0);
                ExchangeService.Imported again = Median.of("import-again", rounds, () -> partner.services().exchange().importPackage(file, false));
                System.out.printf("again: added %d, updated %d, unchanged %d%n", again.added(), again.updated(), again.unchanged());
                Path back = work.resolve(code + "-back.cohortdesk");
                partner.services().exchange().export(code, back);
                ExchangeService.Imported returned = Median.of("import-back-into-large", rounds, () -> academy.services().exchange().importPackage(back, false));
                System.out.printf("back: added %d, updated %d, unchanged %d, conflicts %d%n", returned.added(), returned.updated(),
                        returned.unchanged(), returned.conflicts().size());
            } finally {
                partners.forEach(Workspace::close);
            }
        }
    }
}
