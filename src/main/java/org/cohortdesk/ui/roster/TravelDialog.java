package org.cohortdesk.ui.roster;

import java.util.List;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.roster.TravelPlan;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/**
 * Arrivals, departures and rooms of the cohort shown: by day and flight, by room, and who is not
 * yet known. Made from the roster as read, so it opens at once; it stays open beside the roster.
 */
final class TravelDialog {
    static final String ARRIVALS_ID = "travelArrivals";
    static final String DEPARTURES_ID = "travelDepartures";
    static final String ROOMS_ID = "travelRooms";

    private TravelDialog() {}

    static Dialog<ButtonType> show(Localization tr, String code, List<Trainee> roster, Window owner) {
        TravelPlan plan = TravelPlan.of(roster);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(tr.tr("travel.title", code));
        dialog.initModality(Modality.NONE);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(tr.tr("travel.close"), ButtonData.CANCEL_CLOSE));
        TabPane tabs = new TabPane(
                tab(tr.tr("travel.arrivals"), tree(ARRIVALS_ID, days(tr, plan.arrivals(), plan.unknownArrival(), "travel.arrival_unknown"))),
                tab(tr.tr("travel.departures"), tree(DEPARTURES_ID, days(tr, plan.departures(), plan.unknownDeparture(), "travel.departure_unknown"))),
                tab(tr.tr("travel.rooms"), tree(ROOMS_ID, rooms(tr, plan))));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setPrefSize(560, 520);
        dialog.getDialogPane().setContent(tabs);
        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.show();
        return dialog;
    }

    private static Tab tab(String title, TreeView<String> tree) {
        return new Tab(title, tree);
    }

    private static TreeView<String> tree(String id, TreeItem<String> root) {
        TreeView<String> tree = new TreeView<>(root);
        tree.setId(id);
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TreeCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove(Styles.LAO);
                if (!empty && text != null) {
                    LaoText.mark(getStyleClass(), text);
                }
            }
        });
        return tree;
    }

    private static TreeItem<String> days(Localization tr, List<TravelPlan.Day> days, List<Trainee> unknown, String unknownKey) {
        TreeItem<String> root = new TreeItem<>();
        for (TravelPlan.Day day : days) {
            TreeItem<String> item = open(tr.tr("travel.day", day.on(), day.count()));
            for (TravelPlan.Group flight : day.flights()) {
                String name = flight.name().isEmpty() ? tr.tr("travel.flight_unknown") : flight.name();
                item.getChildren().add(people(tr.tr("travel.group", name, flight.trainees().size()), flight.trainees()));
            }
            root.getChildren().add(item);
        }
        if (!unknown.isEmpty()) {
            root.getChildren().add(people(tr.tr(unknownKey, unknown.size()), unknown));
        }
        return root;
    }

    private static TreeItem<String> rooms(Localization tr, TravelPlan plan) {
        TreeItem<String> root = new TreeItem<>();
        for (TravelPlan.Group room : plan.rooms()) {
            root.getChildren().add(people(tr.tr("travel.group", room.name(), room.trainees().size()), room.trainees()));
        }
        if (!plan.noRoom().isEmpty()) {
            root.getChildren().add(people(tr.tr("travel.no_room", plan.noRoom().size()), plan.noRoom()));
        }
        return root;
    }

    private static TreeItem<String> people(String title, List<Trainee> trainees) {
        TreeItem<String> item = open(title);
        for (Trainee t : trainees) {
            String local = t.person().nameLocal();
            item.getChildren().add(new TreeItem<>(t.person().nameLatin() + (local == null ? "" : " · " + local)));
        }
        return item;
    }

    private static TreeItem<String> open(String text) {
        TreeItem<String> item = new TreeItem<>(text);
        item.setExpanded(true);
        return item;
    }
}
