package org.cohortdesk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.Sex;

/**
 * The academy's rooms, lecturers and interpreters, and a ledger of who is booked in which half-day
 * slot, so that the timetable never gives one resource two sessions at once. Resources are known
 * by their index in {@link #rows()}.
 */
final class DemoStaff {
    static final int LECTURERS = 60;
    /** Interpreters per language pair with Vietnamese: Lao, Khmer, Spanish, English. */
    private static final Map<String, Integer> INTERPRETERS = interpreterCounts();
    private static final String[][] ROOMS = {
        {"Hội trường lớn (Nhà A)", "150"}, {"Phòng 201 (Nhà B)", "40"}, {"Phòng 202 (Nhà B)", "35"}, {"Phòng 203 (Nhà B)", "35"},
        {"Phòng 301 (Nhà B)", "40"}, {"Phòng 302 (Nhà B)", "30"}, {"Phòng 303 (Nhà B)", "30"}, {"Phòng 401 (Nhà B)", "50"},
        {"Phòng 402 (Nhà B)", "30"}, {"Phòng 105 (Nhà C)", "35"}, {"Phòng 106 (Nhà C)", "35"}, {"Phòng máy tính 204 (Nhà C)", "30"}};

    private final List<Resource> rows = new ArrayList<>();
    private final List<Integer> classrooms = new ArrayList<>();
    private final List<Integer> lecturers = new ArrayList<>();
    private final Map<String, List<Integer>> interpretersByLanguage = new LinkedHashMap<>();
    private final List<BitSet> booked = new ArrayList<>();
    private final long firstDay;

    /** Draws the staff; bookings can be made from {@code firstDay} on. */
    DemoStaff(DemoDice dice, Instant now, LocalDate firstDay) {
        this.firstDay = firstDay.toEpochDay();
        for (int i = 0; i < ROOMS.length; i++) {
            int index = add(new Resource(dice.uuid(), ResourceKind.ROOM, DemoNames.nfc(ROOMS[i][0]), Integer.valueOf(ROOMS[i][1]),
                    null, null, null, true, null, now, now, 0));
            if (i > 0) {
                classrooms.add(index);
            }
        }
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < LECTURERS; i++) {
            String name;
            do {
                name = DemoNames.lecturer(dice.chance(0.45) ? Sex.F : Sex.M, dice);
            } while (!taken.add(name));
            String languages = dice.chance(0.3) ? "vi,en" : "vi";
            lecturers.add(add(new Resource(dice.uuid(), ResourceKind.LECTURER, name, null, languages, phone(dice), null, true, null,
                    now, now, 0)));
        }
        taken.clear();
        for (Map.Entry<String, Integer> language : INTERPRETERS.entrySet()) {
            List<Integer> pool = new ArrayList<>();
            for (int i = 0; i < language.getValue(); i++) {
                String name;
                do {
                    name = DemoNames.vietnamese(dice.chance(0.6) ? Sex.F : Sex.M, dice);
                } while (!taken.add(name));
                pool.add(add(new Resource(dice.uuid(), ResourceKind.INTERPRETER, name, null, language.getKey() + ",vi", phone(dice),
                        null, true, null, now, now, 0)));
            }
            interpretersByLanguage.put(language.getKey(), List.copyOf(pool));
        }
    }

    private static Map<String, Integer> interpreterCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("lo", 15);
        m.put("km", 3);
        m.put("es", 2);
        m.put("en", 3);
        return m;
    }

    private int add(Resource resource) {
        rows.add(resource);
        booked.add(new BitSet());
        return rows.size() - 1;
    }

    private static String phone(DemoDice dice) {
        return "+84 9" + dice.digits(1) + " " + dice.digits(3) + " " + dice.digits(4);
    }

    List<Resource> rows() {
        return rows;
    }

    UUID id(int resource) {
        return rows.get(resource).id();
    }

    int hall() {
        return 0;
    }

    List<Integer> classrooms() {
        return classrooms;
    }

    List<Integer> lecturers() {
        return lecturers;
    }

    /** The interpreters between Vietnamese and the language of {@code country} (ISO alpha-2). */
    List<Integer> interpreters(String country) {
        String language = switch (country) {
            case "KH" -> "km";
            case "CU" -> "es";
            case "BD" -> "en";
            default -> "lo";
        };
        return interpretersByLanguage.get(language);
    }

    /**
     * The first resource free in the slot: {@code preferred} ones in order, then {@code pool} from
     * {@code start} round; -1 when every one is booked.
     */
    int firstFree(LocalDate date, int slot, List<Integer> preferred, List<Integer> pool, int start) {
        for (int r : preferred) {
            if (r >= 0 && isFree(r, date, slot)) {
                return r;
            }
        }
        for (int i = 0; i < pool.size(); i++) {
            int r = pool.get(Math.floorMod(start + i, pool.size()));
            if (isFree(r, date, slot)) {
                return r;
            }
        }
        return -1;
    }

    boolean isFree(int resource, LocalDate date, int slot) {
        return !booked.get(resource).get(bit(date, slot));
    }

    void book(int resource, LocalDate date, int slot) {
        booked.get(resource).set(bit(date, slot));
    }

    private int bit(LocalDate date, int slot) {
        return Math.toIntExact((date.toEpochDay() - firstDay) * 2 + slot);
    }
}
