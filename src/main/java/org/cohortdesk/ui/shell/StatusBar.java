package org.cohortdesk.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;

/** The line at the bottom: where the data is, how much there is, and what runs in the background. */
final class StatusBar extends HBox {
    static final String DATA_ID = "statusData";
    static final String COUNTS_ID = "statusCounts";
    static final String WORK_ID = "statusWork";

    StatusBar(ShellViewModel model, TaskRunner tasks) {
        super(16);
        getStyleClass().add(Styles.STATUS_BAR);

        Label data = text(DATA_ID);
        data.textProperty().bind(model.dataLocationProperty());
        Tooltip where = new Tooltip();
        where.textProperty().bind(model.dataLocationProperty());
        data.setTooltip(where);
        data.setMinWidth(0);
        HBox.setHgrow(data, Priority.SOMETIMES);

        Label counts = text(COUNTS_ID);
        counts.setMinWidth(Region.USE_PREF_SIZE);
        LaoText.follow(counts, model.countsProperty());

        Label work = text(WORK_ID);
        tasks.messageProperty().addListener((o, old, now) -> LaoText.show(work, now));
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(140);
        bar.progressProperty().bind(tasks.progressProperty());
        HBox busy = new HBox(8, work, bar);
        busy.visibleProperty().bind(Bindings.greaterThan(tasks.runningProperty(), 0).and(tasks.messageProperty().isNotEmpty()));
        busy.managedProperty().bind(busy.visibleProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(data, grow, busy, counts);
    }

    private static Label text(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.STATUS_TEXT);
        return label;
    }
}
