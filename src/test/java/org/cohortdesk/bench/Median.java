package org.cohortdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Runs work {@code rounds} times and prints the median time: {@code name-median-ms: N (of [all times])}. */
final class Median {
    private Median() {}

    /** The median of {@code rounds} runs of {@code work}, printed; returns the last run's result. */
    static <T> T of(String name, int rounds, Supplier<T> work) {
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
