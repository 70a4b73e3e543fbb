package org.cohortdesk.ui.roster;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Severity;
import org.cohortdesk.service.roster.PasteRow;

/** One pasted row as the preview shows it, in one language: its cells as pasted, what saving does with it, its problems in words. */
public record PastePreviewRow(
        int row,
        String record,
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
        return new PastePreviewRow(row.row(), record, text(p.nameLocal()), text(p.nameLatin()), p.sex() == null ? "" : p.sex().name(),
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
