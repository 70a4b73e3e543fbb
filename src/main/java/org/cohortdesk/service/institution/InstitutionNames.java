package org.cohortdesk.service.institution;

import java.time.LocalDate;
import java.util.Optional;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Institution;
import org.cohortdesk.model.InstitutionField;

/**
 * What prints of the institution profile in a language: the field in that language, else the
 * Vietnamese one, else the message text printed before there was a profile (so a workspace that
 * never set one prints as it always did).
 */
public final class InstitutionNames {
    private InstitutionNames() {}

    /** The name in {@code language}, else the Vietnamese name; empty when neither is given. */
    public static Optional<String> name(Institution profile, Language language) {
        return either(profile.get(nameField(language)), profile.nameVi());
    }

    /** The place in {@code language}, else the Vietnamese place; empty when neither is given. */
    public static Optional<String> place(Institution profile, Language language) {
        return either(profile.get(placeField(language)), profile.placeVi());
    }

    /** The institution named on top of a report in {@code tr}'s language (the message {@code report.academy.name} when none is given). */
    public static String report(Institution profile, Localization tr) {
        return name(profile, tr.language()).orElseGet(() -> tr.tr("report.academy.name"));
    }

    /** The name heading a certificate in {@code tr}'s language, in capitals (the message {@code certificate.pdf.academy} when none is given). */
    public static String certificate(Institution profile, Localization tr) {
        return name(profile, tr.language()).map(n -> n.toUpperCase(tr.language().locale()))
                .orElseGet(() -> tr.tr("certificate.pdf.academy"));
    }

    /** "Hà Nội, ngày 23 tháng 11 năm 2026" in {@code tr}'s language, with the profile's place (the message {@code certificate.pdf.place_date} when none is given). */
    public static String placeAndDate(Institution profile, Localization tr, LocalDate day) {
        String dd = String.format("%02d", day.getDayOfMonth());
        String mm = String.format("%02d", day.getMonthValue());
        String yyyy = Integer.toString(day.getYear());
        return place(profile, tr.language()).map(p -> tr.tr("institution.place_date", p, dd, mm, yyyy))
                .orElseGet(() -> tr.tr("certificate.pdf.place_date", dd, mm, yyyy));
    }

    /** The field of the name in {@code language}. */
    public static InstitutionField nameField(Language language) {
        return switch (language) {
            case VI -> InstitutionField.NAME_VI;
            case LO -> InstitutionField.NAME_LO;
            case EN -> InstitutionField.NAME_EN;
        };
    }

    /** The field of the place in {@code language}. */
    public static InstitutionField placeField(Language language) {
        return switch (language) {
            case VI -> InstitutionField.PLACE_VI;
            case LO -> InstitutionField.PLACE_LO;
            case EN -> InstitutionField.PLACE_EN;
        };
    }

    private static Optional<String> either(String first, String second) {
        if (first != null && !first.isBlank()) {
            return Optional.of(first);
        }
        return second == null || second.isBlank() ? Optional.empty() : Optional.of(second);
    }
}
