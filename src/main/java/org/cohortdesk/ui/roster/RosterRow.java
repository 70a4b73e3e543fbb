package org.cohortdesk.ui.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.TextMatch;
import org.cohortdesk.model.rules.Completion;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.roster.RosterService;

/**
 * One trainee of the roster, ready to show in one language: every cell as text (dates day first,
 * the status in words), the warnings in words, and the folded text the filter searches (Lao,
 * romanised and Vietnamese alike), and the stored trainee it shows, to edit.
 */
public record RosterRow(
        int no,
        String nameLocal,
        String nameLatin,
        String sex,
        LocalDate birthDate,
        String birthDateText,
        String position,
        String agency,
        String province,
        String passportNo,
        LocalDate passportExpiry,
        String passportExpiryText,
        String visa,
        String arrival,
        String departure,
        String room,
        String status,
        String attendance,
        String notes,
        List<String> warnings,
        String searchText,
        Trainee trainee) {

    /** A row without attendance (nothing has been read of it). */
    public static RosterRow of(RosterService.Line line, Localization tr) {
        return of(line, null, tr);
    }

    /** A row; {@code tally} is the trainee's attendance to date, shown as its rate and ✓ when they complete (null: none). */
    public static RosterRow of(RosterService.Line line, Completion.Tally tally, Localization tr) {
        Person p = line.person();
        Enrollment e = line.enrollment();
        String visa = join(" ", text(e.visaNo()), e.visaExpiry() == null ? "" : tr.tr("roster.visa_until", e.visaExpiry()));
        String arrival = join(" ", tr.date(e.arrivalOn()), text(e.arrivalFlight()));
        String departure = join(" ", tr.date(e.departureOn()), text(e.departureFlight()));
        String notes = join("; ", text(e.notes()), text(p.notes()), text(p.dietaryNotes()), text(p.healthNotes()));
        List<String> warnings = line.warnings().stream().map(tr::tr).toList();
        String status = e.status() == null ? "" : tr.tr(e.status());
        String sex = p.sex() == null ? "" : tr.tr(p.sex());
        String search = TextMatch.fold(Stream.of(text(p.nameLocal()), text(p.nameLatin()), text(p.jobTitle()), text(p.agency()),
                text(p.province()), text(p.passportNo()), text(e.visaNo()), text(e.room()), status, notes)
                .collect(Collectors.joining("\n")));
        return new RosterRow(line.no(), text(p.nameLocal()), text(p.nameLatin()), sex, p.birthDate(), tr.date(p.birthDate()),
                text(p.jobTitle()), text(p.agency()), text(p.province()), text(p.passportNo()), p.passportExpiry(),
                tr.date(p.passportExpiry()), visa, arrival, departure, text(e.room()), status, attendance(tally, e), notes, warnings, search, new Trainee(p, e));
    }

    private static String attendance(Completion.Tally tally, Enrollment e) {
        if (tally == null || tally.rate() == null || e.status() == EnrollmentStatus.WITHDRAWN) {
            return "";
        }
        return tally.rate() + " %" + (tally.completes() ? " ✓" : "");
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** The warnings as one line, for a tooltip's source and for copying. */
    public String warningText() {
        return String.join("; ", warnings);
    }

    public boolean matches(TextMatch match) {
        return match.matches(searchText);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String join(String separator, String... parts) {
        return Stream.of(parts).filter(s -> !s.isEmpty()).collect(Collectors.joining(separator));
    }
}
