package org.cohortdesk.ui.common;

import java.util.function.Function;
import javafx.scene.control.TableCell;

/**
 * A table cell showing text made from its value; Lao text gets the Lao style and, since it is
 * never wrapped, a tooltip with the whole text.
 */
public class TextCell<S, T> extends TableCell<S, T> {
    private final Function<? super T, String> text;

    public TextCell(Function<? super T, String> text) {
        this.text = text;
    }

    public static <S> TextCell<S, String> plain() {
        return new TextCell<>(s -> s);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        String shown = empty || item == null ? null : text.apply(item);
        setText(shown);
        // Style classes change only when they must: every change makes the cell's CSS be worked out again.
        boolean lao = LaoText.containsLao(shown);
        if (lao != getStyleClass().contains(Styles.LAO)) {
            if (lao) {
                getStyleClass().add(Styles.LAO);
            } else {
                getStyleClass().remove(Styles.LAO);
            }
        }
        if (lao) {
            if (getTooltip() == null) {
                setTooltip(LaoText.tooltip(shown));
            } else {
                getTooltip().setText(shown);
            }
        } else if (getTooltip() != null) {
            setTooltip(null);
        }
    }
}
