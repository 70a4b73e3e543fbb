package org.cohortdesk.service.demo;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The seeded source of every choice the sample makes. Each part of the sample draws from its own
 * {@link #split() split}, so the same seed gives the same data, part by part.
 */
final class DemoDice {
    private final SplittableRandom random;

    DemoDice(long seed) {
        this(new SplittableRandom(seed));
    }

    private DemoDice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent generator for one part of the sample. */
    DemoDice split() {
        return new DemoDice(random.split());
    }

    /** From {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double uniform(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** {@code digits} decimal digits, leading zeros kept. */
    String digits(int digits) {
        StringBuilder out = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    /** A version-4 (random) UUID drawn from this generator. */
    UUID uuid() {
        long msb = (random.nextLong() & 0xFFFF_FFFF_FFFF_0FFFL) | 0x0000_0000_0000_4000L;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
