package org.cohortdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V3 on a database of version 2: its courses print their certificates in Lao, and the register starts empty. */
class CertificateMigrationTest {
    @TempDir
    Path dir;

    @Test
    void givesTheCoursesOfAnOlderDatabaseLaoAsTheSecondLanguage() {
        DataFolder folder = new DataFolder(dir);
        TestData data = new TestData();
        try (Database db = Database.open(folder, LegacyH2.none(), Migrations.of(Migrations.bundled().scripts().subList(0, 2)))) {
            data.insertBasics(db.jdbi());
        }
        try (Database db = Database.open(folder, LegacyH2.none())) {
            assertEquals(List.of("LO"), db.jdbi().withHandle(h -> h.createQuery("SELECT certificate_language FROM courses").mapTo(String.class).list()));
            int held = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM certificates").mapTo(Integer.class).one());
            assertEquals(0, held);
            assertEquals(data.course, db.jdbi().withHandle(h -> Tables.COURSES.find(h, data.course.id())).orElseThrow(),
                    "the course record reads as before");
        }
    }
}
