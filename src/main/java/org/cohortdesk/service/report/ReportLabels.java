package org.cohortdesk.service.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Field;
import org.cohortdesk.service.report.ReportFigures.Group;

/** The words of the figures in the reader's language: a group's name, a rate, the year chosen. */
public final class ReportLabels {
    private ReportLabels() {}

    /** What a breakdown groups by; each has the message key of its title. */
    public enum Breakdown {
        FIELD("report.by.field", "report.column.field"),
        PARTNER("report.by.partner", "report.column.partner"),
        COUNTRY("report.by.country", "report.column.country"),
        PROVINCE("report.by.province", "report.column.province");

        private final String key;
        private final String columnKey;

        Breakdown(String key, String columnKey) {
            this.key = key;
            this.columnKey = columnKey;
        }

        /** The title of the breakdown (a chart's, a sheet's). */
        public String key() {
            return key;
        }

        /** The header of the column naming the groups. */
        public String columnKey() {
            return columnKey;
        }
    }

    /** The name of a group as the reader reads it: a field's label, a country's name, "not on file" for no province. */
    public static String name(Breakdown breakdown, Group group, Localization tr) {
        if (group.key() == null) {
            return tr.tr("report.not_on_file");
        }
        return switch (breakdown) {
            case FIELD -> Arrays.stream(Field.values()).filter(f -> f.name().equals(group.key())).findFirst().map(tr::tr).orElse(group.key());
            case COUNTRY -> country(group.key(), tr);
            case PARTNER, PROVINCE -> group.name();
        };
    }

    /** A two-letter country code as the country's name in the reader's language ("LA": Lào, Laos, ລາວ); the code if unknown. */
    public static String country(String code, Localization tr) {
        String name = new Locale("", code).getDisplayCountry(tr.language().locale());
        return name.isBlank() ? code : name;
    }

    /** A percentage rounded to one decimal, as a number for a spreadsheet cell; null stays null. */
    public static BigDecimal percent(Double rate) {
        return rate == null ? null : BigDecimal.valueOf(rate).setScale(1, RoundingMode.HALF_UP);
    }

    /** A percentage to read: "87.5 %" (with the language's decimal mark); a dash when there is none. */
    public static String percentText(Double rate, Localization tr) {
        return rate == null ? "–" : tr.tr("report.percent", percent(rate));
    }

    /** "2025", or "all years". */
    public static String year(Integer year, Localization tr) {
        return year == null ? tr.tr("report.all_years") : String.valueOf(year);
    }
}
