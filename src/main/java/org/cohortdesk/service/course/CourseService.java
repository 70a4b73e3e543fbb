package org.cohortdesk.service.course;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.CertificateLanguage;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.Entered;
import org.cohortdesk.service.RecordEdits;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.certificate.CertificateService;
import org.cohortdesk.store.CourseDao;
import org.cohortdesk.store.Deletions;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Courses, the reusable course designs, with their modules in order and the hours of each. A course
 * and its modules are saved together: the modules as given replace those stored (added, edited,
 * removed and reordered in one transaction), and the course's version covers them all.
 */
public final class CourseService {
    /** The completion threshold a new course gets: the share of sessions to attend, in percent. */
    public static final int DEFAULT_THRESHOLD = 80;

    /** A course in the list: how many modules it has and their hours together. */
    public record Line(Course course, int modules, int hours) {}

    /** A course with its modules in order. */
    public record Detail(Course course, List<CourseModule> modules) {
        public int totalHours() {
            return modules.stream().mapToInt(CourseModule::hours).sum();
        }
    }

    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public CourseService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every course by code, with its number of modules and hours. */
    public List<Line> list() {
        return jdbi.withHandle(h -> {
            Map<UUID, CourseDao.Totals> totals = h.attach(CourseDao.class).totals().stream()
                    .collect(Collectors.toMap(CourseDao.Totals::courseId, Function.identity()));
            return Tables.COURSES.all(h, "code").stream().map(c -> {
                CourseDao.Totals t = totals.get(c.id());
                return new Line(c, t == null ? 0 : t.modules(), t == null ? 0 : t.hours());
            }).toList();
        });
    }

    public Optional<Detail> find(UUID id) {
        return jdbi.withHandle(h -> Tables.COURSES.find(h, id).map(c -> new Detail(c, h.attach(CourseDao.class).modules(id))));
    }

    /**
     * Saves a new course with its modules, in the order given (a module's id, seq and version are
     * set here). Refused, nothing written, without a code, a Vietnamese and an English title or a
     * field, with a length outside 1 to 104 weeks, or with a module lacking a title or hours.
     */
    public Detail create(Course draft, List<CourseModule> modules) {
        return create(draft, modules, null);
    }

    /** {@link #create(Course, List)}, and the second language of the course's certificates (null: Lao) in the same transaction. */
    public Detail create(Course draft, List<CourseModule> modules, CertificateLanguage certificates) {
        Instant now = clock.instant();
        Course course = cleaned(draft, UUID.randomUUID(), now, now, 0);
        List<CourseModule> cleanedModules = cleaned(modules);
        return Transactions.inTransaction(jdbi, h -> {
            Tables.COURSES.insert(h, course);
            writeModules(h, course.id(), cleanedModules, now);
            if (certificates != null) {
                CertificateService.setSecondLanguage(h, course.id(), certificates);
            }
            audit.record(h, AuditAction.CREATE, "course", course.id(), course.code() + ", modules: " + cleanedModules.size());
            return new Detail(course, h.attach(CourseDao.class).modules(course.id()));
        });
    }

    /**
     * Saves an edited course and its modules: a module without an id is added, one with an id is
     * written at its new position, and a stored module missing from {@code modules} is removed.
     * Refused with {@link StaleEditException} when the course or one of its modules changed since
     * it was read.
     */
    public Detail update(Course edited, List<CourseModule> modules) {
        return update(edited, modules, null);
    }

    /** {@link #update(Course, List)}, and the second language of the course's certificates (null: as it was) in the same transaction. */
    public Detail update(Course edited, List<CourseModule> modules, CertificateLanguage certificates) {
        List<CourseModule> cleanedModules = cleaned(modules);
        return Transactions.inTransaction(jdbi, h -> {
            Instant now = clock.instant();
            Course course = RecordEdits.update(h, Tables.COURSES, audit, RecordKind.COURSE, edited.id(), Course::code,
                    stored -> cleaned(edited, edited.id(), stored.createdAt(), now, edited.version()));
            writeModules(h, edited.id(), cleanedModules, now);
            if (certificates != null) {
                CertificateService.setSecondLanguage(h, edited.id(), certificates);
            }
            return new Detail(course, h.attach(CourseDao.class).modules(edited.id()));
        });
    }

    /** The second language of the course's certificates: Lao unless set to English. */
    public CertificateLanguage certificateLanguage(UUID courseId) {
        return CertificateService.secondLanguage(jdbi, courseId);
    }

    private void writeModules(Handle h, UUID courseId, List<CourseModule> modules, Instant now) {
        CourseDao dao = h.attach(CourseDao.class);
        List<CourseModule> stored = dao.modules(courseId);
        Set<UUID> kept = new HashSet<>();
        for (CourseModule m : modules) {
            if (m.id() != null) {
                kept.add(m.id());
            }
        }
        Map<UUID, CourseModule> storedById = stored.stream().collect(Collectors.toMap(CourseModule::id, Function.identity()));
        for (UUID id : kept) {
            if (!storedById.containsKey(id)) {
                throw new StaleEditException(RecordKind.COURSE, courseId, true);
            }
        }
        for (CourseModule old : stored) {
            if (!kept.contains(old.id())) {
                Deletions.deleteRow(h, "course_modules", old.id());
            }
        }
        dao.parkPositions(courseId);
        List<CourseModule> added = new ArrayList<>();
        int seq = 1;
        for (CourseModule m : modules) {
            if (m.id() == null) {
                added.add(new CourseModule(UUID.randomUUID(), courseId, seq, m.titleVi(), m.titleEn(), m.titleLo(), m.hours(), now, now, 0));
            } else {
                CourseModule old = storedById.get(m.id());
                CourseModule toWrite = new CourseModule(m.id(), courseId, seq, m.titleVi(), m.titleEn(), m.titleLo(), m.hours(),
                        old.createdAt(), now, m.version());
                if (!Tables.COURSE_MODULES.update(h, toWrite)) {
                    throw new StaleEditException(RecordKind.COURSE, courseId, false);
                }
            }
            seq++;
        }
        Tables.COURSE_MODULES.insertAll(h, added);
    }

    private static Course cleaned(Course c, UUID id, Instant created, Instant updated, int version) {
        String code = Entered.text(c.code());
        if (code == null) {
            throw ProblemException.of("error.course.code_missing");
        }
        String vi = Entered.text(c.titleVi());
        String en = Entered.text(c.titleEn());
        if (vi == null || en == null) {
            throw ProblemException.of("error.course.title_missing");
        }
        if (c.field() == null) {
            throw ProblemException.of("error.course.field_missing");
        }
        if (c.lengthWeeks() < 1 || c.lengthWeeks() > 104) {
            throw ProblemException.of("error.course.length_range");
        }
        return new Course(id, code, vi, en, Entered.text(c.titleLo()), c.field(), c.lengthWeeks(), c.completionThreshold(),
                Entered.text(c.notes()), created, updated, version);
    }

    private static List<CourseModule> cleaned(List<CourseModule> modules) {
        List<CourseModule> out = new ArrayList<>();
        int position = 1;
        for (CourseModule m : modules) {
            String vi = Entered.text(m.titleVi());
            String en = Entered.text(m.titleEn());
            if (vi == null || en == null) {
                throw ProblemException.of("error.course.module_title_missing", position);
            }
            if (m.hours() < 1) {
                throw ProblemException.of("error.course.module_hours", position);
            }
            out.add(new CourseModule(m.id(), m.courseId(), position, vi, en, Entered.text(m.titleLo()), m.hours(), m.createdAt(),
                    m.updatedAt(), m.version()));
            position++;
        }
        return out;
    }
}
