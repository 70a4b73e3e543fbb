package org.cohortdesk.ui.common;

import java.util.List;
import javafx.geometry.Pos;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * Lao script on screen. JavaFX breaks lines with the JDK's break iterator, which has no Lao
 * dictionary and so splits Lao words, even syllables. So Lao text is never wrapped by JavaFX: a
 * label is cut with an ellipsis and shows the whole text as a tooltip, and a paragraph breaks only
 * where the writer put a space (Lao puts spaces between phrases and sentences).
 */
public final class LaoText {
    private static final char FIRST = '\u0E80';
    private static final char LAST = '\u0EFF';
    private static final String OWN_TOOLTIP = LaoText.class.getName() + ".tooltip";

    private LaoText() {}

    public static boolean containsLao(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST) {
                return true;
            }
        }
        return false;
    }

    /** Adds the Lao style class to {@code styleClasses} when {@code text} is Lao (menu items, tooltips: no {@code Labeled}). */
    public static void mark(List<String> styleClasses, String text) {
        if (containsLao(text) && !styleClasses.contains(Styles.LAO)) {
            styleClasses.add(Styles.LAO);
        }
    }

    /** A tooltip showing {@code text} whole, in the Lao font when it is Lao. */
    public static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        mark(tooltip.getStyleClass(), text);
        return tooltip;
    }

    /** A label for one line of text: Lao gets the Lao style, no wrapping, an ellipsis and a tooltip. */
    public static Label label(String text, String... styleClasses) {
        Label label = new Label();
        label.getStyleClass().addAll(styleClasses);
        show(label, text);
        return label;
    }

    /** Shows {@code text} in {@code labeled} now and whenever it changes, as {@link #show} does. */
    public static void follow(Labeled labeled, ObservableValue<String> text) {
        show(labeled, text.getValue());
        text.addListener((o, old, now) -> show(labeled, now));
    }

    /** Sets a labeled's text, marking it as Lao (style, tooltip, no wrapping) or not. */
    public static void show(Labeled labeled, String text) {
        labeled.setText(text);
        boolean ownTooltip = labeled.getProperties().containsKey(OWN_TOOLTIP);
        if (containsLao(text)) {
            if (!labeled.getStyleClass().contains(Styles.LAO)) {
                labeled.getStyleClass().add(Styles.LAO);
            }
            labeled.setWrapText(false);
            labeled.setTextOverrun(OverrunStyle.ELLIPSIS);
            if (labeled.getTooltip() == null || ownTooltip) {
                labeled.setTooltip(tooltip(text));
                labeled.getProperties().put(OWN_TOOLTIP, Boolean.TRUE);
            }
        } else {
            labeled.getStyleClass().remove(Styles.LAO);
            if (ownTooltip) {
                labeled.setTooltip(null);
                labeled.getProperties().remove(OWN_TOOLTIP);
            }
        }
    }

    /**
     * Running text that may take several lines. Other scripts wrap as usual; Lao is laid out as
     * space-separated pieces that move to the next line whole.
     */
    public static Node paragraph(String text, String... styleClasses) {
        if (!containsLao(text)) {
            Label label = new Label(text);
            label.getStyleClass().addAll(styleClasses);
            label.setWrapText(true);
            label.setMinHeight(Label.USE_PREF_SIZE);
            return label;
        }
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add(Styles.LAO_PARAGRAPH);
        flow.setAlignment(Pos.TOP_LEFT);
        flow.setPrefWrapLength(520);
        for (String piece : text.strip().split(" +")) {
            Label part = new Label(piece);
            part.getStyleClass().addAll(styleClasses);
            part.getStyleClass().add(Styles.LAO);
            part.setMinWidth(Label.USE_PREF_SIZE);
            flow.getChildren().add(part);
        }
        return flow;
    }

    /** Shows {@code text} as the only content of {@code box}, as a {@link #paragraph}: a message that changes (a refusal in a dialog). */
    public static void showParagraph(javafx.scene.layout.Pane box, String text, String... styleClasses) {
        box.getChildren().setAll(paragraph(text, styleClasses));
    }
}
