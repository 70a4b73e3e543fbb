package org.cohortdesk.service.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.ExchangeRows;
import org.cohortdesk.store.LegacyH2;

/** One institution of the exchange tests: its database (a real H2 file in its own folder) and services. */
record TestInstitution(Database db, Services services) implements AutoCloseable {
    /** Both institutions' clock: a second later at every reading, so each package is made after the one before. */
    static final Clock CLOCK = new Clock() {
        private final java.util.concurrent.atomic.AtomicLong seconds = new java.util.concurrent.atomic.AtomicLong();

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.parse("2026-11-23T03:00:00Z").plusSeconds(seconds.incrementAndGet());
        }
    };

    static TestInstitution open(Path folder) {
        Database db = Database.open(new DataFolder(folder), LegacyH2.none());
        return new TestInstitution(db, Services.over(db.jdbi(), CLOCK));
    }

    ExchangeService exchange() {
        return services.exchange();
    }

    int update(String sql, Object... args) {
        return db.jdbi().withHandle(h -> {
            var u = h.createUpdate(sql);
            for (int i = 0; i < args.length; i++) {
                u.bind(i, args[i]);
            }
            return u.execute();
        });
    }

    String one(String sql, Object... args) {
        return db.jdbi().withHandle(h -> {
            var q = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                q.bind(i, args[i]);
            }
            return q.mapTo(String.class).one();
        });
    }

    /** Every row of every table an import may touch, as text: equal dumps, equal databases. */
    String dump() {
        return db.jdbi().withHandle(h -> {
            StringBuilder out = new StringBuilder();
            for (String table : concat(ExchangeRows.TABLES, List.of("exchange_bases", "exchange_conflicts", "audit_log"))) {
                String order = table.equals("exchange_bases") ? "peer_id, table_name, row_id" : "id";
                out.append(table).append(h.createQuery("SELECT * FROM " + table + " ORDER BY " + order).mapToMap().list()).append('\n');
            }
            return out.toString();
        });
    }

    @Override
    public void close() {
        db.close();
    }

    /** Opens a copy of the data folder {@code from} made at {@code to}. */
    static TestInstitution copyOf(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals(".lock")) {
                    Files.copy(f, target);
                }
            }
        }
        return TestInstitution.open(to);
    }

    static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
