package org.cohortdesk.ui.roster;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.TextMatch;
import org.cohortdesk.service.person.PeopleDirectory;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/**
 * "Already on file?": finds a person among everyone on file (an alumnus coming back) as you type,
 * with the same matching as the People page, so they are enrolled instead of entered twice.
 * Everyone is read once in the background; the search runs in memory.
 */
final class OnFileFinder extends VBox {
    static final String SEARCH_ID = "onFileSearch";
    static final String LIST_ID = "onFileList";
    static final String ENROLL_ID = "onFileEnroll";

    /** A person on file and the folded text they are found by. */
    record Found(PeopleDirectory.Entry entry, String text) {
        static Found of(PeopleDirectory.Entry e) {
            return new Found(e, PeopleDirectory.searchText(e.person()));
        }
    }

    private final ObservableList<Found> everyone = FXCollections.observableArrayList();
    private final FilteredList<Found> matches = new FilteredList<>(everyone, f -> false);
    private final TextField search = new TextField();

    OnFileFinder(Localization tr, Consumer<Person> chosen) {
        super(6);
        Label title = new Label(tr.tr("trainee.on_file"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        search.setId(SEARCH_ID);
        search.setPromptText(tr.tr("trainee.on_file.prompt"));
        search.textProperty().addListener((o, old, now) -> {
            TextMatch match = TextMatch.of(now);
            matches.setPredicate(now.isBlank() ? f -> false : f -> match.matches(f.text()));
        });
        ListView<Found> list = new ListView<>(matches);
        list.setId(LIST_ID);
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(tr.tr("trainee.on_file.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Found f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().remove(Styles.LAO);
                setText(empty || f == null ? null : describe(tr, f.entry()));
                if (!empty && f != null) {
                    LaoText.mark(getStyleClass(), getText());
                }
            }
        });
        Button enroll = new Button(tr.tr("trainee.on_file.enroll"));
        enroll.setId(ENROLL_ID);
        enroll.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        enroll.setOnAction(e -> chosen.accept(list.getSelectionModel().getSelectedItem().entry().person()));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !matches.isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        getChildren().addAll(title, search, list, enroll);
    }

    /** Puts the cursor in the search: when adding a trainee, look on file first. */
    void focusSearch() {
        search.requestFocus();
    }

    /** Everyone on file, as read in the background. */
    void setEveryone(List<PeopleDirectory.Entry> entries) {
        everyone.setAll(entries.stream().map(Found::of).toList());
    }

    private static String describe(Localization tr, PeopleDirectory.Entry e) {
        Person p = e.person();
        StringBuilder out = new StringBuilder(p.nameLatin());
        for (String part : new String[] {p.nameLocal(), tr.date(p.birthDate()), p.passportNo(), String.join(", ", e.cohorts())}) {
            if (part != null && !part.isBlank()) {
                out.append(" · ").append(part);
            }
        }
        return out.toString();
    }
}
