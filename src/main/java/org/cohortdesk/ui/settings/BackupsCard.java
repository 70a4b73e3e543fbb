package org.cohortdesk.ui.settings;

import org.cohortdesk.ui.AppContext;

/** The backups card wired to the open workspace, its list read in the background. */
public final class BackupsCard {
    private BackupsCard() {}

    public static BackupsView of(AppContext context, Runnable quit) {
        BackupsViewModel model = new BackupsViewModel(context.workspace().backups(), context.workspace().database().embedded(),
                context.localization(), context.tasks(), context.errors()::show);
        model.load();
        return new BackupsView(model, BackupsView.Chooser.systemDialog(), quit);
    }
}
