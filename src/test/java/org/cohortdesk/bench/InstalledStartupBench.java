package org.cohortdesk.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up of the installed app (issue 8): the bare JavaFX window, then the installed launcher's
 * {@code --measure-startup} as installed (its AppCDS archive, C1, SerialGC) and with no class
 * sharing at all ({@code -Xshare:off}: the Linux package ships no other archive); round after round, and
 * prints each median and its ratio to the bare window. Run under a display (for example
 * {@code xvfb-run -a}) after installing the package; see docs/performance.md for the command.
 *
 * <p>Arguments: {@code LAUNCHER DATA_DIR [runs]}, for example {@code /opt/cohortdesk/bin/cohortdesk
 * /tmp/cd10 5}. The bare window needs {@code target/test-classes} and {@code target/lib}.
 */
public final class InstalledStartupBench {
    private InstalledStartupBench() {}

    public static void main(String[] args) throws Exception {
        String launcher = args[0];
        String data = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String baselineCp = String.join(File.pathSeparator, Path.of("target", "test-classes").toString(), Path.of("target", "lib", "*").toString());
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("installed (app archive)", "");
        variants.put("no class sharing", "-Xshare:off");
        Map<String, List<Long>> times = new LinkedHashMap<>();
        times.put("bare window", new ArrayList<>());
        variants.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        for (int i = 0; i < runs + 1; i++) {
            long bare = StartupBench.measure(java, "-cp", baselineCp, BareWindow.class.getName());
            Map<String, Long> round = new LinkedHashMap<>();
            for (Map.Entry<String, String> variant : variants.entrySet()) {
                round.put(variant.getKey(), StartupBench.measureWith(variant.getValue(), launcher, "--measure-startup", "--data", data));
            }
            if (i > 0) { // the first round warms the file cache
                times.get("bare window").add(bare);
                round.forEach((name, ms) -> times.get(name).add(ms));
            }
        }
        long bareMedian = StartupBench.median(times.get("bare window"));
        System.out.printf("runs: %d%n", runs);
        times.forEach((name, values) -> System.out.printf("%s: median %d ms, ratio %.2f, runs %s%n", name,
                StartupBench.median(values), (double) StartupBench.median(values) / bareMedian, values));
    }
}
