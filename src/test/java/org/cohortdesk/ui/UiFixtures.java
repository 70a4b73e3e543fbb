package org.cohortdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Field;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Tables;

/**
 * A real workspace in a test folder with a handful of cohorts written straight into the tables:
 * partners named in Vietnamese (as a Vietnamese office keeps them), courses titled in three
 * languages, one cohort over its planned size.
 */
public final class UiFixtures {
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    private UiFixtures() {}

    public static Workspace open(Path dir) {
        return Workspace.open(new DataFolder(dir), null, Clock.systemUTC());
    }

    /** Eight cohorts; LAO-2026-03 has 21 enrolled of 20 planned. */
    public static void insertCohorts(Workspace workspace) {
        Partner moha = partner("Bộ Nội vụ Lào", "ກະຊວງພາຍໃນ", "MoHA", PartnerKind.MINISTRY);
        Partner pmo = partner("Văn phòng Thủ tướng Chính phủ Lào", "ສຳນັກງານນາຍົກລັດຖະມົນຕີ", "PMO", PartnerKind.CENTRAL_OFFICE);
        Partner academy = partner("Học viện Chính trị và Hành chính Quốc gia Lào", "ສະຖາບັນການເມືອງ ແລະ ການປົກຄອງແຫ່ງຊາດ", "NAPPA",
                PartnerKind.ACADEMY);
        Partner champasak = partner("Sở Nội vụ tỉnh Chăm-pa-sắc", "ພະແນກພາຍໃນ ແຂວງຈຳປາສັກ", "Champasak", PartnerKind.PROVINCE);

        Course organisation = course("QLNN-01", "Quản lý nhà nước về tổ chức bộ máy", "State organisation and staffing",
                "ການຄຸ້ມຄອງລັດ ກ່ຽວກັບການຈັດຕັ້ງ", Field.STATE_ORGANISATION, 8);
        Course archives = course("VTLT-01", "Nghiệp vụ văn thư, lưu trữ", "Archives and records management",
                "ວຽກງານເອກະສານ ແລະ ຈົດໝາຍເຫດ", Field.ARCHIVES_AND_RECORDS, 6);
        Course digital = course("CDS-01", "Chuyển đổi số trong cơ quan hành chính", "Digital transformation in public administration",
                "ການຫັນເປັນດີຈີຕອນ ໃນການບໍລິຫານລັດ", Field.DIGITAL_TRANSFORMATION, 4);
        Course reform = course("CCHC-01", "Cải cách hành chính", "Administrative reform", "ການປະຕິຮູບບໍລິຫານລັດ",
                Field.ADMINISTRATIVE_REFORM, 6);
        Course rewards = course("TDKT-01", "Công tác thi đua, khen thưởng", "Emulation and rewards", "ວຽກງານແຂ່ງຂັນ ແລະ ຍ້ອງຍໍ",
                Field.EMULATION_AND_REWARDS, 4);
        Course local = course("CQDP-01", "Quản lý chính quyền địa phương", "Local government", "ການຄຸ້ມຄອງການປົກຄອງທ້ອງຖິ່ນ",
                Field.LOCAL_GOVERNMENT, 12);

        List<Cohort> cohorts = List.of(
                cohort("LAO-2026-01", organisation, moha, LocalDate.of(2026, 2, 23), LocalDate.of(2026, 4, 17), 20, CohortStatus.REPORTED),
                cohort("LAO-2026-02", archives, pmo, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 17), 18, CohortStatus.COMPLETED),
                cohort("LAO-2026-03", digital, academy, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 29), 20, CohortStatus.COMPLETED),
                cohort("LAO-2026-04", reform, champasak, LocalDate.of(2026, 6, 8), LocalDate.of(2026, 7, 17), 22, CohortStatus.COMPLETED),
                cohort("LAO-2026-05", rewards, moha, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 2), 20, CohortStatus.COMPLETED),
                cohort("LAO-2026-06", local, academy, LocalDate.of(2026, 10, 12), LocalDate.of(2027, 1, 8), 25, CohortStatus.IN_PROGRESS),
                cohort("LAO-2026-07", organisation, pmo, LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 22), 20, CohortStatus.CONFIRMED),
                cohort("LAO-2027-01", digital, champasak, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 26), 20, CohortStatus.PLANNED));

        List<Person> people = new ArrayList<>();
        List<Enrollment> enrollments = new ArrayList<>();
        UUID overfull = cohorts.get(2).id();
        for (int i = 1; i <= 21; i++) {
            Person p = new Person(UUID.randomUUID(), "ສົມສັກ " + i, "SOMSACK " + i, i % 2 == 0 ? Sex.F : Sex.M,
                    LocalDate.of(1980 + i, 1, i), "LA", null, null, academy.id(), "Vientiane", "P0" + (100000 + i),
                    LocalDate.of(2030, 1, 1), null, null, null, null, null, null, NOW, NOW, 0);
            people.add(p);
            enrollments.add(new Enrollment(UUID.randomUUID(), overfull, p.id(), EnrollmentStatus.CONFIRMED, null, null, null, null,
                    null, null, null, null, null, null, NOW, NOW, 0));
        }

        workspace.database().jdbi().useTransaction(h -> {
            for (Partner p : List.of(moha, pmo, academy, champasak)) {
                Tables.PARTNERS.insert(h, p);
            }
            for (Course c : List.of(organisation, archives, digital, reform, rewards, local)) {
                Tables.COURSES.insert(h, c);
            }
            for (Cohort c : cohorts) {
                Tables.COHORTS.insert(h, c);
            }
            Tables.PEOPLE.insertAll(h, people);
            Tables.ENROLLMENTS.insertAll(h, enrollments);
        });
    }

    private static Partner partner(String name, String local, String shortName, PartnerKind kind) {
        return new Partner(UUID.randomUUID(), name, local, shortName, "LA", kind, null, NOW, NOW, 0);
    }

    private static Course course(String code, String vi, String en, String lo, Field field, int weeks) {
        return new Course(UUID.randomUUID(), code, vi, en, lo, field, weeks, 80, null, NOW, NOW, 0);
    }

    private static Cohort cohort(String code, Course course, Partner partner, LocalDate start, LocalDate end, int planned,
            CohortStatus status) {
        return new Cohort(UUID.randomUUID(), code, course.id(), partner.id(), null, start, end, planned, status,
                "Học viện Hành chính Quốc gia", "Nguyễn Thị Ánh", null, null, NOW, NOW, 0);
    }
}
