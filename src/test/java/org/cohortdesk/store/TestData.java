package org.cohortdesk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.Field;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;
import org.jdbi.v3.core.Jdbi;

/** Small, explicit rows for tests: one partner, one course, cohorts on demand. */
public final class TestData {
    public static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    public final Partner partner = new Partner(UUID.randomUUID(), "Ministry of Home Affairs", "ກະຊວງພາຍໃນ", "MoHA", "LA",
            PartnerKind.MINISTRY, null, NOW, NOW, 0);
    public final Course course = new Course(UUID.randomUUID(), "QLNN-01", "Quản lý nhà nước về tổ chức bộ máy",
            "State organisation", "ການຄຸ້ມຄອງລັດ", Field.STATE_ORGANISATION, 6, 80, null, NOW, NOW, 0);

    /** Inserts the partner and the course. */
    public TestData insertBasics(Jdbi jdbi) {
        jdbi.useTransaction(h -> {
            Tables.PARTNERS.insert(h, partner);
            Tables.COURSES.insert(h, course);
        });
        return this;
    }

    public Cohort cohort(String code, LocalDate start, LocalDate end) {
        return new Cohort(UUID.randomUUID(), code, course.id(), partner.id(), null, start, end, 20, CohortStatus.PLANNED,
                "Học viện Hành chính", "Nguyễn Thị Ánh", "Vietnamese state budget", null, NOW, NOW, 0);
    }

    /** Inserts the cohort and one trainee in it (a person with this name, phone and e-mail, confirmed); returns the person's id. */
    public UUID insertCohortWithTrainee(Jdbi jdbi, Cohort cohort, String nameLatin, String phone, String email) {
        UUID person = UUID.randomUUID();
        jdbi.useTransaction(h -> {
            Tables.COHORTS.insert(h, cohort);
            h.execute("INSERT INTO people (id, name_latin, phone, email, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)",
                    person, nameLatin, phone, email, NOW, NOW);
            h.execute("INSERT INTO enrollments (id, cohort_id, person_id, status, created_at, updated_at, version) VALUES (?, ?, ?, 'CONFIRMED', ?, ?, 0)",
                    UUID.randomUUID(), cohort.id(), person, NOW, NOW);
        });
        return person;
    }
}
