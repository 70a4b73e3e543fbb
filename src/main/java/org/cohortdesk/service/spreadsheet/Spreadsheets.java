package org.cohortdesk.service.spreadsheet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/** Writing a table to a spreadsheet file. */
public final class Spreadsheets {
    private Spreadsheets() {}

    /**
     * Writes {@code table} to {@code file} in {@code format}: header row first (bold and frozen in
     * XLSX), columns fitted to their content, dates as date cells shown dd/mm/yyyy, text kept as
     * text (leading zeros survive), formula-like text neutralised. The file is written beside
     * under a temporary name and moved into place, so a failed export never leaves half a file.
     *
     * @throws IOException when the file cannot be written (a missing folder, no permission, a full disk)
     */
    public static void write(Table table, SpreadsheetFormat format, Path file) throws IOException {
        writeFile(file, out -> format.writer().write(table, out));
    }

    /**
     * Writes {@code tables} to a stream as one XLSX workbook, a sheet per table in order, each as
     * {@link #write} writes one; the sheets' names must differ. The stream is left open.
     */
    public static void writeXlsx(List<Table> tables, OutputStream out) throws IOException {
        XlsxWriter.writeAll(tables, out);
    }

    /** What writes a file's bytes to a stream (the stream is closed by the caller). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} with {@code body}, beside under a temporary name and then moved into
     * place, so a failure never leaves half a file.
     *
     * @throws IOException when the file cannot be written (a missing folder, no permission, a full disk)
     */
    public static void writeFile(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        // Not Files.createTempFile: its file is readable by its owner only, and the export would keep that.
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), 1 << 16)) {
                body.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code table} to a stream in {@code format}; the stream is left open. */
    public static void write(Table table, SpreadsheetFormat format, OutputStream out) throws IOException {
        format.writer().write(table, out);
    }
}
