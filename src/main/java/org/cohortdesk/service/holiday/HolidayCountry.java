package org.cohortdesk.service.holiday;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The countries whose public holidays Cohort Desk knows, by ISO 3166 alpha-2 code. */
public enum HolidayCountry {
    VN, LA;

    /** {@code "vn"}, {@code "VN"} or {@code " la "}; empty for any other country. */
    public static Optional<HolidayCountry> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(wanted)).findFirst();
    }
}
