package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Person;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.person.PeopleDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "people", mixinStandardHelpOptions = true, description = "Everyone across cohorts.",
        subcommands = {PeopleCommand.Find.class, PeopleCommand.Duplicates.class})
final class PeopleCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: find or duplicates");
    }

    @Command(name = "find", mixinStandardHelpOptions = true,
            description = {"Find people by any words of their Lao or romanised name, agency, province, position or passport number,",
                "ignoring case and Vietnamese accents ('nguyen thi anh' finds 'Nguyễn Thị Ánh'). Tab-separated, header first:",
                "id, name_local, name_latin, birth_date, agency, cohorts (codes, comma-separated)."})
    static final class Find extends WorkspaceCommand {
        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for; several words must all occur.")
        List<String> text;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            out.println(Tsv.row("id", "name_local", "name_latin", "birth_date", "agency", "cohorts"));
            for (PeopleDirectory.Entry e : workspace.services().directory().find(String.join(" ", text))) {
                Person p = e.person();
                out.println(Tsv.row(p.id(), p.nameLocal(), p.nameLatin(), p.birthDate(), p.agency(), String.join(",", e.cohorts())));
            }
            return 0;
        }
    }

    @Command(name = "duplicates", mixinStandardHelpOptions = true,
            description = {"List pairs of records that are likely the same person: the same passport number, or the same birth date",
                "and a similar name in either script. Tab-separated, header first: id_1, name_1, id_2, name_2, reason."})
    static final class Duplicates extends WorkspaceCommand {
        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            out.println(Tsv.row("id_1", "name_1", "id_2", "name_2", "reason"));
            for (PeopleDirectory.Duplicate d : workspace.services().directory().duplicates()) {
                out.println(Tsv.row(d.first().id(), d.first().nameLatin(), d.second().id(), d.second().nameLatin(), d.reason()));
            }
            return 0;
        }
    }
}
