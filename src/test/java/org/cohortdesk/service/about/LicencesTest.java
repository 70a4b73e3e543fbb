package org.cohortdesk.service.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every jar the build ships (Maven copies the runtime dependencies to {@code target/lib} before the
 * tests run) has a licence entry with its text, and no entry names a jar that is no longer shipped.
 */
class LicencesTest {
    private static final Path LIB = Path.of("target/lib");

    private static List<String> shippedJars() throws IOException {
        assertTrue(Files.isDirectory(LIB), "the build copies the runtime dependencies to " + LIB.toAbsolutePath());
        try (Stream<Path> files = Files.list(LIB)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        }
    }

    @Test
    void everyShippedJarHasALicenceEntry() throws IOException {
        List<Licences.Component> components = Licences.bundled();
        List<String> jars = shippedJars();
        assertTrue(jars.size() > 20, "jars in " + LIB + ": " + jars);
        Set<String> without = new TreeSet<>();
        for (String jar : jars) {
            if (Licences.forJar(components, jar).isEmpty()) {
                without.add(jar);
            }
        }
        assertEquals(Set.of(), without, "jars without a line in org/cohortdesk/licences/bundled.txt");
    }

    @Test
    void everyEntryNamesAShippedJarOrIsTheRuntimeOrTheFonts() throws IOException {
        List<String> jars = shippedJars();
        Set<String> stale = new TreeSet<>();
        for (Licences.Component component : Licences.bundled()) {
            for (String id : component.jars()) {
                Licences.Component alone = new Licences.Component(List.of(id), component.name(), component.licence(),
                        component.textResources(), component.noteKey());
                if (jars.stream().noneMatch(alone::ships)) {
                    stale.add(id);
                }
            }
        }
        assertEquals(Set.of(), stale, "entries for jars the build no longer ships");
        assertTrue(Licences.bundled().stream().anyMatch(c -> c.jars().isEmpty() && c.name().contains("runtime")));
        assertTrue(Licences.bundled().stream().anyMatch(c -> c.licence().equals("OFL-1.1")));
    }

    @Test
    void everyEntryHasItsFullLicenceText() {
        Map<Licences.Component, String> texts = Licences.bundledWithTexts();
        assertTrue(texts.size() >= 20);
        texts.forEach((component, text) -> assertTrue(text.length() > 300, component.name() + " has too short a licence text"));
        Licences.Component openPdf = texts.keySet().stream().filter(c -> c.name().equals("OpenPDF")).findFirst().orElseThrow();
        assertTrue(texts.get(openPdf).contains("GNU LESSER GENERAL PUBLIC LICENSE") && texts.get(openPdf).contains("Mozilla Public License"),
                "both licences OpenPDF offers");
        assertTrue(texts.keySet().stream().allMatch(c -> c.noteKey().isEmpty() || Licences.NOTE_KEYS.contains(c.noteKey().get())));
    }

    @Test
    void aJarIsMatchedByItsArtifactIdNotByAPrefix() {
        Licences.Component fastexcel = Licences.bundled().stream().filter(c -> c.name().equals("fastexcel")).findFirst().orElseThrow();
        assertTrue(fastexcel.ships("fastexcel-reader-0.20.2.jar"));
        Licences.Component h2 = Licences.bundled().stream().filter(c -> c.name().startsWith("H2")).findFirst().orElseThrow();
        assertTrue(h2.ships("h2-2.5.252.jar"));
        assertTrue(!h2.ships("h2-extra-1.0.jar"));
        assertTrue(Licences.forJar(Licences.bundled(), "unknown-1.0.jar").isEmpty());
    }
}
