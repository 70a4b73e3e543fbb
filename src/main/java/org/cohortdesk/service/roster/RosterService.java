package org.cohortdesk.service.roster;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.TextMatch;
import org.cohortdesk.model.rules.CohortRules;
import org.cohortdesk.model.rules.Completion;
import org.cohortdesk.model.rules.TraineeRules;
import org.cohortdesk.service.person.PeopleDirectory;
import org.cohortdesk.store.AttendanceDao;
import org.cohortdesk.store.CohortDao;
import org.cohortdesk.store.PeopleDao;
import org.cohortdesk.store.Tables;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** A cohort's roster: its enrollments with their people and each trainee's warnings. */
public final class RosterService {

    /** One trainee of the roster, numbered from 1 in roster order, with the warnings the rules raise. */
    public record Line(int no, Person person, Enrollment enrollment, List<Problem> warnings) {}

    /** The roster of a cohort, sorted by romanised name; {@code warnings} are about the cohort as a whole. */
    public record Roster(Cohort cohort, List<Line> lines, List<Problem> warnings) {}

    private final Jdbi jdbi;
    private final Clock clock;

    public RosterService(Jdbi jdbi) {
        this(jdbi, Clock.systemDefaultZone());
    }

    /** {@code clock} says what "to date" means for attendance. */
    public RosterService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * The roster of the cohort with this code. Each line carries the passport and visa warnings of
     * {@link TraineeRules} and "likely the same person as" warnings; the roster carries the
     * over-size warning. Refused with {@code error.cohort.unknown} for an unknown code.
     */
    public Roster roster(String code) {
        return jdbi.inTransaction(h -> {
            CohortDao cohorts = h.attach(CohortDao.class);
            PeopleDao people = h.attach(PeopleDao.class);
            Cohort cohort = cohorts.findByCode(code.strip()).orElseThrow(() -> ProblemException.of("error.cohort.unknown", code.strip()));
            Map<UUID, Person> byId = people.peopleOf(cohort.id()).stream().collect(Collectors.toMap(Person::id, Function.identity()));
            List<Person> lookalikes = people.lookalikesOfCohort(cohort.id());
            List<Enrollment> enrollments = people.enrollmentsOf(cohort.id()).stream()
                    .sorted(Comparator.comparing((Enrollment e) -> TextMatch.fold(byId.get(e.personId()).nameLatin()))
                            .thenComparing(e -> e.personId().toString()))
                    .toList();
            List<Line> lines = new ArrayList<>();
            for (Enrollment e : enrollments) {
                Person person = byId.get(e.personId());
                List<Problem> warnings = new ArrayList<>(TraineeRules.check(person, e, cohort));
                for (PeopleDirectory.Duplicate d : PeopleDirectory.duplicatesOf(person, lookalikes)) {
                    Person other = d.first().id().equals(person.id()) ? d.second() : d.first();
                    warnings.add(Problem.warning("rule.person.likely_duplicate", other.nameLatin(), d.reason()));
                }
                lines.add(new Line(lines.size() + 1, person, e, List.copyOf(warnings)));
            }
            long active = enrollments.stream().filter(e -> e.status().isActive()).count();
            return new Roster(cohort, List.copyOf(lines), CohortRules.checkSize(cohort.plannedSize(), active));
        });
    }

    /**
     * The roster of the cohort with this code together with the names its page shows (course,
     * partner, agreement). Refused like {@link #roster(String)}.
     */
    public CohortDetail detail(String code) {
        Roster roster = roster(code);
        List<UUID> enrollments = roster.lines().stream().map(l -> l.enrollment().id()).toList();
        return jdbi.withHandle(h -> new CohortDetail(CohortHeader.read(h, roster.cohort()), roster,
                attendance(h, roster.cohort(), enrollments, LocalDateTime.now(clock))));
    }

    /** The attendance tally, at {@code now}, of each of {@code enrollments} of {@code cohort} under its course's completion rule. */
    public static Map<UUID, Completion.Tally> attendance(Handle h, Cohort cohort, List<UUID> enrollments, LocalDateTime now) {
        AttendanceDao attendance = h.attach(AttendanceDao.class);
        int threshold = Tables.COURSES.find(h, cohort.courseId()).orElseThrow().completionThreshold();
        return Completion.byEnrollment(attendance.sessionsOf(cohort.id()), attendance.marksOf(cohort.id()), enrollments, now, threshold);
    }
}
