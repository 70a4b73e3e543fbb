package org.cohortdesk.service.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the app ships and under which licence: the libraries in its {@code lib/} folder, the Java
 * runtime of the installed app, the fonts. The list and the licence texts are resources under
 * {@code org/cohortdesk/licences/}; {@code bundled.txt} there says how to add a line.
 */
public final class Licences {
    static final String FOLDER = "/org/cohortdesk/licences/";
    private static final String INDEX = FOLDER + "bundled.txt";
    private static final Pattern COLUMNS = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern TEXTS = Pattern.compile("\\s*\\+\\s*");
    private static final String NONE = "-";
    /** The remarks a line may carry; the window shows them in the user's language. */
    static final Set<String> NOTE_KEYS = Set.of("licences.note.runtime", "licences.note.fonts", "licences.note.h2",
            "licences.note.openpdf", "licences.note.fontawesome");

    private Licences() {}

    /**
     * One shipped component.
     *
     * @param jars the artifact ids of its jars (empty for the runtime and the fonts)
     * @param licence the licence as its SPDX-like short name, for example {@code Apache-2.0}
     * @param textResources the resources holding the licence's full text
     * @param noteKey a message key for a remark (how it is used), or empty
     */
    public record Component(List<String> jars, String name, String licence, List<String> textResources, Optional<String> noteKey) {
        public Component {
            jars = List.copyOf(jars);
            textResources = List.copyOf(textResources);
        }

        /** Whether {@code fileName} (for example {@code h2-2.5.252.jar}) is one of this component's jars. */
        public boolean ships(String fileName) {
            return jars.stream().anyMatch(id -> fileName.matches(Pattern.quote(id) + "-\\d.*\\.jar"));
        }

        /** The full licence text (several texts one after the other when it offers a choice). */
        public String text() {
            StringBuilder all = new StringBuilder();
            for (String resource : textResources) {
                if (!all.isEmpty()) {
                    all.append("\n\n").append("-".repeat(72)).append("\n\n");
                }
                all.append(read(resource));
            }
            return all.toString();
        }
    }

    /** Every shipped component, in the order of the list (the app's main libraries first). */
    public static List<Component> bundled() {
        List<Component> components = new ArrayList<>();
        String index = read(INDEX);
        int lineNumber = 0;
        for (String line : index.split("\n")) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] columns = COLUMNS.split(trimmed);
            if (columns.length != 5) {
                throw new IllegalStateException(INDEX + ":" + lineNumber + ": expected 5 columns separated by |, found " + columns.length);
            }
            List<String> jars = NONE.equals(columns[0]) ? List.of() : Arrays.asList(columns[0].split("\\s*,\\s*"));
            List<String> texts = TEXTS.splitAsStream(columns[3]).map(t -> t.startsWith("/") ? t : FOLDER + t).toList();
            Optional<String> note = NONE.equals(columns[4]) ? Optional.empty() : Optional.of(columns[4]);
            if (note.isPresent() && !NOTE_KEYS.contains(note.get())) {
                throw new IllegalStateException(INDEX + ":" + lineNumber + ": unknown note " + note.get());
            }
            components.add(new Component(jars, columns[1], columns[2], texts, note));
        }
        return components;
    }

    /** Every shipped component with its licence text, in the order of the list (reads resources: not on the FX thread). */
    public static Map<Component, String> bundledWithTexts() {
        Map<Component, String> texts = new LinkedHashMap<>();
        for (Component component : bundled()) {
            texts.put(component, component.text());
        }
        return texts;
    }

    /** The component that ships the jar named {@code fileName}, if the list names it. */
    public static Optional<Component> forJar(List<Component> components, String fileName) {
        return components.stream().filter(c -> c.ships(fileName)).findFirst();
    }

    static String read(String resource) {
        try (InputStream in = Licences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = reader.read(buffer)) > 0; ) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
