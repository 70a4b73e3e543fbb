package org.cohortdesk.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.AgreementKind;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortHeaderTest {
    @TempDir
    Path dir;

    @Test
    void namesTheCourseInEachLanguageThePartnerAndTheAgreement() {
        try (Database db = TestDatabases.open(dir)) {
            TestData data = new TestData().insertBasics(db.jdbi());
            Agreement plan = new Agreement(UUID.randomUUID(), data.partner.id(), null, AgreementKind.ANNUAL_PLAN,
                    "Kế hoạch hợp tác năm 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 4, 80, null, TestData.NOW,
                    TestData.NOW, 0);
            Cohort base = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
            Cohort planned = new Cohort(base.id(), base.code(), base.courseId(), base.partnerId(), plan.id(), base.startsOn(),
                    base.endsOn(), base.plannedSize(), base.status(), base.venue(), base.coordinator(), base.funding(), null,
                    base.createdAt(), base.updatedAt(), 0);
            Cohort alone = data.cohort("LAO-2026-06", LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 28));
            db.jdbi().useTransaction(h -> {
                Tables.AGREEMENTS.insert(h, plan);
                Tables.COHORTS.insert(h, planned);
                Tables.COHORTS.insert(h, alone);
            });
            RosterService rosters = new RosterService(db.jdbi());

            CohortDetail detail = rosters.detail("LAO-2026-05");
            CohortHeader header = detail.header();
            assertEquals("LAO-2026-05", header.cohort().code());
            assertEquals("Quản lý nhà nước về tổ chức bộ máy", header.courseTitle("vi"));
            assertEquals("State organisation", header.courseTitle("en"));
            assertEquals("ການຄຸ້ມຄອງລັດ", header.courseTitle("lo"));
            assertEquals("Ministry of Home Affairs", header.partnerName());
            assertEquals("Kế hoạch hợp tác năm 2026", header.agreementTitle());
            assertEquals(0, detail.roster().lines().size());

            assertNull(rosters.detail("LAO-2026-06").header().agreementTitle(), "no agreement");
            assertThrows(ProblemException.class, () -> rosters.detail("NOPE-1"));
        }
    }
}
