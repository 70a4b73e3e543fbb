package org.cohortdesk.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.rules.CohortRules;
import org.cohortdesk.model.rules.TraineeRules;
import org.cohortdesk.service.holiday.DayOff;
import org.cohortdesk.service.holiday.HolidayCountry;
import org.cohortdesk.store.Tables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one year of sample data (seed 42, on 23 November 2026) holds. Loaded once, only read. */
class DemoSampleContentTest {
    @TempDir
    static Path dir;
    private static DemoFixture f;
    private static DemoDataService.Loaded loaded;
    private static Map<UUID, Cohort> cohorts;
    private static Map<UUID, Person> people;
    private static List<Enrollment> enrollments;

    @BeforeAll
    static void load() {
        f = new DemoFixture(dir);
        loaded = f.services.demo().load(1, 42, p -> { });
        f.db.jdbi().useHandle(h -> {
            cohorts = Tables.COHORTS.all(h, "code").stream().collect(Collectors.toMap(Cohort::id, Function.identity()));
            people = Tables.PEOPLE.all(h, "id").stream().collect(Collectors.toMap(Person::id, Function.identity()));
            enrollments = Tables.ENROLLMENTS.all(h, "id");
        });
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void holdsTogetherAndHasTheExpectedSize() {
        assertEquals(List.of(), f.services.integrity().check());
        Map<String, Integer> counts = f.services.integrity().counts();
        assertEquals(29, loaded.partners());
        assertEquals(10, loaded.courses());
        assertEquals(counts.get("cohorts"), loaded.cohorts());
        assertEquals(counts.get("people"), loaded.people());
        assertEquals(counts.get("enrollments"), loaded.enrollments());
        assertEquals(counts.get("sessions"), loaded.sessions());
        assertEquals(counts.get("attendance"), loaded.attendance());
        assertBetween(40, 70, loaded.cohorts(), "cohorts");
        assertBetween(900, 1_700, loaded.people(), "people");
        assertBetween(loaded.people(), loaded.people() + 100, loaded.enrollments(), "enrollments");
        assertBetween(2_500, 4_500, loaded.sessions(), "sessions");
        assertBetween(40_000, 100_000, loaded.attendance(), "attendance");
        assertEquals(Set.of("LA", "KH", "CU", "BD"), Set.copyOf(f.column("SELECT DISTINCT country FROM partners", String.class)));
        assertEquals(1, f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'BULK' AND details = 'sample data: 1 years, seed 42'"));
    }

    private static void assertBetween(int low, int high, int actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in " + low + ".." + high);
    }

    @Test
    void partnersIncludeEveryLaoProvinceInLaoScript() {
        assertEquals(18, f.count("SELECT COUNT(*) FROM partners WHERE kind = 'PROVINCE' AND country = 'LA'"));
        for (String local : f.column("SELECT name_local FROM partners WHERE country = 'LA'", String.class)) {
            assertTrue(local.codePoints().allMatch(c -> c == ' ' || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.LAO), local);
        }
        assertEquals(1, f.count("SELECT COUNT(*) FROM partners WHERE name_local = 'ກະຊວງພາຍໃນ'"));
        assertTrue(f.count("SELECT COUNT(*) FROM agreements WHERE kind = 'ANNUAL_PLAN' AND parent_id IS NULL") == 0);
        assertEquals(0, f.count("SELECT COUNT(*) FROM cohorts WHERE agreement_id IS NULL"));
    }

    @Test
    void cohortCodesRunPerCountryAndYear() {
        Pattern code = Pattern.compile("(LAO|KHM|CUB|BGD)-2026-(\\d\\d)");
        Map<String, List<Integer>> sequences = new TreeMap<>();
        for (Cohort c : cohorts.values()) {
            var m = code.matcher(c.code());
            assertTrue(m.matches(), c.code());
            sequences.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
        }
        sequences.values().forEach(seq -> {
            seq.sort(null);
            for (int i = 0; i < seq.size(); i++) {
                assertEquals(i + 1, seq.get(i));
            }
        });
    }

    @Test
    void statusesFollowTheClock() {
        for (Cohort c : cohorts.values()) {
            Set<CohortStatus> expected = c.endsOn().isBefore(DemoFixture.TODAY) ? Set.of(CohortStatus.COMPLETED, CohortStatus.REPORTED)
                    : c.startsOn().isAfter(DemoFixture.TODAY) ? Set.of(CohortStatus.PLANNED, CohortStatus.CONFIRMED)
                    : Set.of(CohortStatus.IN_PROGRESS);
            assertTrue(expected.contains(c.status()), c.code() + " " + c.status());
            assertTrue(CohortRules.checkDates(c.startsOn(), c.endsOn()).isEmpty(), c.code());
        }
        for (Enrollment e : enrollments) {
            Cohort c = cohorts.get(e.cohortId());
            if (e.status() == EnrollmentStatus.WITHDRAWN) {
                assertTrue(e.withdrawnOn() != null && !e.withdrawnOn().isAfter(DemoFixture.TODAY) && e.withdrawalReason() != null);
                continue;
            }
            Set<EnrollmentStatus> expected = switch (c.status()) {
                case COMPLETED, REPORTED -> Set.of(EnrollmentStatus.COMPLETED, EnrollmentStatus.ARRIVED);
                case IN_PROGRESS -> Set.of(EnrollmentStatus.ARRIVED);
                default -> Set.of(EnrollmentStatus.NOMINATED, EnrollmentStatus.CONFIRMED);
            };
            assertTrue(expected.contains(e.status()), c.code() + " " + e.status());
            if (e.status() == EnrollmentStatus.ARRIVED || e.status() == EnrollmentStatus.COMPLETED) {
                assertTrue(e.arrivalFlight() != null && e.room() != null && e.visaExpiry().isAfter(e.departureOn()));
            }
        }
        assertTrue(f.count("SELECT COUNT(*) FROM enrollments WHERE status = 'WITHDRAWN'") > 20);
    }

    @Test
    void theDeliberateProblemsAreThereAndNoOthers() {
        Map<String, List<String>> warnings = new TreeMap<>();
        for (Enrollment e : enrollments) {
            Cohort c = cohorts.get(e.cohortId());
            for (Problem p : TraineeRules.check(people.get(e.personId()), e, c)) {
                warnings.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(c.code() + " " + c.status());
            }
        }
        assertEquals(Set.of("rule.passport.expires_soon", "rule.passport.missing"), warnings.keySet(), warnings.toString());
        warnings.values().forEach(where -> assertEquals(1, where.size(), where.toString()));
        assertTrue(warnings.get("rule.passport.expires_soon").get(0).endsWith("IN_PROGRESS"));
        assertTrue(warnings.get("rule.passport.missing").get(0).matches(".* (PLANNED|CONFIRMED)"));

        Map<UUID, Long> active = enrollments.stream().filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
                .collect(Collectors.groupingBy(Enrollment::cohortId, Collectors.counting()));
        List<String> overSize = cohorts.values().stream()
                .filter(c -> !CohortRules.checkSize(c.plannedSize(), active.getOrDefault(c.id(), 0L)).isEmpty())
                .map(Cohort::code).toList();
        assertEquals(1, overSize.size(), overSize.toString());
    }

    @Test
    void someTraineesReturnForASecondCohort() {
        Map<UUID, List<Cohort>> attended = new HashMap<>();
        enrollments.stream().filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
                .forEach(e -> attended.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(cohorts.get(e.cohortId())));
        List<List<Cohort>> alumni = attended.values().stream().filter(list -> list.size() > 1).toList();
        assertFalse(alumni.isEmpty());
        assertTrue(alumni.size() < people.size() / 10, "alumni: " + alumni.size());
        for (List<Cohort> twice : alumni) {
            assertEquals(2, twice.size());
            twice.sort((a, b) -> a.startsOn().compareTo(b.startsOn()));
            assertTrue(ChronoUnit.DAYS.between(twice.get(0).endsOn(), twice.get(1).startsOn()) >= 30);
        }
    }

    @Test
    void laoNamesPairTheScriptWithItsRomanisation() {
        Map<String, Set<String>> localByLatin = new HashMap<>();
        for (Person p : people.values()) {
            for (String text : new String[] {p.nameLocal(), p.nameLatin(), p.jobTitle(), p.agency(), p.emergencyContact(), p.dietaryNotes()}) {
                assertTrue(text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC), text);
            }
            long age = ChronoUnit.YEARS.between(p.birthDate(), DemoFixture.TODAY);
            assertTrue(age >= 28 && age <= 57, p.nameLatin() + " is " + age);
            if (!"LA".equals(p.nationality())) {
                continue;
            }
            String[] local = p.nameLocal().split(" ");
            String[] latin = p.nameLatin().split(" ");
            assertEquals(2, local.length, p.nameLocal());
            assertEquals(2, latin.length, p.nameLatin());
            assertTrue(p.nameLatin().matches("[A-Z][a-z]+ [A-Z][a-z]+"), p.nameLatin());
            localByLatin.computeIfAbsent(latin[0], k -> new HashSet<>()).add(local[0]);
            localByLatin.computeIfAbsent(latin[1], k -> new HashSet<>()).add(local[1]);
            assertTrue(p.passportNo() == null || p.passportNo().matches("P\\d{7}"), p.passportNo());
        }
        localByLatin.forEach((latin, local) -> assertEquals(1, local.size(), latin + " is written " + local));
        assertTrue(localByLatin.size() > 60);
        Map<String, Long> bySex = people.values().stream().collect(Collectors.groupingBy(p -> p.sex().name(), Collectors.counting()));
        assertTrue(bySex.get("F") > people.size() / 5 && bySex.get("M") > people.size() / 2, bySex.toString());
    }

    @Test
    void neverBooksARoomLecturerOrInterpreterTwiceAtOnce() {
        assertEquals(0, f.count("SELECT COUNT(*) FROM session_resources a JOIN sessions sa ON sa.id = a.session_id"
                + " JOIN session_resources b ON b.resource_id = a.resource_id AND b.id <> a.id"
                + " JOIN sessions sb ON sb.id = b.session_id"
                + " WHERE CAST(sa.starts_at AS DATE) = CAST(sb.starts_at AS DATE) AND sa.starts_at < sb.ends_at AND sb.starts_at < sa.ends_at"));
        assertEquals(0, f.count("SELECT COUNT(*) FROM sessions s WHERE s.kind = 'LECTURE' AND (SELECT COUNT(DISTINCT r.kind)"
                + " FROM session_resources sr JOIN resources r ON r.id = sr.resource_id WHERE sr.session_id = s.id) <> 3"));
        assertEquals(0, f.count("SELECT COUNT(*) FROM sessions WHERE kind = 'LECTURE' AND module_id IS NULL"));
    }

    @Test
    void sessionsFallOnTeachingDaysInTheTwoSlots() {
        List<Session> sessions = f.db.jdbi().withHandle(h -> Tables.SESSIONS.all(h, "starts_at"));
        LocalTime morning = LocalTime.of(8, 0);
        LocalTime noon = LocalTime.of(11, 30);
        LocalTime afternoon = LocalTime.of(13, 30);
        LocalTime evening = LocalTime.of(16, 30);
        for (Session s : sessions) {
            DayOfWeek day = s.startsAt().getDayOfWeek();
            assertTrue(day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY, s.startsAt() + " " + s.title());
            LocalTime from = s.startsAt().toLocalTime();
            LocalTime to = s.endsAt().toLocalTime();
            boolean inMorning = !from.isBefore(morning) && !to.isAfter(noon);
            boolean inAfternoon = !from.isBefore(afternoon) && !to.isAfter(evening);
            assertTrue(inMorning || inAfternoon, s.startsAt() + "-" + to);
        }
        assertNoSessionOnADayOff(sessions);
        Map<String, Long> kinds = sessions.stream().collect(Collectors.groupingBy(s -> s.kind().name(), Collectors.counting()));
        assertEquals(2L * loaded.cohorts(), kinds.get("CEREMONY"));
        assertEquals((long) loaded.cohorts(), kinds.get("EXAM"));
        assertTrue(kinds.get("STUDY_VISIT") >= loaded.cohorts() && kinds.get("ACTIVITY") >= loaded.cohorts(), kinds.toString());
        assertEquals(0, f.count("SELECT COUNT(*) FROM sessions WHERE kind = 'STUDY_VISIT' AND location IS NULL"));
    }

    /** No session on a public holiday or day in lieu of Vietnam or of the cohort's country, as the workspace computes them. */
    private static void assertNoSessionOnADayOff(List<Session> sessions) {
        assertEquals(0, f.count("SELECT COUNT(*) FROM holidays"), "the sample stores no holiday");
        Map<UUID, String> partnerCountry = f.db.jdbi().withHandle(h -> Tables.PARTNERS.all(h, "id")).stream()
                .collect(Collectors.toMap(Partner::id, Partner::country));
        LocalDate from = sessions.get(0).startsAt().toLocalDate();
        LocalDate to = sessions.get(sessions.size() - 1).startsAt().toLocalDate();
        Map<HolidayCountry, Set<LocalDate>> off = new EnumMap<>(HolidayCountry.class);
        for (HolidayCountry c : HolidayCountry.values()) {
            off.put(c, f.services.holidays().daysOff(c, from, to).stream().map(DayOff::date).collect(Collectors.toSet()));
            assertTrue(off.get(c).stream().anyMatch(d -> d.getDayOfWeek().getValue() <= 5), "weekdays off in " + c);
        }
        Set<String> checked = new HashSet<>();
        for (Session s : sessions) {
            LocalDate day = s.startsAt().toLocalDate();
            String country = partnerCountry.get(cohorts.get(s.cohortId()).partnerId());
            assertFalse(off.get(HolidayCountry.VN).contains(day), day + " is a day off in Vietnam: " + s.title());
            HolidayCountry.of(country).ifPresent(c -> {
                checked.add(c.name());
                assertFalse(off.get(c).contains(day), day + " is a day off in " + c + ": " + s.title());
            });
        }
        assertEquals(Set.of("LA"), checked, "cohorts whose country's days off are known");
    }

    @Test
    void attendanceCoversEveryEndedSessionOfEveryTraineeWhoStayed() {
        String now = "TIMESTAMP '" + DemoFixture.ACADEMY_NOW.toString().replace('T', ' ') + "'";
        int expected = f.count("SELECT COUNT(*) FROM enrollments e JOIN sessions s ON s.cohort_id = e.cohort_id"
                + " WHERE e.status <> 'WITHDRAWN' AND s.ends_at <= " + now);
        assertEquals(expected, loaded.attendance());
        assertEquals(0, f.count("SELECT COUNT(*) FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.ends_at > " + now));
        assertTrue(f.count("SELECT COUNT(*) FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN cohorts c ON c.id = s.cohort_id"
                + " WHERE c.status = 'IN_PROGRESS'") > 0);

        List<Map<String, Object>> rates = f.rows("SELECT e.status AS status, 100.0 * SUM(CASE WHEN a.mark IN ('PRESENT', 'LATE')"
                + " THEN 1 ELSE 0 END) / COUNT(*) AS rate FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id"
                + " JOIN attendance a ON a.enrollment_id = e.id WHERE c.status IN ('COMPLETED', 'REPORTED') GROUP BY e.id, e.status");
        long below = 0;
        for (Map<String, Object> r : rates) {
            double rate = ((Number) r.get("rate")).doubleValue();
            boolean completed = "COMPLETED".equals(r.get("status"));
            assertEquals(completed, rate >= DemoCourses.COMPLETION_THRESHOLD, r.toString());
            below += completed ? 0 : 1;
        }
        assertTrue(below > 0 && below < rates.size() / 20, "below the threshold: " + below + " of " + rates.size());
        List<String> marks = f.column("SELECT DISTINCT mark FROM attendance", String.class);
        assertEquals(Set.of("PRESENT", "LATE", "EXCUSED", "ABSENT"), Set.copyOf(marks));
    }
}
