package org.cohortdesk.ui.settings;

import org.cohortdesk.ui.AppContext;

/** The Institution card wired to the open workspace, its profile read in the background. */
public final class InstitutionCard {
    private InstitutionCard() {}

    public static InstitutionView of(AppContext context) {
        InstitutionViewModel model = new InstitutionViewModel(context.services().institution(), context.localization(), context.tasks(),
                context.errors()::show);
        model.load();
        return new InstitutionView(model);
    }
}
