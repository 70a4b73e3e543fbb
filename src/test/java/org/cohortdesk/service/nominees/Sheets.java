package org.cohortdesk.service.nominees;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;

/** Writes XLSX fixtures for the import tests with fastexcel. */
final class Sheets {
    private Sheets() {}

    static Path xlsx(Path file, Consumer<Workbook> fill) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "CohortDeskTest", "1.0");
            fill.accept(workbook);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path resource(Path dir, String name) {
        try (var in = Sheets.class.getResourceAsStream(name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
