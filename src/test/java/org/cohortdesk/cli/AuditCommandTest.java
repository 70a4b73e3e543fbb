package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.cli.CommandLineTest.Result;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Person;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.person.PeopleFixture;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit --person ID | --cohort CODE}: the log as tab-separated lines, in the chosen language; exactly one of the two. */
class AuditCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsThePersonsAndTheCohortsHistory() {
        Person p;
        try (Workspace w = Workspace.open(new DataFolder(dir), null, Clock.systemUTC())) {
            TestData data = new TestData().insertBasics(w.database().jdbi());
            Cohort c = w.services().cohorts().create(data.cohort("LAO-2026-07", LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 28)));
            p = w.services().people().create(PeopleFixture.person("Vilay Inthavong", null, LocalDate.of(1985, 2, 1), null, null, "MoHA"));
            w.services().enrollments().enroll(c.id(), p.id());
        }
        Result person = run("audit", "--person", p.id().toString(), "--data", dir.toString(), "--lang", "lo");
        assertEquals(0, person.code(), person.err());
        List<String> lines = person.lines();
        assertEquals("when\twho\taction\tentity\ttrainee\twhat", lines.get(0));
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(1).endsWith("\t" + System.getProperty("user.name") + "\tCREATE\tenrollment\tVilay Inthavong\tລົງທະບຽນເຂົ້າຮຸ່ນ LAO-2026-07"),
                lines.get(1));

        Result cohort = run("audit", "--cohort", "LAO-2026-07", "--data", dir.toString(), "--lang", "en");
        assertEquals(3, cohort.lines().size(), cohort.out());
        assertTrue(cohort.lines().get(2).endsWith("\tCREATE\tcohort\t\tLAO-2026-07"), cohort.lines().get(2));

        assertEquals(1, run("audit", "--cohort", "NONE-1", "--data", dir.toString()).code());
        assertEquals(2, run("audit", "--data", dir.toString()).code(), "--person or --cohort is required");
    }
}
