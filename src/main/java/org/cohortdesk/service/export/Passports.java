package org.cohortdesk.service.export;

import java.util.List;
import java.util.Set;

/**
 * Whether an export carries passport numbers (and their expiry dates). A file that leaves the
 * office for a reader who does not need them (the kitchen, a report) is safer without them; the
 * visa template is made for them, but leaves them out too when asked.
 */
public enum Passports {
    INCLUDED, LEFT_OUT;

    private static final Set<ExportColumn> PASSPORT_COLUMNS = Set.of(ExportColumn.PASSPORT_NO, ExportColumn.PASSPORT_EXPIRY);

    /** The columns as this choice lets them out. */
    List<ExportColumn> filter(List<ExportColumn> columns) {
        return this == INCLUDED ? columns : columns.stream().filter(c -> !PASSPORT_COLUMNS.contains(c)).toList();
    }

    /** True when a roster template has a passport column to leave out. */
    public static boolean carriedBy(ExportTemplate template) {
        return template.columns().stream().anyMatch(PASSPORT_COLUMNS::contains);
    }
}
