package org.cohortdesk.service.demo;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;

/** A real database in a folder with the services over it, at a fixed instant. */
final class DemoFixture implements AutoCloseable {
    /** 10:00 on Monday 23 November 2026 at the academy. */
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDateTime ACADEMY_NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    final Database db;
    final Services services;

    DemoFixture(Path folder) {
        this(folder, CLOCK);
    }

    DemoFixture(Path folder, Clock clock) {
        db = TestDatabases.open(folder);
        services = Services.over(db.jdbi(), clock);
    }

    int count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    List<Map<String, Object>> rows(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list());
    }

    <T> List<T> column(String sql, Class<T> type) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(type).list());
    }

    @Override
    public void close() {
        db.close();
    }
}
