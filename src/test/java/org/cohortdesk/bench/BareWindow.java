package org.cohortdesk.bench;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up budget: a bare JavaFX window with one label, timed exactly like
 * {@code --measure-startup} (ui/StartupMeasure): from the JVM's start (RuntimeMXBean) until the
 * second frame after the window is shown, so that one frame has been rendered.
 */
public final class BareWindow {
    private BareWindow() {}

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1100, 700));
            stage.show();
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long nanos) {
                    if (++frames < 2) {
                        return;
                    }
                    stop();
                    long now = System.currentTimeMillis();
                    System.out.println("startup-ms: " + (now - ManagementFactory.getRuntimeMXBean().getStartTime()));
                    Platform.exit();
                }
            }.start();
        });
    }
}
