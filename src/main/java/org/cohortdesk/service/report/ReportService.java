package org.cohortdesk.service.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.agreement.AgreementService;
import org.cohortdesk.service.report.ReportFigures.Counts;
import org.cohortdesk.service.report.ReportFigures.Group;
import org.cohortdesk.service.report.ReportFigures.PlanLine;
import org.cohortdesk.service.report.ReportFigures.Totals;
import org.cohortdesk.service.report.ReportFigures.YearTotals;
import org.cohortdesk.store.ReportDao;
import org.cohortdesk.store.ReportDao.Grouping;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Jdbi;

/** The figures of the dashboard and the annual report, counted by the database in one read. */
public final class ReportService {
    /** The years a report may be asked for. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private static final LocalDate EVER_FROM = LocalDate.of(FIRST_YEAR, 1, 1);
    private static final LocalDate EVER_TO = LocalDate.of(LAST_YEAR, 12, 31);

    private final Jdbi jdbi;
    private final AgreementService agreements;
    private final Clock clock;

    public ReportService(Jdbi jdbi, AgreementService agreements, Clock clock) {
        this.jdbi = jdbi;
        this.agreements = agreements;
        this.clock = clock;
    }

    /**
     * The figures of {@code year}, or of every year when it is null (see {@link ReportFigures} for
     * who counts). Some aggregate queries over the whole database: run it off the FX thread.
     * Refused with {@code error.report.year} for a year outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
     */
    public ReportFigures figures(Integer year) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw ProblemException.of("error.report.year", String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate from = year == null ? EVER_FROM : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? EVER_TO : LocalDate.of(year, 12, 31);
        List<PlanLine> plans = plans(from, to);
        return Transactions.inTransaction(jdbi, h -> {
            ReportDao dao = h.attach(ReportDao.class);
            List<YearTotals> years = years(dao, now);
            Totals totals = year == null ? sum(years, dao.people(from, to))
                    : years.stream().filter(y -> y.year() == year).map(YearTotals::totals).findFirst().orElse(sum(List.of(), 0));
            Map<String, String> partnerNames = Tables.PARTNERS.all(h, "name").stream()
                    .collect(Collectors.toMap(p -> p.id().toString(), Partner::name));
            return new ReportFigures(year, now, totals, years,
                    groups(dao, Grouping.FIELD, from, to, Function.identity()),
                    groups(dao, Grouping.PARTNER, from, to, partnerNames::get),
                    groups(dao, Grouping.COUNTRY, from, to, Function.identity()),
                    groups(dao, Grouping.PROVINCE, from, to, Function.identity()),
                    plans);
        });
    }

    private static List<YearTotals> years(ReportDao dao, LocalDateTime now) {
        Map<Integer, ReportDao.YearMarks> marks = new HashMap<>();
        for (ReportDao.YearMarks m : dao.marks(EVER_FROM, EVER_TO, now)) {
            marks.put(m.year(), m);
        }
        List<YearTotals> years = new ArrayList<>();
        for (ReportDao.YearCounts y : dao.years(EVER_FROM, EVER_TO)) {
            ReportDao.YearMarks m = marks.getOrDefault(y.year(), new ReportDao.YearMarks(y.year(), 0, 0));
            Counts counts = new Counts(y.cohorts(), y.trainees(), y.people(), y.women(), y.men());
            years.add(new YearTotals(y.year(), new Totals(counts, y.finished(), y.completed(), m.marks(), m.attended())));
        }
        return years;
    }

    /** Every year together; {@code people} counted apart, as a person trained in two years is one person. */
    private static Totals sum(List<YearTotals> years, int people) {
        int cohorts = 0;
        int trainees = 0;
        int women = 0;
        int men = 0;
        int finished = 0;
        int completed = 0;
        long marks = 0;
        long attended = 0;
        for (YearTotals y : years) {
            Totals t = y.totals();
            cohorts += t.counts().cohorts();
            trainees += t.counts().trainees();
            women += t.counts().women();
            men += t.counts().men();
            finished += t.finished();
            completed += t.completed();
            marks += t.marks();
            attended += t.attended();
        }
        return new Totals(new Counts(cohorts, trainees, people, women, men), finished, completed, marks, attended);
    }

    /** The groups, most trainees first, then by name. */
    private static List<Group> groups(ReportDao dao, Grouping grouping, LocalDate from, LocalDate to, Function<String, String> name) {
        return dao.grouped(grouping, from, to).stream()
                .map(g -> new Group(g.grp(), g.grp() == null ? null : Objects.requireNonNullElse(name.apply(g.grp()), g.grp()),
                        new Counts(g.cohorts(), g.trainees(), g.people(), g.women(), g.men())))
                .sorted(Comparator.comparingInt((Group g) -> -g.counts().trainees())
                        .thenComparing(Group::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The agreements whose dates overlap the range, with what actually happened under them ({@link AgreementService#list}). */
    private List<PlanLine> plans(LocalDate from, LocalDate to) {
        return agreements.list(null).stream()
                .filter(line -> !line.agreement().startsOn().isAfter(to) && !line.agreement().endsOn().isBefore(from))
                .map(line -> new PlanLine(line.agreement().title(), line.partnerName(), line.agreement().kind(), line.agreement().startsOn(),
                        line.agreement().endsOn(), line.agreement().plannedCohorts(), line.actualCohorts(),
                        line.agreement().plannedTrainees(), line.actualTrainees()))
                .toList();
    }
}
