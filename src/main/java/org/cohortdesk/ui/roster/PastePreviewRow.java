package org.cohortdesk.ui.roster;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Severity;
import org.cohortdesk.model.rules.DuplicateReason;
import org.cohortdesk.service.roster.PasteRow;

/**
 * One pasted row as the preview shows it, in one language: its cells as pasted, what saving does
 * with it, the person on file it is linked to and why ({@code link}; whether the user may undo the
 * link is {@code linkChoice}), its problems in words.
 */
public record PastePreviewRow(
        int row,
        String record,
        String link,
        LinkChoice linkChoice,
        String nameLocal,
        String nameLatin,
        String sex,
        String birthDate,
        String position,
        String agency,
        String province,
        String passportNo,
        String passportExpiry,
        String visa,
        String arrival,
        String departure,
        String room,
        String notes,
        List<String> errors,
        List<String> warnings) {

    /** Whether the row's link to a person on file is the user's to make or undo. */
    public enum LinkChoice {
        /** Not linked by a likeness, or linked by the same passport: nothing to choose. */
        NONE,
        /** Linked by the same birth date and a similar name: may be made a new person. */
        LINKED,
        /** Made a new person by the user: may be linked again. */
        KEPT_NEW
    }

    public static PastePreviewRow of(PasteRow row, Localization tr) {
        Person p = row.person();
        Enrollment e = row.stay();
        String record = switch (row.action()) {
            case NEW -> tr.tr("paste.action.new");
            case EXISTING -> tr.tr("paste.action.existing");
            case SKIP -> tr.tr("paste.action.skip");
        };
        List<String> errors = row.problems().stream().filter(x -> x.severity() == Severity.ERROR).map(tr::tr).toList();
        List<String> warnings = row.problems().stream().filter(x -> x.severity() == Severity.WARNING).map(tr::tr).toList();
        String link = row.existing() == null ? (row.keptNew() ? tr.tr("paste.link.kept_new") : "")
                : tr.tr("paste.link.to", row.existing().nameLatin(), row.linkedBy());
        LinkChoice choice = row.keptNew() ? LinkChoice.KEPT_NEW
                : row.linkedBy() == DuplicateReason.SAME_BIRTH_DATE_AND_NAME ? LinkChoice.LINKED : LinkChoice.NONE;
        return new PastePreviewRow(row.row(), record, link, choice, text(p.nameLocal()), text(p.nameLatin()), p.sex() == null ? "" : p.sex().name(),
                tr.date(p.birthDate()), text(p.jobTitle()), text(p.agency()), text(p.province()), text(p.passportNo()),
                tr.date(p.passportExpiry()),
                join(text(e.visaNo()), e.visaExpiry() == null ? "" : tr.tr("roster.visa_until", e.visaExpiry())),
                join(tr.date(e.arrivalOn()), text(e.arrivalFlight())), join(tr.date(e.departureOn()), text(e.departureFlight())),
                text(e.room()), text(e.notes()), errors, warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** Errors first, then warnings, one a line. */
    public String problemText() {
        return Stream.concat(errors.stream(), warnings.stream()).collect(Collectors.joining("\n"));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }
}
