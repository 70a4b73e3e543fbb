package org.cohortdesk.service.enrollment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohortdesk.model.Sex;
import org.cohortdesk.model.TextMatch;

/**
 * Values as coordinators type them or spreadsheets hold them: dates day first (or year first) and
 * sex in English, Vietnamese or Lao. A roster cell, the person form and a pasted sheet all read
 * them here.
 */
public final class TypedText {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T]0{1,2}:00(?::00)?)?");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?:[ T]0{1,2}:00(?::00)?)?");

    private TypedText() {}

    /**
     * A date written day first (d/M/yyyy, d.M.yyyy, d-M-yyyy) or year first (yyyy-M-d), with a
     * midnight time as spreadsheets add it; empty when it is not a real date (31/02 is not).
     */
    public static Optional<LocalDate> date(String text) {
        String s = text.strip();
        try {
            Matcher m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = YEAR_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** M or F from the ways sheets write it in English, Vietnamese and Lao; null when not one of them. */
    public static Sex sex(String text) {
        return switch (TextMatch.fold(text).replace(".", "").strip()) {
            case "m", "male", "man", "nam", "ong", "ຊາຍ", "ເພດຊາຍ", "ທ້າວ" -> Sex.M;
            case "f", "female", "woman", "nu", "ba", "ຍິງ", "ເພດຍິງ", "ນາງ" -> Sex.F;
            default -> null;
        };
    }
}
