package org.cohortdesk.service.certificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Certificate;
import org.cohortdesk.model.CertificateLanguage;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Institution;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.export.ExportService;
import org.cohortdesk.service.institution.InstitutionService;
import org.cohortdesk.store.CertificateDao;
import org.cohortdesk.store.CohortDao;
import org.cohortdesk.store.CourseDao;
import org.cohortdesk.store.PeopleDao;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Certificates of completion and their register. Only a trainee whose enrollment is completed
 * gets one, and only once the cohort is completed (or reported): completing the cohort is what
 * settles who completes. The first issue takes the next number of its year ({@code 2026/0001})
 * from a counter in the same transaction that records it, so a number is never given twice, not
 * even by two issues at once; a reissue keeps its number and the page says "reissued" with the day.
 */
public final class CertificateService {
    /** Where the certificates are issued: the day of issue is the academy's day. */
    static final ZoneId ACADEMY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int FILE_NAME_MAX = 60;

    /** Where a certificate's hours come from: the course's modules, or (a course without modules) the cohort's sessions. */
    public enum HoursFrom { MODULES, SESSIONS }

    /** What an export did: the files written (one per trainee, then the combined one), the trainees refused and why. */
    public record Written(List<Path> files, Path combined, int issued, int reissued, int hours, HoursFrom hoursFrom, List<Problem> refused) {
        public int printed() {
            return issued + reissued;
        }
    }

    private record Printed(CertificateSheet sheet, Path file) {}

    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public CertificateService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues the certificates of the cohort with this code and writes them into {@code folder}
     * (made when missing): a PDF per trainee named by the Latin name and the number, and one PDF
     * of them all for printing. A completed trainee without a certificate gets a number; one who
     * has a certificate is printed again, marked reissued, only when {@code reissue} is set, and
     * is otherwise refused (listed, nothing printed for them). Numbers, reissues and files go
     * together: when a file cannot be written, no number is taken.
     *
     * <p>Refused as a whole ({@link ProblemException}) for an unknown cohort ({@code
     * error.cohort.unknown}), a cohort not yet completed ({@code error.certificate.cohort_open}) or a
     * folder that cannot be written. A trainee refused is a problem in {@link Written#refused()};
     * when every trainee is refused nothing is written and {@link Written#printed()} is 0.
     */
    public Written export(String cohortCode, boolean reissue, Path folder) {
        Path dir = folder.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ProblemException(Problem.error("error.export.folder", dir), e);
        }
        return Transactions.inTransaction(jdbi, h -> {
            Cohort cohort = h.attach(CohortDao.class).findByCode(cohortCode.strip())
                    .orElseThrow(() -> ProblemException.of("error.cohort.unknown", cohortCode.strip()));
            if (cohort.status() != CohortStatus.COMPLETED && cohort.status() != CohortStatus.REPORTED) {
                throw ProblemException.of("error.certificate.cohort_open", cohort.code(), cohort.status());
            }
            Course course = Tables.COURSES.find(h, cohort.courseId()).orElseThrow();
            CertificateDao dao = h.attach(CertificateDao.class);
            CertificateLanguage second = secondLanguage(dao, course.id());
            List<CourseModule> modules = h.attach(CourseDao.class).modules(course.id());
            HoursFrom hoursFrom = modules.isEmpty() ? HoursFrom.SESSIONS : HoursFrom.MODULES;
            int hours = modules.isEmpty() ? sessionHours(dao.sessionsOf(cohort.id())) : modules.stream().mapToInt(CourseModule::hours).sum();
            String courseSecond = second == CertificateLanguage.EN || course.titleLo() == null ? course.titleEn() : course.titleLo();

            Map<UUID, Person> people = h.attach(PeopleDao.class).peopleOf(cohort.id()).stream()
                    .collect(Collectors.toMap(Person::id, Function.identity()));
            List<Enrollment> enrollments = h.attach(PeopleDao.class).enrollmentsOf(cohort.id()).stream()
                    .sorted(Comparator.comparing((Enrollment e) -> people.get(e.personId()).nameLatin().toLowerCase(Locale.ROOT))).toList();
            Institution institution = InstitutionService.read(h);
            LocalDate today = LocalDate.ofInstant(clock.instant(), ACADEMY_ZONE);
            Instant now = clock.instant();

            List<Problem> refused = new ArrayList<>();
            List<Printed> printed = new ArrayList<>();
            int issued = 0;
            int reissued = 0;
            for (Enrollment e : enrollments) {
                Person p = people.get(e.personId());
                Optional<Problem> notCompleted = notCompleted(e, p);
                if (notCompleted.isPresent()) {
                    refused.add(notCompleted.get());
                    continue;
                }
                Optional<Certificate> held = dao.ofEnrollment(e.id());
                Certificate certificate;
                if (held.isPresent() && !reissue) {
                    refused.add(Problem.warning("certificate.refused.held", p.nameLatin(), held.get().certNo(), held.get().issuedOn()));
                    continue;
                } else if (held.isPresent()) {
                    certificate = reissued(h, held.get(), today, now);
                    reissued++;
                } else {
                    certificate = firstIssue(h, dao, e, today, now);
                    issued++;
                }
                CertificateSheet sheet = new CertificateSheet(second, p.nameLocal(), p.nameLatin(), course.titleVi(), courseSecond,
                        cohort.startsOn(), cohort.endsOn(), hours, certificate.certNo(), certificate.issuedOn(),
                        certificate.reissued() ? certificate.lastReissuedOn() : null);
                printed.add(new Printed(sheet, dir.resolve(fileName(p.nameLatin(), certificate.certNo()))));
            }
            if (printed.isEmpty()) {
                return new Written(List.of(), null, 0, 0, hours, hoursFrom, List.copyOf(refused));
            }
            audit.record(h, AuditAction.BULK, "certificate", cohort.id(),
                    cohort.code() + ": " + issued + " issued, " + reissued + " reissued");
            Path combined = dir.resolve(safe("certificates-" + cohort.code()) + ".pdf");
            for (Printed one : printed) {
                ExportService.toFile(one.file(), out -> CertificatePdf.write(List.of(one.sheet()), institution, one.sheet().number(), out));
            }
            ExportService.toFile(combined, out -> CertificatePdf.write(printed.stream().map(Printed::sheet).toList(), institution, cohort.code(), out));
            return new Written(printed.stream().map(Printed::file).toList(), combined, issued, reissued, hours, hoursFrom, List.copyOf(refused));
        });
    }

    /** The second language of a course's certificates (Lao unless set to English). */
    public CertificateLanguage secondLanguage(UUID courseId) {
        return secondLanguage(jdbi, courseId);
    }

    /** The second language of a course's certificates, read with {@code jdbi} (for the course service). */
    public static CertificateLanguage secondLanguage(Jdbi jdbi, UUID courseId) {
        return jdbi.withExtension(CertificateDao.class, dao -> secondLanguage(dao, courseId));
    }

    /**
     * Sets the second language of a course's certificates within the caller's transaction (the
     * course form saves it with the course). Refused as stale when the course is gone.
     */
    public static void setSecondLanguage(Handle h, UUID courseId, CertificateLanguage language) {
        if (h.attach(CertificateDao.class).setSecondLanguage(courseId, language.name()) != 1) {
            throw new StaleEditException(RecordKind.COURSE, courseId, true);
        }
    }

    /** The certificates of a cohort in the register, in order of number. */
    public List<Certificate> register(String cohortCode) {
        return jdbi.withHandle(h -> {
            Cohort cohort = h.attach(CohortDao.class).findByCode(cohortCode.strip())
                    .orElseThrow(() -> ProblemException.of("error.cohort.unknown", cohortCode.strip()));
            return h.attach(CertificateDao.class).ofCohort(cohort.id());
        });
    }

    private static CertificateLanguage secondLanguage(CertificateDao dao, UUID courseId) {
        return dao.secondLanguage(courseId).map(CertificateLanguage::valueOf).orElse(CertificateLanguage.LO);
    }

    private static Optional<Problem> notCompleted(Enrollment e, Person p) {
        return switch (e.status()) {
            case COMPLETED -> Optional.empty();
            case WITHDRAWN -> Optional.of(Problem.warning("certificate.refused.withdrawn", p.nameLatin()));
            case ARRIVED -> Optional.of(Problem.warning("certificate.refused.attendance", p.nameLatin()));
            default -> Optional.of(Problem.warning("certificate.refused.status", p.nameLatin(), e.status()));
        };
    }

    /** Takes the next number of the year of {@code today} and records the certificate, in the caller's transaction. */
    static Certificate firstIssue(Handle h, CertificateDao dao, Enrollment e, LocalDate today, Instant now) {
        int year = today.getYear();
        if (dao.raiseCounter(year, now) == 0) {
            startCounter(h, year, now);
            if (dao.raiseCounter(year, now) != 1) {
                throw new IllegalStateException("no certificate counter for " + year);
            }
        }
        int seq = dao.lastNumber(year).orElseThrow();
        Certificate c = new Certificate(UUID.randomUUID(), e.id(), Certificate.number(year, seq), year, seq, today, 0, null, now, now, 0);
        CertificateDao.TABLE.insert(h, c);
        return c;
    }

    /**
     * Starts the counter of a new year. Two first issues of a year at once may both try: the one
     * that loses finds the other's row (the savepoint keeps its transaction usable on PostgreSQL).
     */
    private static void startCounter(Handle h, int year, Instant now) {
        h.savepoint("certificate_counter");
        try {
            h.attach(CertificateDao.class).startCounter(year, now);
            h.release("certificate_counter");
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException clash) {
            h.rollbackToSavepoint("certificate_counter");
            if (h.attach(CertificateDao.class).lastNumber(year).isEmpty()) {
                throw clash;
            }
        }
    }

    private static Certificate reissued(Handle h, Certificate held, LocalDate today, Instant now) {
        Certificate again = new Certificate(held.id(), held.enrollmentId(), held.certNo(), held.issueYear(), held.seq(), held.issuedOn(),
                held.reissueCount() + 1, today, held.createdAt(), now, held.version());
        if (!CertificateDao.TABLE.update(h, again)) {
            throw new StaleEditException(RecordKind.ENROLLMENT, held.enrollmentId(), false);
        }
        return new Certificate(again.id(), again.enrollmentId(), again.certNo(), again.issueYear(), again.seq(), again.issuedOn(),
                again.reissueCount(), again.lastReissuedOn(), again.createdAt(), again.updatedAt(), again.version() + 1);
    }

    /** The hours of the sessions, rounded to the nearest hour. */
    private static int sessionHours(List<Session> sessions) {
        long minutes = sessions.stream().mapToLong(s -> Duration.between(s.startsAt(), s.endsAt()).toMinutes()).sum();
        return (int) Math.round(minutes / 60.0);
    }

    /** A file name safe on Windows: the Latin name and the number, letters, digits, dash and underscore only. */
    static String fileName(String nameLatin, String number) {
        String name = safe(nameLatin);
        if (name.length() > FILE_NAME_MAX) {
            name = name.substring(0, FILE_NAME_MAX);
        }
        return (name.isEmpty() ? "trainee" : name) + "_" + safe(number.replace('/', '-')) + ".pdf";
    }

    private static String safe(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
        return ascii.replaceAll("[^A-Za-z0-9-]+", "_").replaceAll("^_+|_+$", "");
    }
}
