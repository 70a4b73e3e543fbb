package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.rules.Completion;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.roster.CohortDetail;
import org.cohortdesk.service.roster.RosterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "roster", mixinStandardHelpOptions = true,
        description = {"Print a cohort's roster, tab-separated, header line first, sorted by romanised name.",
            "Dates are yyyy-mm-dd. 'warnings' lists the rules a trainee breaks (e.g. passport.expires_soon), comma-separated.",
            "'attendance_rate' is the percent of sessions to date attended (present or late), empty before the first;",
            "'completes' says whether the trainee meets the course's completion rule to date.",
            "An unknown cohort code: exit 1; an empty one: exit 2."})
final class RosterCommand extends WorkspaceCommand {
    @Mixin
    CohortOption cohort;

    @Override
    int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
        if (!cohort.given(tr, err)) {
            return 2;
        }
        CohortDetail detail = workspace.services().rosters().detail(cohort.code);
        RosterService.Roster roster = detail.roster();
        out.println(Tsv.row("no", "name_local", "name_latin", "sex", "birth_date", "position", "agency", "province", "passport_no",
                "passport_expiry", "visa", "arrival", "departure", "room", "status", "notes", "warnings", "attendance_rate", "completes"));
        for (RosterService.Line line : roster.lines()) {
            Person p = line.person();
            Enrollment e = line.enrollment();
            Completion.Tally tally = detail.attendance().get(e.id());
            String warnings = line.warnings().stream().map(w -> w.key().replaceFirst("^rule\\.", "")).collect(Collectors.joining(","));
            out.println(Tsv.row(line.no(), p.nameLocal(), p.nameLatin(), p.sex(), p.birthDate(), p.jobTitle(), p.agency(), p.province(),
                    p.passportNo(), p.passportExpiry(), e.visaNo(), e.arrivalOn(), e.departureOn(), e.room(), e.status(), e.notes(), warnings,
                    tally.rate(), tally.completes()));
        }
        roster.warnings().forEach(w -> err.println(roster.cohort().code() + ": " + tr.tr(w)));
        return 0;
    }
}
