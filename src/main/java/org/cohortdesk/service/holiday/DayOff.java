package org.cohortdesk.service.holiday;

import java.time.LocalDate;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Phrase;
import org.cohortdesk.model.HolidayKind;

/**
 * One day off in a country: a public holiday by law ({@link HolidayKind#PUBLIC}, named by a
 * message key, {@code inLieu} for the day that makes up for one falling on a weekend) or an extra
 * day the user added ({@link HolidayKind#EXTRA}, named by the text they typed).
 */
public record DayOff(LocalDate date, HolidayKind kind, String nameKey, boolean inLieu, String text) {

    static DayOff of(LocalDate date, Observance observance) {
        return new DayOff(date, HolidayKind.PUBLIC, observance.key, false, null);
    }

    static DayOff inLieuOf(LocalDate date, DayOff holiday) {
        return new DayOff(date, HolidayKind.PUBLIC, holiday.nameKey(), true, null);
    }

    static DayOff stored(LocalDate date, HolidayKind kind, String name) {
        return new DayOff(date, kind, null, false, name);
    }

    /** The name in the user's language ("Tết Nguyên Đán", "Quốc khánh (nghỉ bù)"), or the extra day's text. */
    public String name(Localization tr) {
        return tr.tr(name());
    }

    /** The name, to be put in the reader's language later (in a conflict's message, say). */
    public Phrase name() {
        if (nameKey == null) {
            return Phrase.literal(text);
        }
        return inLieu ? Phrase.of("holiday.in_lieu", Phrase.of(nameKey)) : Phrase.of(nameKey);
    }
}
