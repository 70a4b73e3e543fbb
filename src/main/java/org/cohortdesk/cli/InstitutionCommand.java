package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Institution;
import org.cohortdesk.model.InstitutionField;
import org.cohortdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "institution", mixinStandardHelpOptions = true,
        description = {"Show the institution profile: the name of this institution in Vietnamese, Lao and English",
            "and the place its certificates are issued at, as certificates, the annual report and exchange",
            "packages print them. With options, first set the fields given (only those; \"\" clears one), in one",
            "transaction. A field not set prints the Vietnamese one, else the texts printed before (the",
            "National Academy, Hanoi). Too long (names 300, places 100 characters) or a line break: exit 1."})
final class InstitutionCommand extends WorkspaceCommand {
    @Option(names = "--name-vi", paramLabel = "TEXT", description = "The name in Vietnamese (also the name exchange packages carry).")
    String nameVi;

    @Option(names = "--name-lo", paramLabel = "TEXT", description = "The name in Lao.")
    String nameLo;

    @Option(names = "--name-en", paramLabel = "TEXT", description = "The name in English.")
    String nameEn;

    @Option(names = {"--place", "--place-vi"}, paramLabel = "TEXT", description = "The place of issue on certificates, in Vietnamese, e.g. \"Hà Nội\".")
    String placeVi;

    @Option(names = "--place-lo", paramLabel = "TEXT", description = "The place in Lao, for certificates in Lao, e.g. \"ຮ່າໂນ້ຍ\".")
    String placeLo;

    @Option(names = "--place-en", paramLabel = "TEXT", description = "The place in English, for certificates in English, e.g. \"Hanoi\".")
    String placeEn;

    @Override
    int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
        Map<InstitutionField, String> given = new EnumMap<>(InstitutionField.class);
        put(given, InstitutionField.NAME_VI, nameVi);
        put(given, InstitutionField.NAME_LO, nameLo);
        put(given, InstitutionField.NAME_EN, nameEn);
        put(given, InstitutionField.PLACE_VI, placeVi);
        put(given, InstitutionField.PLACE_LO, placeLo);
        put(given, InstitutionField.PLACE_EN, placeEn);
        Institution profile = given.isEmpty() ? workspace.services().institution().profile() : workspace.services().institution().change(given);
        for (InstitutionField field : InstitutionField.values()) {
            String value = profile.get(field);
            out.println(tr.tr("institution.cli.field", field, value == null ? tr.tr("institution.cli.unset") : value));
        }
        if (!given.isEmpty()) {
            out.println(tr.tr("institution.saved"));
        }
        return 0;
    }

    private static void put(Map<InstitutionField, String> given, InstitutionField field, String value) {
        if (value != null) {
            given.put(field, value);
        }
    }
}
