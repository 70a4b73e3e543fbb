package org.cohortdesk.service.nominees;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cohortdesk.model.ProblemException;

/**
 * Reads a nominee list from a file into the cells of one sheet: XLSX or ODS (the first sheet that
 * is not hidden, or the one named), or CSV. A file that cannot be read is refused with a {@link
 * ProblemException} that says why in one line: missing, empty, too large, not the spreadsheet its
 * name says, protected by a password (an encrypted XLSX is an OLE2 compound file; an encrypted ODS
 * says so in its manifest), an old .xls workbook (also OLE2; asked to be saved as .xlsx), a sheet too
 * long for one import.
 */
public final class NomineeFile {
    /** A CSV file is read whole; a nominee list is kilobytes, so anything beyond this is not one. */
    static final long MAX_CSV_BYTES = 20L * 1024 * 1024;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private NomineeFile() {}

    /**
     * Reads {@code file}; {@code sheet} names the sheet of a workbook to read (null: the first one not
     * hidden; ignored for CSV). Writes nothing; never returns a half-read sheet.
     */
    public static SheetCells read(Path file, String sheet) {
        String name = file.getFileName().toString();
        return switch (kind(file)) {
            case XLSX -> XlsxSheet.read(file, sheet);
            case ODS -> OdsSheet.read(file, sheet);
            case CSV -> CsvSheet.read(name, bytes(file, name));
        };
    }

    /**
     * The names of the sheets of a workbook that are not hidden, in order; empty for a CSV file.
     * Refused as {@link #read} refuses a file that cannot be read.
     */
    public static List<String> sheets(Path file) {
        return switch (kind(file)) {
            case XLSX -> XlsxSheet.visibleSheets(file);
            case ODS -> OdsSheet.visibleSheets(file);
            case CSV -> List.of();
        };
    }

    private enum Kind { XLSX, ODS, CSV }

    /** What the file is, by its name, once its first bytes show it can be read as that. */
    private static Kind kind(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw ProblemException.of("error.nominees.not_found", file.toString());
        }
        byte[] start = start(file, name);
        if (start.length == 0) {
            throw ProblemException.of("error.nominees.empty_file", name);
        }
        if (startsWith(start, OLE2)) {
            throw ProblemException.of(extension(name).equals("xls") ? "error.nominees.old_xls" : "error.nominees.protected", name);
        }
        Kind kind = switch (extension(name)) {
            case "xlsx", "xlsm" -> Kind.XLSX;
            case "ods" -> Kind.ODS;
            case "csv", "txt", "tsv" -> Kind.CSV;
            default -> throw ProblemException.of("error.nominees.unknown_format", name);
        };
        if (kind != Kind.CSV && !startsWith(start, ZIP)) {
            throw ProblemException.of("error.nominees.not_xlsx", name);
        }
        return kind;
    }

    private static String extension(String name) {
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static byte[] start(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        } catch (IOException e) {
            throw ProblemException.of("error.nominees.unreadable", name);
        }
    }

    private static byte[] bytes(Path file, String name) {
        try {
            if (Files.size(file) > MAX_CSV_BYTES) {
                throw ProblemException.of("error.nominees.too_large", name, MAX_CSV_BYTES / (1024 * 1024));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ProblemException.of("error.nominees.unreadable", name);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
