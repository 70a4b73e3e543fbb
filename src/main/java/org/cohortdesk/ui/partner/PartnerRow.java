package org.cohortdesk.ui.partner;

import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.TextMatch;

/** One line of the partner table in one language: the kind in words, and the folded text the filter searches. */
public record PartnerRow(Partner partner, String kind, String searchText) {

    public static PartnerRow of(Partner partner, Localization tr) {
        String searched = String.join("\n", nonNull(partner.name()), nonNull(partner.nameLocal()), nonNull(partner.shortName()),
                nonNull(partner.country()));
        return new PartnerRow(partner, tr.tr(partner.kind()), TextMatch.fold(searched));
    }

    public String name() {
        return partner.name();
    }

    public String nameLocal() {
        return nonNull(partner.nameLocal());
    }

    public String shortName() {
        return nonNull(partner.shortName());
    }

    public String country() {
        return partner.country();
    }

    public boolean matches(TextMatch match) {
        return match.matches(searchText);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
