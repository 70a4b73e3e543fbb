package org.cohortdesk.service.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Field;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.SessionResource;

/**
 * A cohort's timetable on its teaching days, in half-day slots (morning 08:00-11:30, afternoon
 * 13:30-16:30): the opening ceremony on the first morning, lectures module by module, study visits
 * midweek, a cultural activity on some Friday afternoons, the exam on the last-but-one morning and
 * the closing ceremony on the last afternoon. A lecture books a room, a lecturer and an interpreter;
 * when one of them is taken in that slot by another cohort it becomes self-study with no bookings,
 * so no resource is ever booked twice in a slot.
 */
final class DemoTimetable {
    /** The share of afternoons with a lecture when nothing else is on. */
    private static final double AFTERNOON_LECTURES = 0.7;
    /** Sessions a teaching day holds on average (the morning, and some afternoons). */
    static final double SESSIONS_PER_DAY = 1 + AFTERNOON_LECTURES;
    private static final int MORNING = 0;
    private static final int AFTERNOON = 1;
    private static final int COURSE_LECTURERS = 8;

    private enum Use { LECTURE, OPENING, CLOSING, EXAM, VISIT, ACTIVITY, NONE }

    private record Place(String name, String location) {}

    private static final List<Place> GENERAL_VISITS = places("Văn phòng Chính phủ|Ba Đình, Hà Nội", "Bộ Nội vụ|Nam Từ Liêm, Hà Nội",
            "Văn phòng Quốc hội|Ba Đình, Hà Nội", "UBND thành phố Hà Nội|Hoàn Kiếm, Hà Nội");
    private static final Map<Field, List<Place>> FIELD_VISITS = fieldVisits();
    private static final List<Place> ACTIVITIES = places("Tham quan Lăng Chủ tịch Hồ Chí Minh|Ba Đình, Hà Nội",
            "Tham quan Văn Miếu – Quốc Tử Giám|Đống Đa, Hà Nội", "Tham quan Bảo tàng Dân tộc học Việt Nam|Cầu Giấy, Hà Nội",
            "Giao lưu thể thao|Sân thể thao Học viện");

    private final DemoDice dice;
    private final DemoCalendar calendar;
    private final DemoStaff staff;
    private final Instant now;
    private final DemoIdPool sessionIds;
    private final DemoIdPool bookingIds;
    private final Map<String, List<Integer>> lecturersByCourse = new HashMap<>();
    private final List<SessionResource> bookings = new ArrayList<>();

    /** {@code maxSessions} bounds the sessions of all the timetables to be built. */
    DemoTimetable(DemoDice dice, DemoCalendar calendar, DemoStaff staff, List<DemoCourses.Built> courses, Instant now, int maxSessions) {
        this.dice = dice;
        this.calendar = calendar;
        this.staff = staff;
        this.now = now;
        this.sessionIds = new DemoIdPool(dice.split(), maxSessions);
        this.bookingIds = new DemoIdPool(dice.split(), maxSessions * 3);
        for (DemoCourses.Built course : courses) {
            List<Integer> pool = new ArrayList<>();
            while (pool.size() < COURSE_LECTURERS) {
                int lecturer = dice.pick(staff.lecturers());
                if (!pool.contains(lecturer)) {
                    pool.add(lecturer);
                }
            }
            lecturersByCourse.put(course.spec().code(), List.copyOf(pool));
        }
    }

    private static List<Place> places(String... items) {
        return DemoNames.words(items).stream().map(s -> new Place(s.substring(0, s.indexOf('|')), s.substring(s.indexOf('|') + 1))).toList();
    }

    private static Map<Field, List<Place>> fieldVisits() {
        Map<Field, List<Place>> m = new EnumMap<>(Field.class);
        m.put(Field.ARCHIVES_AND_RECORDS, places("Cục Văn thư và Lưu trữ nhà nước|Ba Đình, Hà Nội", "Trung tâm Lưu trữ quốc gia I|Hà Nội"));
        m.put(Field.RELIGION_AFFAIRS, places("Ban Tôn giáo Chính phủ|Hà Nội", "Sở Nội vụ tỉnh Ninh Bình|Ninh Bình"));
        m.put(Field.EMULATION_AND_REWARDS, places("Ban Thi đua – Khen thưởng Trung ương|Hà Nội"));
        m.put(Field.ADMINISTRATIVE_REFORM, places("Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh|Hạ Long, Quảng Ninh",
                "Bộ phận một cửa UBND quận Ba Đình|Ba Đình, Hà Nội"));
        m.put(Field.DIGITAL_TRANSFORMATION, places("Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh|Hạ Long, Quảng Ninh",
                "Cục Chuyển đổi số quốc gia|Hà Nội"));
        m.put(Field.LOCAL_GOVERNMENT, places("UBND tỉnh Ninh Bình|Ninh Bình", "UBND tỉnh Bắc Ninh|Bắc Ninh", "UBND huyện Đông Anh|Đông Anh, Hà Nội",
                "Ủy ban Dân tộc|Ba Đình, Hà Nội"));
        m.put(Field.CIVIL_SERVICE_MANAGEMENT, places("Sở Nội vụ thành phố Hà Nội|Hà Nội"));
        return m;
    }

    /** The bookings of every timetable built so far. */
    List<SessionResource> bookings() {
        return bookings;
    }

    /** Builds the sessions of {@code c} into {@code c.sessions}, booking its resources. */
    void build(DemoCohort c) {
        List<LocalDate> days = calendar.teachingDays(c.startsOn, c.endsOn, c.country());
        Use[][] plan = plan(days, c.course.spec().weeks());
        List<CourseModule> modules = c.course.modules();
        int lectures = 0;
        for (Use[] day : plan) {
            lectures += (day[MORNING] == Use.LECTURE ? 1 : 0) + (day[AFTERNOON] == Use.LECTURE ? 1 : 0);
        }
        int[] perModule = share(lectures, modules);
        List<Integer> classrooms = staff.classrooms();
        int home = c.course.spec().field() == Field.DIGITAL_TRANSFORMATION ? classrooms.get(classrooms.size() - 1) : dice.pick(classrooms);
        List<Integer> interpreters = staff.interpreters(c.country());
        List<Integer> mainInterpreters = List.of(dice.pick(interpreters), dice.pick(interpreters));
        List<Place> visits = new ArrayList<>(FIELD_VISITS.getOrDefault(c.course.spec().field(), List.of()));
        visits.addAll(GENERAL_VISITS);
        int module = 0;
        int doneInModule = 0;
        for (int d = 0; d < days.size(); d++) {
            LocalDate date = days.get(d);
            for (int slot = MORNING; slot <= AFTERNOON; slot++) {
                Use use = plan[d][slot];
                if (use == Use.NONE) {
                    continue;
                }
                if (use == Use.LECTURE) {
                    while (module < modules.size() - 1 && doneInModule >= perModule[module]) {
                        module++;
                        doneInModule = 0;
                    }
                    doneInModule++;
                    lecture(c, date, slot, modules.get(module), home, mainInterpreters);
                    continue;
                }
                List<Integer> wanted = new ArrayList<>();
                int room = use == Use.OPENING || use == Use.CLOSING ? staff.firstFree(date, slot, List.of(staff.hall(), home), classrooms, 0)
                        : use == Use.EXAM ? staff.firstFree(date, slot, List.of(home), classrooms, dice.between(0, 99)) : -1;
                wanted.add(room);
                wanted.add(staff.firstFree(date, slot, mainInterpreters, interpreters, dice.between(0, 99)));
                Session s = switch (use) {
                    case OPENING -> session(c, null, SessionKind.CEREMONY, "Lễ khai giảng", date, LocalTime.of(8, 0), LocalTime.of(10, 0), null);
                    case CLOSING -> session(c, null, SessionKind.CEREMONY, "Lễ bế giảng và trao chứng chỉ", date, LocalTime.of(14, 0),
                            LocalTime.of(16, 0), null);
                    case EXAM -> session(c, null, SessionKind.EXAM, "Kiểm tra cuối khóa", date, LocalTime.of(8, 0), LocalTime.of(10, 30), null);
                    case VISIT -> {
                        Place p = dice.pick(visits);
                        yield session(c, null, SessionKind.STUDY_VISIT, "Nghiên cứu thực tế tại " + p.name(), date,
                                DemoCalendar.MORNING_START, DemoCalendar.MORNING_END, p.location());
                    }
                    default -> {
                        Place p = dice.chance(0.35) ? new Place("Giao lưu văn hóa Việt Nam – " + DemoPartners.countryVi(c.country()),
                                "Nhà văn hóa Học viện") : dice.pick(ACTIVITIES);
                        yield session(c, null, SessionKind.ACTIVITY, p.name(), date, DemoCalendar.AFTERNOON_START,
                                DemoCalendar.AFTERNOON_END, p.location());
                    }
                };
                book(s, date, slot, wanted);
            }
        }
    }

    private void lecture(DemoCohort c, LocalDate date, int slot, CourseModule module, int home, List<Integer> mainInterpreters) {
        List<Integer> coursePool = lecturersByCourse.get(c.course.spec().code());
        List<Integer> preferredLecturers = new ArrayList<>(coursePool.size() + 1);
        preferredLecturers.add(coursePool.get((module.seq() - 1) % coursePool.size()));
        preferredLecturers.addAll(coursePool);
        int room = staff.firstFree(date, slot, List.of(home), staff.classrooms(), dice.between(0, 99));
        int lecturer = staff.firstFree(date, slot, preferredLecturers, staff.lecturers(), dice.between(0, 999));
        int interpreter = staff.firstFree(date, slot, mainInterpreters, staff.interpreters(c.country()), dice.between(0, 99));
        LocalTime start = slot == MORNING ? DemoCalendar.MORNING_START : DemoCalendar.AFTERNOON_START;
        LocalTime end = slot == MORNING ? DemoCalendar.MORNING_END : DemoCalendar.AFTERNOON_END;
        if (room < 0 || lecturer < 0 || interpreter < 0) {
            session(c, module.id(), SessionKind.SELF_STUDY, "Tự học, thảo luận nhóm: " + module.titleVi(), date, start, end, null);
            return;
        }
        Session s = session(c, module.id(), SessionKind.LECTURE, module.titleVi(), date, start, end, null);
        book(s, date, slot, List.of(room, lecturer, interpreter));
    }

    private Session session(DemoCohort c, UUID moduleId, SessionKind kind, String title, LocalDate date, LocalTime start, LocalTime end,
            String location) {
        Session s = new Session(sessionIds.next(), c.id, moduleId, kind, DemoNames.nfc(title), date.atTime(start), date.atTime(end), location,
                null, now, now, 0);
        c.sessions.add(s);
        return s;
    }

    private void book(Session s, LocalDate date, int slot, List<Integer> resources) {
        for (int r : resources) {
            if (r >= 0) {
                staff.book(r, date, slot);
                bookings.add(new SessionResource(bookingIds.next(), s.id(), staff.id(r), now, now, 0));
            }
        }
    }

    /** What each half-day of the teaching days holds. */
    private Use[][] plan(List<LocalDate> days, int weeks) {
        int n = days.size();
        Use[][] plan = new Use[n][2];
        plan[0][MORNING] = Use.OPENING;
        plan[0][AFTERNOON] = Use.LECTURE;
        plan[n - 1][MORNING] = Use.LECTURE;
        plan[n - 1][AFTERNOON] = Use.CLOSING;
        plan[n - 2][MORNING] = Use.EXAM;
        int visits = Math.max(1, weeks / 3);
        for (int k = 1; k <= visits; k++) {
            int d = findDay(days, plan, k * n / (visits + 1), Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), MORNING);
            if (d >= 0 && plan[d][AFTERNOON] == null) {
                plan[d][MORNING] = Use.VISIT;
                plan[d][AFTERNOON] = Use.NONE;
            }
        }
        int activities = Math.max(1, weeks / 4);
        for (int k = 1; k <= activities; k++) {
            int d = findDay(days, plan, k * n / (activities + 1), Set.of(DayOfWeek.FRIDAY), AFTERNOON);
            if (d >= 0) {
                plan[d][AFTERNOON] = Use.ACTIVITY;
            }
        }
        for (Use[] day : plan) {
            if (day[MORNING] == null) {
                day[MORNING] = Use.LECTURE;
            }
            if (day[AFTERNOON] == null) {
                day[AFTERNOON] = dice.chance(AFTERNOON_LECTURES) ? Use.LECTURE : Use.NONE;
            }
        }
        return plan;
    }

    /** The day nearest {@code target} (not the first or the last two) on one of {@code weekdays} with {@code slot} still open. */
    private static int findDay(List<LocalDate> days, Use[][] plan, int target, Set<DayOfWeek> weekdays, int slot) {
        for (int distance = 0; distance < days.size(); distance++) {
            for (int d : new int[] {target + distance, target - distance}) {
                if (d >= 1 && d < days.size() - 2 && plan[d][slot] == null && weekdays.contains(days.get(d).getDayOfWeek())) {
                    return d;
                }
            }
        }
        return -1;
    }

    /** Lectures per module, in proportion to the modules' hours (largest remainder), at least one each while they last. */
    private static int[] share(int lectures, List<CourseModule> modules) {
        int m = modules.size();
        int[] out = new int[m];
        double total = modules.stream().mapToInt(CourseModule::hours).sum();
        double[] exact = new double[m];
        int given = 0;
        for (int i = 0; i < m; i++) {
            exact[i] = lectures * modules.get(i).hours() / total;
            out[i] = (int) exact[i];
            given += out[i];
        }
        while (given < lectures) {
            int best = 0;
            for (int i = 1; i < m; i++) {
                if (exact[i] - out[i] > exact[best] - out[best]) {
                    best = i;
                }
            }
            out[best]++;
            exact[best] = out[best];
            given++;
        }
        return out;
    }
}
