package org.cohortdesk.ui.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.exchange.ExchangeService;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.TestData;
import org.cohortdesk.ui.common.Fonts;
import org.testfx.api.FxToolkit;

/**
 * The academy and a partner institution for the window's tests, each a real H2 file under
 * {@code dir}: the academy holds a cohort with one trainee; the partner starts empty. Starts the
 * JavaFX toolkit once.
 */
final class TwoInstitutions implements AutoCloseable {
    static {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
        Fonts.loadBundled();
    }

    final Database academyDb;
    final Database partnerDb;
    final UUID person;

    TwoInstitutions(Path dir, String code, String trainee, String phone, String email) {
        academyDb = Database.open(new DataFolder(dir.resolve("academy")), LegacyH2.none());
        partnerDb = Database.open(new DataFolder(dir.resolve("partner")), LegacyH2.none());
        TestData data = new TestData().insertBasics(academyDb.jdbi());
        person = data.insertCohortWithTrainee(academyDb.jdbi(), data.cohort(code, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 28)),
                trainee, phone, email);
    }

    ExchangeService academy() {
        return Services.over(academyDb.jdbi(), Clock.systemUTC()).exchange();
    }

    ExchangeService partner() {
        return Services.over(partnerDb.jdbi(), Clock.systemUTC()).exchange();
    }

    /** Changes the trainee's phone and e-mail at one institution, as an edit there would. */
    void edit(Database db, String phone, String email) {
        db.jdbi().useHandle(h -> h.execute("UPDATE people SET phone = ?, email = ?, version = version + 1 WHERE id = ?", phone, email, person));
    }

    String stored(Database db, String column) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM people WHERE id = :id").bind("id", person)
                .mapTo(String.class).one());
    }

    @Override
    public void close() {
        academyDb.close();
        partnerDb.close();
    }
}
