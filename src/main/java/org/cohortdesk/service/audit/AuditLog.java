package org.cohortdesk.service.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Phrase;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.store.AuditDao;
import org.cohortdesk.store.CohortDao;
import org.cohortdesk.store.Tables;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the audit log for a person or a cohort: who (the operating-system user that made the
 * change), when, and what, in words the window and the command line put in the reader's language.
 */
public final class AuditLog {
    /** At most this many entries are read at once (the newest). */
    public static final int LIMIT = 2000;

    private static final Pattern ENROLLED = Pattern.compile("person \\S+ in cohort (.+)");
    private static final Pattern UNENROLLED = Pattern.compile("person \\S+ out of cohort (.+)");
    private static final Pattern MOVED = Pattern.compile("moved from (.+) to (.+)");
    private static final Pattern STATUS = Pattern.compile("status (\\w+) -> (\\w+)");
    private static final Pattern WITHDRAWN = Pattern.compile("withdrawn on (\\d{4}-\\d{2}-\\d{2})(?:: (.*))?");
    private static final Pattern MARKS = Pattern.compile("(\\d+) marks in (.+)");

    private final Jdbi jdbi;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One entry as shown: when, who, what was done to which kind of record, and the details in words. */
    public record Line(Instant at, String who, AuditAction action, String entity, String subject, Phrase what) {}

    /** What was recorded about a person and their enrollments, newest first. */
    public List<Line> ofPerson(UUID personId) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.ofPerson(personId, "person " + AuditDao.literal(personId.toString()) + " %", LIMIT))
                .stream().map(AuditLog::line).toList();
    }

    /** What was recorded about a cohort, its trainees, sessions and attendance, newest first. Refused for an unknown code. */
    public List<Line> ofCohort(String code) {
        return jdbi.withHandle(h -> {
            Cohort cohort = h.attach(CohortDao.class).findByCode(code.strip())
                    .orElseThrow(() -> ProblemException.of("error.cohort.unknown", code));
            String c = AuditDao.literal(cohort.code());
            return h.attach(AuditDao.class).ofCohort(cohort.id(), "% in cohort " + c, "% out of cohort " + c, "moved % " + c + "%",
                    "% marks in " + c, LIMIT);
        }).stream().map(AuditLog::line).toList();
    }

    private static Line line(AuditDao.Line l) {
        return new Line(l.occurredAt(), l.actor(), l.action(), l.entity(), l.subject(), words(l.entity(), l.details()));
    }

    /** The details as written (English, for the log's own sake) put into words the reader's language has, where they are known. */
    static Phrase words(String entity, String details) {
        if (details == null || details.isBlank()) {
            return Phrase.literal("");
        }
        Matcher m;
        if ((m = ENROLLED.matcher(details)).matches()) {
            return Phrase.of("audit.what.enrolled", m.group(1));
        }
        if ((m = UNENROLLED.matcher(details)).matches()) {
            return Phrase.of("audit.what.removed", m.group(1));
        }
        if ((m = MOVED.matcher(details)).matches()) {
            return Phrase.of("audit.what.moved", m.group(1), m.group(2));
        }
        if ((m = STATUS.matcher(details)).matches()) {
            return Phrase.of("audit.what.status", statusPhrase(entity, m.group(1)), statusPhrase(entity, m.group(2)));
        }
        if ((m = WITHDRAWN.matcher(details)).matches()) {
            return m.group(2) == null ? Phrase.of("audit.what.withdrawn", m.group(1)) : Phrase.of("audit.what.withdrawn_because", m.group(1), m.group(2));
        }
        if ((m = MARKS.matcher(details)).matches()) {
            return Phrase.of("audit.what.marks", Integer.parseInt(m.group(1)));
        }
        int changed = details.lastIndexOf(Changes.MARK);
        if (changed >= 0) {
            return Phrase.of("audit.what.changed", details.substring(0, changed), Changes.labels(details.substring(changed + Changes.MARK.length())));
        }
        return Phrase.literal(details);
    }

    private static Phrase statusPhrase(String entity, String status) {
        String type = "cohort".equals(entity) ? "CohortStatus" : "EnrollmentStatus";
        return status.matches("[A-Z_]+") ? Phrase.of("enum." + type + "." + status) : Phrase.literal(status);
    }
}
