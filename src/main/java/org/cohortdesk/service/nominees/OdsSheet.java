package org.cohortdesk.service.nominees;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;

/**
 * Reads one sheet of an ODS workbook (LibreOffice's own format) with SODS: a formula gives the
 * value saved with it, a date cell becomes dd/MM/yyyy text. SODS reads a whole workbook into
 * memory, so a workbook whose content is larger than a nominee list can be is refused unread.
 */
final class OdsSheet {
    /** The uncompressed size of content.xml above which a workbook is not read: a 1,000-row list is about 1 MB. */
    static final long MAX_CONTENT_BYTES = 40L * 1024 * 1024;
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private OdsSheet() {}

    static SheetCells read(Path file, String sheetName) {
        String name = file.getFileName().toString();
        refuseUnreadable(file, name);
        try {
            SpreadSheet workbook = new SpreadSheet(file.toFile());
            Sheet sheet = SheetChoice.choose(workbook.getSheets(), Sheet::getName, Sheet::isHidden, sheetName);
            SheetRows rows = new SheetRows();
            if (sheet.getMaxRows() > 0 && sheet.getMaxColumns() > 0) {
                Object[][] values = sheet.getRange(0, 0, sheet.getMaxRows(), sheet.getMaxColumns()).getValues();
                for (int r = 0; r < values.length; r++) {
                    List<String> cells = new ArrayList<>();
                    for (Object value : values[r]) {
                        cells.add(text(value));
                    }
                    rows.add(r + 1, cells);
                }
            }
            return new SheetCells(sheet.getName(), rows.rows());
        } catch (ProblemException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(Problem.error("error.nominees.unreadable", name), e);
        }
    }

    /** The names of the sheets that are not hidden. */
    static List<String> visibleSheets(Path file) {
        String name = file.getFileName().toString();
        refuseUnreadable(file, name);
        try {
            return new SpreadSheet(file.toFile()).getSheets().stream().filter(s -> !s.isHidden()).map(Sheet::getName).toList();
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(Problem.error("error.nominees.unreadable", name), e);
        }
    }

    /** True when the manifest says a part of the workbook is encrypted, as a password-protected ODS is. */
    private static boolean encrypted(ZipFile zip) throws IOException {
        ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest == null) {
            return false;
        }
        try (java.io.InputStream in = zip.getInputStream(manifest)) {
            return new String(in.readNBytes(1024 * 1024), java.nio.charset.StandardCharsets.UTF_8).contains("encryption-data");
        }
    }

    private static void refuseUnreadable(Path file, String name) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw ProblemException.of("error.nominees.unreadable", name);
            }
            if (encrypted(zip)) {
                throw ProblemException.of("error.nominees.protected", name);
            }
            if (content.getSize() > MAX_CONTENT_BYTES) {
                throw ProblemException.of("error.nominees.too_many_rows", org.cohortdesk.service.roster.RosterPaste.maxRows());
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.error("error.nominees.unreadable", name), e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return date.format(DAY_FIRST);
        }
        if (value instanceof LocalDateTime time) {
            return time.toLocalDate().format(DAY_FIRST);
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
