package org.cohortdesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.mapper.reflect.ColumnName;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The figures of the dashboard and the annual report, counted by the database (aggregates, never
 * the rows themselves). A trainee "trained" in a year is an enrollment with status arrived or
 * completed in a cohort, not cancelled, that ends in that year; each such enrollment counts once.
 * Every query takes the range of the cohorts' last days, {@code from} to {@code to} inclusive.
 */
public interface ReportDao {

    /** The enrollments trained in the range, with their cohort and person. */
    String TRAINED = """
            FROM enrollments e
            JOIN cohorts c ON c.id = e.cohort_id
            JOIN people p ON p.id = e.person_id
            """;
    String TRAINED_WHERE = """
            WHERE c.status <> 'CANCELLED' AND e.status IN ('ARRIVED', 'COMPLETED') AND c.ends_on BETWEEN :from AND :to
            """;
    String COUNTS = """
            COUNT(DISTINCT c.id) AS cohorts, COUNT(*) AS trainees, COUNT(DISTINCT e.person_id) AS people,
            SUM(CASE WHEN p.sex = 'F' THEN 1 ELSE 0 END) AS women,
            SUM(CASE WHEN p.sex = 'M' THEN 1 ELSE 0 END) AS men
            """;
    String YEAR = "EXTRACT(YEAR FROM c.ends_on)";

    /**
     * The trainees of one year (or one group): {@code cohorts} they were in, {@code trainees}
     * (enrollments), {@code people} (persons, one however many cohorts they were in), {@code women},
     * {@code men} (the rest have no sex on file); {@code finished} of them in cohorts completed or
     * reported, {@code completed} of those with the status completed.
     */
    record YearCounts(@ColumnName("yr") int year, int cohorts, int trainees, int people, int women, int men, int finished, int completed) {}

    /** Attendance marks of trained enrollments at sessions ended by then: {@code attended} present or late, of {@code marks}. */
    record YearMarks(@ColumnName("yr") int year, long marks, long attended) {}

    /** The trainees of one group: its key (a field, a partner's id, a country, a province; null when none is on file). */
    record GroupCounts(String grp, int cohorts, int trainees, int people, int women, int men) {}

    /** What the trainees are grouped by, as the SQL expression of the group. */
    enum Grouping {
        FIELD("co.field"),
        PARTNER("CAST(c.partner_id AS VARCHAR(36))"),
        COUNTRY("pa.country"),
        PROVINCE("p.province");

        private final String expression;

        Grouping(String expression) {
            this.expression = expression;
        }
    }

    @SqlQuery("SELECT " + YEAR + " AS yr, " + COUNTS + """
            , SUM(CASE WHEN c.status IN ('COMPLETED', 'REPORTED') THEN 1 ELSE 0 END) AS finished,
              SUM(CASE WHEN c.status IN ('COMPLETED', 'REPORTED') AND e.status = 'COMPLETED' THEN 1 ELSE 0 END) AS completed
            """ + TRAINED + TRAINED_WHERE + " GROUP BY " + YEAR + " ORDER BY " + YEAR)
    @RegisterConstructorMapper(YearCounts.class)
    List<YearCounts> years(LocalDate from, LocalDate to);

    /** Trained people over the whole range, each person once (a sum of the years would count twice who came twice). */
    @SqlQuery("SELECT COUNT(DISTINCT e.person_id) " + TRAINED + TRAINED_WHERE)
    int people(LocalDate from, LocalDate to);

    @SqlQuery("SELECT " + YEAR + """
             AS yr, COUNT(*) AS marks, SUM(CASE WHEN a.mark IN ('PRESENT', 'LATE') THEN 1 ELSE 0 END) AS attended
            FROM attendance a
            JOIN sessions s ON s.id = a.session_id
            JOIN enrollments e ON e.id = a.enrollment_id
            JOIN cohorts c ON c.id = e.cohort_id
            """ + TRAINED_WHERE + " AND s.ends_at <= :now GROUP BY " + YEAR + " ORDER BY " + YEAR)
    @RegisterConstructorMapper(YearMarks.class)
    List<YearMarks> marks(LocalDate from, LocalDate to, LocalDateTime now);

    @SqlQuery("SELECT <grp> AS grp, " + COUNTS + TRAINED + """
            JOIN courses co ON co.id = c.course_id
            JOIN partners pa ON pa.id = c.partner_id
            """ + TRAINED_WHERE + " GROUP BY <grp>")
    @RegisterConstructorMapper(GroupCounts.class)
    List<GroupCounts> groups(@Define("grp") String expression, LocalDate from, LocalDate to);

    /** The trainees of the range grouped by {@code grouping}, in no particular order. */
    default List<GroupCounts> grouped(Grouping grouping, LocalDate from, LocalDate to) {
        return groups(grouping.expression, from, to);
    }
}
