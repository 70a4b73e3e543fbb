package org.cohortdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.export.ExportService;
import org.cohortdesk.service.spreadsheet.SpreadsheetFormat;
import org.cohortdesk.service.spreadsheet.Table;
import org.cohortdesk.store.DataFolder;

/**
 * {@code export people} on a large dataset, against LibreOffice converting the same rows from CSV
 * to XLSX (the budget: the whole command at most half LibreOffice's time). Runs, {@code rounds}
 * times and alternately, the whole command in a fresh JVM ({@code java -jar target/cohortdesk.jar
 * export people --format xlsx}), the same with the options an installed command-line launcher
 * would pass (an AppCDS archive made by a first run, C1 only, the serial collector), and {@code
 * libreoffice --headless --convert-to xlsx} of the CSV the command writes; prints each one's median. Then, in this JVM, where the command's time goes:
 * opening the workspace, reading everyone, writing each format.
 *
 * <p>Arguments: {@code DATA_DIR [rounds]}; run from the project folder after {@code mvn package}.
 * See docs/performance.md.
 */
public final class ExportBench {
    private ExportBench() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        String data = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("export-bench");
        Path csv = dir.resolve("people.csv");
        run(List.of("java", "-jar", "target/cohortdesk.jar", "export", "people", "--out", csv.toString(), "--data", data));
        List<String> export = List.of("-jar", "target/cohortdesk.jar", "export", "people", "--format", "xlsx",
                "--out", dir.resolve("people.xlsx").toString(), "--data", data);
        Path archive = dir.resolve("cli.jsa");
        run(concat(List.of("java", "-XX:ArchiveClassesAtExit=" + archive), export));
        List<String> launcher = List.of("java", "-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        List<Long> command = new ArrayList<>();
        List<Long> tuned = new ArrayList<>();
        List<Long> office = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            command.add(run(concat(List.of("java"), export)));
            tuned.add(run(concat(launcher, export)));
            office.add(run(List.of("libreoffice", "--headless", "--convert-to", "xlsx", "--outdir", dir.resolve("lo").toString(), csv.toString())));
        }
        System.out.printf("rows: %d%ncommand-median-ms: %d%nlauncher-options-median-ms: %d%nlibreoffice-median-ms: %d%n"
                + "ratio: %.2f%nratio-launcher-options: %.2f%n", Files.readAllLines(csv).size() - 1, median(command), median(tuned), median(office),
                (double) median(command) / median(office), (double) median(tuned) / median(office));

        long start = System.nanoTime();
        try (Workspace workspace = Workspace.open(new DataFolder(Path.of(data)), null, Clock.systemDefaultZone())) {
            System.out.printf("open-workspace-ms: %d%n", ms(start));
            ExportService exports = workspace.services().exports();
            Localization tr = new Localization(Language.VI);
            for (int i = 0; i < 3; i++) {
                Table table = timed("read-everyone", () -> exports.people(tr));
                for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
                    Path file = dir.resolve("in-process." + format.extension());
                    timed("write-" + format.extension(), () -> {
                        exports.write(table, format, file);
                        return file;
                    });
                }
            }
        }
    }

    private static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("%s-ms: %d%n", what, ms(start));
        return result;
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static long run(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue());
        }
        return ms(start);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
