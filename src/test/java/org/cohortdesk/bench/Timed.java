package org.cohortdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Runs a piece of work some rounds and prints the median time in milliseconds, with every round's. */
final class Timed {
    private Timed() {}

    /** Prints {@code <name>-median-ms: N (of [..])}; returns the last round's result. */
    static <T> T median(String name, int rounds, Supplier<T> work) {
        List<Long> times = new ArrayList<>();
        T last = null;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            last = work.get();
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(times);
        System.out.printf("%s-median-ms: %d (of %s)%n", name, times.get(times.size() / 2), times);
        return last;
    }
}
