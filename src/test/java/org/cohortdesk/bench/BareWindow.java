package org.cohortdesk.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up budget: a bare JavaFX window with one label, timed like
 * {@code --measure-startup} (from JVM start until the shown window has rendered a frame).
 */
public final class BareWindow {
    private BareWindow() {}

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1100, 700));
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
                    System.out.println("startup-ms: " + Duration.between(start, Instant.now()).toMillis());
                    Platform.exit();
                }
            }.start();
        });
    }
}
