package org.cohortdesk.service.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;

/**
 * Times the reference dataset: loads {@code years} (default 10) years of sample data into a new
 * data folder and prints the seconds taken, the counts and the integrity check. Not a test (the
 * name keeps surefire away); run it by hand:
 *
 * <pre>{@code
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.cohortdesk.service.demo.DemoDataBench [years] [seed] [dir]
 * }</pre>
 */
public final class DemoDataBench {
    private DemoDataBench() {}

    public static void main(String[] args) throws Exception {
        int years = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("cohortdesk-demo-bench");
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(new DataFolder(dir), LegacyH2.none())) {
            Services services = Services.over(db.jdbi(), clock);
            long started = System.nanoTime();
            String[] step = {""};
            DemoDataService.Loaded loaded = services.demo().load(years, seed, p -> {
                if (!p.stepKey().equals(step[0])) {
                    step[0] = p.stepKey();
                    System.out.printf("%6.1f s  %3.0f%%  %s%n", (System.nanoTime() - started) / 1e9, p.fraction() * 100, p.stepKey());
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("years: %d%nseed: %d%nseconds: %.1f%nheap-used-mb: %d%n", years, seed, seconds,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
            System.out.println("loaded: " + loaded);
            services.integrity().counts().forEach((k, v) -> System.out.println(k + ": " + v));
            System.out.println("integrity problems: " + services.integrity().check().size());
        }
        System.out.println("data folder: " + dir);
    }
}
