package org.cohortdesk.service.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cohortdesk.model.Certificate;
import org.cohortdesk.model.CertificateLanguage;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Field;
import org.cohortdesk.model.InstitutionField;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.course.CourseService;
import org.cohortdesk.service.institution.InstitutionService;
import org.cohortdesk.service.pdf.PdfReadBack;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.cohortdesk.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificate register and the printed certificates: numbers per year never given twice, reissues, refusals, the PDF read back. */
class CertificateServiceTest {
    static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
    static final Instant NOW = TestData.NOW;

    @TempDir
    Path dir;
    Database db;
    TestData data;
    CertificateService certificates;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir.resolve("data"));
        data = new TestData().insertBasics(db.jdbi());
        certificates = service(NOV_2026);
    }

    @AfterEach
    void close() {
        if (db != null) { // null when the PostgreSQL run is skipped
            db.close();
        }
    }

    private CertificateService service(Clock clock) {
        return new CertificateService(db.jdbi(), new Audit(clock, "test"), clock);
    }

    /** A cohort with the given status and one trainee per status given, named Trainee 1, Trainee 2, ... */
    private Cohort cohort(String code, CohortStatus status, EnrollmentStatus... trainees) {
        Cohort planned = data.cohort(code, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 30));
        Cohort cohort = new Cohort(planned.id(), code, planned.courseId(), planned.partnerId(), null, planned.startsOn(), planned.endsOn(), 20,
                status, null, null, null, null, NOW, NOW, 0);
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insert(h, cohort);
            int n = 1;
            for (EnrollmentStatus s : trainees) {
                Person p = person(code.equals("LAO-2026-09") && n == 1 ? "ສົມໃຈ ພົມມະຈັນ" : "ນາງ ແກ້ວ " + n,
                        code.equals("LAO-2026-09") && n == 1 ? "Somchai Phommachanh" : "Keo " + code + " " + n);
                Tables.PEOPLE.insert(h, p);
                Tables.ENROLLMENTS.insert(h, new Enrollment(UUID.randomUUID(), cohort.id(), p.id(), s, null, null, null, null, null, null, null,
                        s == EnrollmentStatus.WITHDRAWN ? LocalDate.of(2026, 9, 20) : null, null, null, NOW, NOW, 0));
                n++;
            }
            Tables.SESSIONS.insert(h, new Session(UUID.randomUUID(), cohort.id(), null, SessionKind.LECTURE, "Khai giảng",
                    LocalDateTime.of(2026, 9, 7, 8, 0), LocalDateTime.of(2026, 9, 7, 11, 30), null, null, NOW, NOW, 0));
        });
        return cohort;
    }

    private static Person person(String local, String latin) {
        return new Person(UUID.randomUUID(), local, latin, Sex.F, LocalDate.of(1985, 3, 1), "LA", null, null, null, null, null, null, null, null,
                null, null, null, null, NOW, NOW, 0);
    }

    private List<String> numbers(String code) {
        return certificates.register(code).stream().map(Certificate::certNo).toList();
    }

    @Test
    void numbersTheCompletedTraineesInTurnAndGoesOnFromThereForTheNextCohort() {
        cohort("LAO-2026-09", CohortStatus.COMPLETED, EnrollmentStatus.COMPLETED, EnrollmentStatus.COMPLETED, EnrollmentStatus.COMPLETED);
        cohort("LAO-2026-10", CohortStatus.REPORTED, EnrollmentStatus.COMPLETED, EnrollmentStatus.COMPLETED);

        CertificateService.Written first = certificates.export("LAO-2026-09", false, dir.resolve("out1"));
        assertEquals(3, first.issued());
        assertEquals(List.of("2026/0001", "2026/0002", "2026/0003"), numbers("LAO-2026-09"));
        certificates.export("LAO-2026-10", false, dir.resolve("out2"));
        assertEquals(List.of("2026/0004", "2026/0005"), numbers("LAO-2026-10"));
    }

    @Test
    void startsEachYearAtOne() {
        cohort("LAO-2026-09", CohortStatus.COMPLETED, EnrollmentStatus.COMPLETED);
        cohort("LAO-2026-10", CohortStatus.COMPLETED, EnrollmentStatus.COMPLETED);
        certificates.export("LAO-2026-09", false, dir.resolve("out"));
        service(Clock.fixed(Instant.parse("2027-01-04T02:00:00Z"), ZoneOffset.UTC)).export("LAO-2026-10", false, dir.resolve("out"));
        assertEquals(List.of("2026/0001"), numbers("LAO-2026-09"));
        assertEquals(List.of("2027/0001"), numbers("LAO-2026-10"));
    }

    @Test
    void neverGivesANumberAgainEvenWhenItsCertificateRowIsGone() {
        cohort("LAO-2026-09", CohortStatus.COMPLETED, EnrollmentStatus.COMPLETED, EnrollmentStatus.COMPLETED);
        certificates.export("LAO-2026-09", false, dir.resolve("out"));
        db.jdbi().useHandle(h -> h.execute("DELETE FROM certificates WHERE cert_no = '2026/0002'"));

        certificates.export("LAO-2026-09", false, dir.resolve("out"));
        assertEquals(List.of("2026/0001", "2026/0003"), numbers("LAO-2026-09"));
    }

    @Test
    void aReissueKeepsTheNumberCountsAndSaysSoOnThePage() throws IOException {
        cohort("LAO-2026-09", CohortStatus.COMPLETED, EnrollmentStatus.COMPLETED);
        certificates.export("LAO-2026-09", false, dir.resolve("out"));

        CertificateService.Written without = certificates.export("LAO-2026-09", false, dir.resolve("again"));
        assertEquals(0, without.printed(), "already issued: left out without --reissue");
        assertEquals("certificate.refused.held", without.refused().get(0).key());
        assertFalse(Files.exists(dir.resolve("again").resolve("certificates-LAO-2026-09.pdf")));

        Clock later = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);
        CertificateService.Written again = service(later).export("LAO-2026-09", true, dir.resolve("again"));
        assertEquals(1, again.reissued());
        assertEquals(0, again.issued());
        Certificate c = certificates.register("LAO-2026-09").get(0);
        assertEquals("2026/0001", c.certNo());
        assertEquals(1, c.reissueCount());
        assertEquals(LocalDate.of(2026, 12, 1), c.lastReissuedOn());
        assertEquals(LocalDate.of(2026, 11, 23), c.issuedOn());

        String text = PdfReadBack.of(again.files().get(0)).text();
        assertTrue(text.contains("2026/0001"), text);
        assertTrue(text.contains("Cấp lại ngày 01/12/2026"), text);
        assertTrue(text.contains("ອອກໃໝ່ ວັນທີ 01/12/2026"), text);
    }

    @Test
    void twoIssuesAtOnceGetDistinctNumbers() throws Exception {
        List<String> codes = List.of("LAO-2026-11", "LAO-2026-12", "LAO-2026-13", "LAO-2026-14");
        for (String code : codes) {
            cohort(code, CohortStatus.COMPLETED, EnrollmentStatus.COMPLETED, EnrollmentStatus.COMPLETED);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(codes.size());
        try {
            List<Future<CertificateService.Written>> runs = new ArrayList<>();
            for (String code : codes) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return certificates.export(code, false, dir.resolve(code));
                }));
            }
            start.countDown();
            for (Future<CertificateService.Written> run : runs) {
                assertEquals(2, run.get().issued());
            }
        } finally {
            pool.shutdown();
        }
        List<String> all = codes.stream().flatMap(code -> numbers(code).stream()).sorted().toList();
        assertEquals(List.of("2026/0001", "2026/0002", "2026/0003", "2026/0004", "2026/0005", "2026/0006", "2026/0007", "2026/0008"), all);
    }

    @Test
    void refusesACohortNotCompletedAndWritesNothing() {
        cohort("LAO-2026-09", CohortStatus.IN_PROGRESS, EnrollmentStatus.ARRIVED);
        ProblemException e = assertThrows(ProblemException.class, () -> certificates.export("LAO-2026-09", false, dir.resolve("out")));
        assertEquals("error.certificate.cohort_open", e.problem().key());
        assertEquals(List.of(), numbers("LAO-2026-09"));
        ProblemException unknown = assertThrows(ProblemException.class, () -> certificates.export("NO-SUCH", false, dir.resolve("out")));
        assertEquals("error.cohort.unknown", unknown.problem().key());
    }

    @Test
    void onlyCompletedTraineesGetOneAndEachOtherIsToldWhy() {
        cohort("LAO-2026-09", CohortStatus.COMPLETED, EnrollmentStatus.COMPLETED, EnrollmentStatus.WITHDRAWN, EnrollmentStatus.ARRIVED,
                EnrollmentStatus.CONFIRMED);
        CertificateService.Written w = certificates.export("LAO-2026-09", false, dir.resolve("out"));
        assertEquals(1, w.issued());
        assertEquals(List.of("certificate.refused.withdrawn", "certificate.refused.attendance", "certificate.refused.status"),
                w.refused().stream().map(p -> p.key()).toList());
        assertEquals(List.of("2026/0001"), numbers("LAO-2026-09"));
    }

    @Test
    void writesAPdfPerTraineeAndOneOfThemAllInVietnameseAndLao() throws IOException {
        cohort("LAO-2026-09", CohortStatus.COMPLETED, EnrollmentStatus.COMPLETED, EnrollmentStatus.COMPLETED);
        CertificateService.Written w = certificates.export("LAO-2026-09", false, dir.resolve("out"));

        assertEquals(dir.resolve("out").resolve("Somchai_Phommachanh_2026-0002.pdf").toAbsolutePath(), w.files().get(1));
        PdfReadBack one = PdfReadBack.of(w.files().get(1));
        assertEquals(1, one.pages().size());
        assertTrue(one.landscape(0));
        String text = one.text();
        for (String expected : List.of("GIẤY CHỨNG NHẬN", "ໃບຢັ້ງຢືນ", "ສົມໃຈ ພົມມະຈັນ", "SOMCHAI PHOMMACHANH", "Quản lý nhà nước về tổ chức bộ máy",
                "ການຄຸ້ມຄອງລັດ", "từ ngày 07/09/2026 đến ngày 30/10/2026", "Thời lượng: 4 giờ", "Số: 2026/0002", "ເລກທີ: 2026/0002",
                "Hà Nội, ngày 23 tháng 11 năm 2026")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertFalse(text.contains("Cấp lại"), "a first issue is not marked reissued");
        assertTrue(one.embeddedFonts().contains("NotoSansLao-Bold"), one.embeddedFonts().toString());
        assertEquals(CertificateService.HoursFrom.SESSIONS, w.hoursFrom(), "the course has no modules: 3.5 hours of sessions, rounded");

        PdfReadBack all = PdfReadBack.of(w.combined());
        assertEquals(2, all.pages().size());
        assertTrue(all.pages().get(0).contains("2026/0001") && all.pages().get(1).contains("2026/0002"));
    }

    @Test
    void printsEnglishAsTheSecondLanguageWhenTheCourseSaysSoAndTheModulesHours() throws IOException {
        cohort("LAO-2026-09", CohortStatus.COMPLETED, EnrollmentStatus.COMPLETED);
        db.jdbi().useTransaction(h -> {
            CertificateService.setSecondLanguage(h, data.course.id(), CertificateLanguage.EN);
            Tables.COURSE_MODULES.insertAll(h, List.of(
                    new CourseModule(UUID.randomUUID(), data.course.id(), 1, "Học phần 1", "Module 1", null, 40, NOW, NOW, 0),
                    new CourseModule(UUID.randomUUID(), data.course.id(), 2, "Học phần 2", "Module 2", null, 24, NOW, NOW, 0)));
        });
        assertEquals(CertificateLanguage.EN, certificates.secondLanguage(data.course.id()));
        CertificateService.Written w = certificates.export("LAO-2026-09", false, dir.resolve("out"));
        assertEquals(64, w.hours());
        assertEquals(CertificateService.HoursFrom.MODULES, w.hoursFrom());
        String text = PdfReadBack.of(w.files().get(0)).text();
        assertTrue(text.contains("CERTIFICATE") && text.contains("State organisation") && text.contains("Duration: 64 hours"), text);
        assertFalse(text.contains("ໃບຢັ້ງຢືນ"), text);
        assertTrue(text.contains("ສົມໃຈ ພົມມະຈັນ"), "the Lao name stays: " + text);
    }

    @Test
    void printsTheInstitutionProfilesNameAndPlaceInBothLanguages() throws IOException {
        cohort("LAO-2026-09", CohortStatus.COMPLETED, EnrollmentStatus.COMPLETED);
        Map<InstitutionField, String> profile = new EnumMap<>(InstitutionField.class);
        profile.put(InstitutionField.NAME_VI, "Học viện Cán bộ thành phố Đà Nẵng");
        profile.put(InstitutionField.NAME_LO, "ສະຖາບັນພະນັກງານ ນະຄອນດ່ານັງ");
        profile.put(InstitutionField.PLACE_VI, "Đà Nẵng");
        profile.put(InstitutionField.PLACE_LO, "ດ່ານັງ");
        new InstitutionService(db.jdbi(), new Audit(NOV_2026, "test"), NOV_2026).change(profile);

        String text = PdfReadBack.of(certificates.export("LAO-2026-09", false, dir.resolve("out")).files().get(0)).text();
        for (String expected : List.of("HỌC VIỆN CÁN BỘ THÀNH PHỐ ĐÀ NẴNG", "ສະຖາບັນພະນັກງານ ນະຄອນດ່ານັງ", "Đà Nẵng, ngày 23 tháng 11 năm 2026",
                "ດ່ານັງ, ວັນທີ 23/11/2026")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        for (String before : List.of("HỌC VIỆN HÀNH CHÍNH VÀ QUẢN TRỊ CÔNG", "Hà Nội", "ຮ່າໂນ້ຍ", "ສະຖາບັນບໍລິຫານ")) {
            assertFalse(text.contains(before), before + " no longer printed:\n" + text);
        }
    }

    @Test
    void theCourseSavesItsCertificateLanguageWithItAndKeepsItWhenNotGiven() {
        CourseService courses = new CourseService(db.jdbi(), new Audit(NOV_2026, "test"), NOV_2026);
        Course draft = new Course(null, "DT-01", "Chuyển đổi số", "Digital transformation", null, Field.DIGITAL_TRANSFORMATION, 4, 80, null,
                null, null, 0);
        Course created = courses.create(draft, List.of(), CertificateLanguage.EN).course();
        assertEquals(CertificateLanguage.EN, courses.certificateLanguage(created.id()));
        Course saved = courses.update(created, List.of()).course();
        assertEquals(CertificateLanguage.EN, courses.certificateLanguage(saved.id()), "an edit that does not say keeps it");
        courses.update(saved, List.of(), CertificateLanguage.LO);
        assertEquals(CertificateLanguage.LO, courses.certificateLanguage(saved.id()));
        assertEquals(CertificateLanguage.LO, courses.certificateLanguage(data.course.id()), "Lao unless set");
    }

    @Test
    void namesFilesSafelyOnWindows() {
        assertEquals("Nguyen_Thi_Anh_2026-0012.pdf", CertificateService.fileName("Nguyễn Thị Ánh", "2026/0012"));
        assertEquals("A_B_C_2026-0001.pdf", CertificateService.fileName("A:\\B/*C?", "2026/0001"));
        assertEquals("trainee_2026-0001.pdf", CertificateService.fileName("ສົມໃຈ", "2026/0001"));
        assertNotEquals(CertificateService.fileName("x".repeat(200), "2026/0001").length(), 210);
    }
}
