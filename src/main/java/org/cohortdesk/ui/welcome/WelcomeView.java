package org.cohortdesk.ui.welcome;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Styles;

/** The first-run page: what Cohort Desk is, in two sentences, and the two ways to begin. */
public final class WelcomeView extends StackPane implements PageView {
    private final Button load = new Button();
    public static final String LOAD_ID = "loadSample";
    public static final String EMPTY_ID = "startEmpty";
    public static final String PROGRESS_ID = "sampleProgress";

    public WelcomeView(WelcomeViewModel model) {
        Localization tr = model.localization();
        getStyleClass().addAll(Styles.PAGE, Styles.CENTERED);

        Label title = LaoText.label(tr.tr("welcome.title"), Styles.PAGE_TITLE);
        VBox text = new VBox(6, LaoText.paragraph(tr.tr("welcome.intro"), Styles.LEAD),
                LaoText.paragraph(tr.tr("welcome.choice"), Styles.LEAD));

        load.setId(LOAD_ID);
        LaoText.show(load, tr.tr("welcome.load_sample"));
        load.getStyleClass().add(Styles.PRIMARY);
        load.setDefaultButton(true);
        load.setOnAction(e -> model.loadSample());

        Button empty = new Button();
        empty.setId(EMPTY_ID);
        LaoText.show(empty, tr.tr("welcome.start_empty"));
        empty.setOnAction(e -> model.startEmpty());

        load.disableProperty().bind(model.loadingProperty());
        empty.disableProperty().bind(model.loadingProperty());

        HBox buttons = new HBox(12, load, empty);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label step = new Label();
        step.getStyleClass().add(Styles.MUTED);
        model.progressTextProperty().addListener((o, old, now) -> LaoText.show(step, now));
        VBox progress = new VBox(6, bar, step);
        progress.setId(PROGRESS_ID);
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Label hint = LaoText.label(tr.tr("welcome.later"), Styles.MUTED);

        VBox card = new VBox(18, title, text, buttons, progress, hint);
        card.getStyleClass().addAll(Styles.CARD, Styles.WELCOME_CARD);
        card.setMaxWidth(640);
        card.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
    }

    @Override
    public Node initialFocus() {
        return load;
    }
}
