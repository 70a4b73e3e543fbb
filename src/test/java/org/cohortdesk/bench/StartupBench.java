package org.cohortdesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Start-up benchmark: runs the bare JavaFX window and Cohort Desk's {@code --measure-startup}
 * alternately, {@code runs} times each, and prints the medians and their ratio (the budget is 1.5).
 * Run under a display (for example {@code xvfb-run -a}); see docs/performance.md for the command.
 *
 * <p>Arguments: {@code DATA_DIR [runs]}. Needs {@code target/cohortdesk.jar} and {@code target/lib}.
 */
public final class StartupBench {
    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String appJar = Path.of("target", "cohortdesk.jar").toString();
        String baselineCp = String.join(File.pathSeparator, Path.of("target", "test-classes").toString(), Path.of("target", "lib", "*").toString());
        List<Long> bare = new ArrayList<>();
        List<Long> app = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            long b = measure(java, "-cp", baselineCp, BareWindow.class.getName());
            long a = measure(java, "-jar", appJar, "--measure-startup", "--data", data.toString());
            if (i > 0) { // the first round warms the file cache
                bare.add(b);
                app.add(a);
            }
        }
        long mb = median(bare);
        long ma = median(app);
        System.out.printf("runs: %d%nbare-window-median-ms: %d%ncohortdesk-median-ms: %d%nratio: %.2f%n", runs, mb, ma, (double) ma / mb);
    }

    static long measure(String... command) throws IOException, InterruptedException {
        return measureWith("", command);
    }

    /** One start with {@code jvmOptions} (if any) added through JAVA_TOOL_OPTIONS, for launchers that take no JVM options. */
    static long measureWith(String jvmOptions, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (!jvmOptions.isEmpty()) {
            builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        }
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue() + ": " + out);
        }
        return out.lines().filter(l -> l.startsWith("startup-ms: ")).map(l -> Long.parseLong(l.substring(12).strip()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no startup-ms in: " + out));
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
