package org.cohortdesk.service.export;

import static org.cohortdesk.service.export.ExportColumn.AGENCY;
import static org.cohortdesk.service.export.ExportColumn.ARRIVAL_FLIGHT;
import static org.cohortdesk.service.export.ExportColumn.ARRIVAL_ON;
import static org.cohortdesk.service.export.ExportColumn.BIRTH_DATE;
import static org.cohortdesk.service.export.ExportColumn.COHORTS;
import static org.cohortdesk.service.export.ExportColumn.DEPARTURE_FLIGHT;
import static org.cohortdesk.service.export.ExportColumn.DEPARTURE_ON;
import static org.cohortdesk.service.export.ExportColumn.DIETARY_NOTES;
import static org.cohortdesk.service.export.ExportColumn.HEALTH_NOTES;
import static org.cohortdesk.service.export.ExportColumn.NAME_AS_IN_PASSPORT;
import static org.cohortdesk.service.export.ExportColumn.NAME_LATIN;
import static org.cohortdesk.service.export.ExportColumn.NAME_LOCAL;
import static org.cohortdesk.service.export.ExportColumn.NATIONALITY;
import static org.cohortdesk.service.export.ExportColumn.NO;
import static org.cohortdesk.service.export.ExportColumn.NOTES;
import static org.cohortdesk.service.export.ExportColumn.PASSPORT_EXPIRY;
import static org.cohortdesk.service.export.ExportColumn.PASSPORT_NO;
import static org.cohortdesk.service.export.ExportColumn.POSITION;
import static org.cohortdesk.service.export.ExportColumn.PROVINCE;
import static org.cohortdesk.service.export.ExportColumn.ROOM;
import static org.cohortdesk.service.export.ExportColumn.SEX;
import static org.cohortdesk.service.export.ExportColumn.STATUS;
import static org.cohortdesk.service.export.ExportColumn.VISA_EXPIRY;
import static org.cohortdesk.service.export.ExportColumn.VISA_NO;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a roster export holds, one template per usual recipient. Every template but {@link #FULL}
 * leaves withdrawn trainees out: the visa office, the kitchen, the hostel and the embassy only
 * need those who come.
 */
public enum ExportTemplate {
    FULL("export.template.full", true, List.of(NO, NAME_LOCAL, NAME_LATIN, SEX, BIRTH_DATE, POSITION, AGENCY, PROVINCE, PASSPORT_NO,
            PASSPORT_EXPIRY, VISA_NO, VISA_EXPIRY, ARRIVAL_ON, ARRIVAL_FLIGHT, DEPARTURE_ON, DEPARTURE_FLIGHT, ROOM, STATUS, NOTES)),
    VISA("export.template.visa", false, List.of(NO, NAME_AS_IN_PASSPORT, NATIONALITY, BIRTH_DATE, PASSPORT_NO, PASSPORT_EXPIRY)),
    CATERING("export.template.catering", false, List.of(NO, NAME_LOCAL, NAME_LATIN, DIETARY_NOTES, HEALTH_NOTES)),
    ACCOMMODATION("export.template.accommodation", false, List.of(NO, NAME_LOCAL, NAME_LATIN, SEX, ROOM, ARRIVAL_ON, ARRIVAL_FLIGHT,
            DEPARTURE_ON, DEPARTURE_FLIGHT)),
    EMBASSY("export.template.embassy", false, List.of(NO, NAME_LOCAL, NAME_LATIN, SEX, BIRTH_DATE, POSITION, AGENCY, PASSPORT_NO));

    /** The columns of everyone's export, one row a person. */
    static final List<ExportColumn> PEOPLE = List.of(NAME_LOCAL, NAME_LATIN, SEX, BIRTH_DATE, AGENCY, PROVINCE, PASSPORT_NO, COHORTS);

    private final String titleKey;
    private final boolean withdrawnIncluded;
    private final List<ExportColumn> columns;

    ExportTemplate(String titleKey, boolean withdrawnIncluded, List<ExportColumn> columns) {
        this.titleKey = titleKey;
        this.withdrawnIncluded = withdrawnIncluded;
        this.columns = columns;
    }

    /** The message key of its title, e.g. {@code export.template.visa}. */
    public String titleKey() {
        return titleKey;
    }

    /** Its name on the command line: {@code visa}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean withdrawnIncluded() {
        return withdrawnIncluded;
    }

    List<ExportColumn> columns() {
        return columns;
    }

    /** The template named {@code name} on the command line, if any. */
    public static Optional<ExportTemplate> named(String name) {
        return Arrays.stream(values()).filter(t -> t.cliName().equalsIgnoreCase(name.strip())).findFirst();
    }
}
