package org.cohortdesk.service.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to keep: the newest of each of the last 7 days, of each of the last 4
 * calendar weeks and of each of the last 12 calendar months (this week and month included, counted
 * back from today; a slot keeps the newest backup of its period, whatever made it), the newest few taken before
 * an import (so an import can be undone even after several on one day), and always the newest.
 * Backups made by hand and the copies kept by a restore or an upgrade are never rotated.
 */
public final class Rotation {
    static final int DAYS = 7;
    static final int WEEKS = 4;
    static final int MONTHS = 12;
    static final int BEFORE_IMPORT = 5;

    /** An automatic backup as rotation sees it. */
    public record Entry(String name, LocalDateTime takenAt, boolean beforeImport) {}

    private Rotation() {}

    /** The entries to delete on {@code today}, oldest first. */
    public static List<Entry> toDelete(List<Entry> entries, LocalDate today) {
        List<Entry> newestFirst = entries.stream().sorted(Comparator.comparing(Entry::takenAt).reversed()).toList();
        Set<Entry> keep = new HashSet<>();
        Set<Object> days = new HashSet<>();
        Set<Object> weeks = new HashSet<>();
        Set<Object> months = new HashSet<>();
        int imports = 0;
        for (Entry e : newestFirst) {
            LocalDate day = e.takenAt().toLocalDate();
            if (keep.isEmpty()) {
                keep.add(e);
            }
            if (ChronoUnit.DAYS.between(day, today) < DAYS && days.add(day)) {
                keep.add(e);
            }
            LocalDate weekStart = today.minusWeeks(WEEKS - 1L).with(java.time.DayOfWeek.MONDAY);
            Object week = day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!day.isBefore(weekStart) && weeks.add(week)) {
                keep.add(e);
            }
            YearMonth month = YearMonth.from(day);
            if (!month.isBefore(YearMonth.from(today).minusMonths(MONTHS - 1L)) && months.add(month)) {
                keep.add(e);
            }
            if (e.beforeImport() && imports < BEFORE_IMPORT) {
                imports++;
                keep.add(e);
            }
        }
        List<Entry> out = new ArrayList<>(entries.stream().filter(e -> !keep.contains(e)).toList());
        out.sort(Comparator.comparing(Entry::takenAt));
        return out;
    }
}
