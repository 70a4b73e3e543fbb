package org.cohortdesk.service.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

/**
 * Random version-4 UUIDs for one large table, drawn up front and handed out in ascending order (as
 * H2 and PostgreSQL compare them: unsigned, most significant half first). The ids are as random as
 * any, but rows written in the order they were made append to the primary key's B-tree instead of
 * landing all over it, which makes the 10-year sample about twice as quick to write.
 */
final class DemoIdPool {
    private static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private final UUID[] ids;
    private int next;

    /** At most {@code capacity} ids; an upper bound is enough, the rest go unused. */
    DemoIdPool(DemoDice dice, int capacity) {
        ids = new UUID[capacity];
        for (int i = 0; i < capacity; i++) {
            ids[i] = dice.uuid();
        }
        Arrays.sort(ids, UNSIGNED);
    }

    UUID next() {
        if (next == ids.length) {
            throw new IllegalStateException("id pool of " + ids.length + " exhausted");
        }
        return ids[next++];
    }
}
