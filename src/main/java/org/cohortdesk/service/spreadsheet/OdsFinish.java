package org.cohortdesk.service.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * What SODS 1.8 cannot say, added to the file it wrote: dates shown day first (SODS has one date
 * style, year first) and the header row frozen (SODS writes no view settings). The package is
 * copied entry by entry; {@code content.xml} gets the day-first date style, and a
 * {@code settings.xml} that freezes the first row is added and listed in the manifest.
 */
final class OdsFinish {
    /** The one date style SODS 1.8 writes (year first), however the XML writer in use spells empty elements. */
    static final Pattern SODS_DATE_STYLE = Pattern.compile("<number:date-style style:name=\"datestyle\">.*?</number:date-style>");
    static final String DAY_FIRST = "<number:date-style style:name=\"datestyle\"><number:day number:style=\"long\"/>"
            + "<number:text>/</number:text><number:month number:style=\"long\"/><number:text>/</number:text>"
            + "<number:year number:style=\"long\"/></number:date-style>";

    private OdsFinish() {}

    static void copy(byte[] sods, String sheetName, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(sods))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                switch (entry.getName()) {
                    case "mimetype" -> stored(zip, "mimetype", bytes);
                    case "content.xml" -> deflated(zip, entry.getName(), dayFirst(text(bytes)).getBytes(StandardCharsets.UTF_8));
                    case "META-INF/manifest.xml" -> deflated(zip, entry.getName(), withSettings(text(bytes)).getBytes(StandardCharsets.UTF_8));
                    case "settings.xml" -> { }
                    default -> deflated(zip, entry.getName(), bytes);
                }
            }
        }
        deflated(zip, "settings.xml", settings(sheetName).getBytes(StandardCharsets.UTF_8));
        zip.finish();
    }

    /**
     * SODS 1.8 also gives every column a default cell style, the same for all (a date style here),
     * so that LibreOffice showed an unstyled number as a date; each cell names its own style, so
     * the column defaults go.
     */
    private static final Pattern COLUMN_DEFAULT = Pattern.compile("(<table:table-column[^>]*?) table:default-cell-style-name=\"[^\"]*\"");

    static String dayFirst(String content) {
        String dayFirst = SODS_DATE_STYLE.matcher(content).replaceFirst(Matcher.quoteReplacement(DAY_FIRST));
        return COLUMN_DEFAULT.matcher(dayFirst).replaceAll("$1");
    }

    private static String withSettings(String manifest) {
        if (manifest.contains("\"settings.xml\"")) {
            return manifest;
        }
        return manifest.replace("</manifest:manifest>",
                "<manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
    }

    /** View settings that freeze the first row of the sheet, as LibreOffice Calc writes them. */
    static String settings(String sheetName) {
        String name = xml(sheetName);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" office:version=\"1.2\"><office:settings>"
                + "<config:config-item-set config:name=\"ooo:view-settings\"><config:config-item-map-indexed config:name=\"Views\">"
                + "<config:config-item-map-entry><config:config-item config:name=\"ViewId\" config:type=\"string\">view1</config:config-item>"
                + "<config:config-item-map-named config:name=\"Tables\"><config:config-item-map-entry config:name=\"" + name + "\">"
                + item("VerticalSplitMode", "short", 2) + item("VerticalSplitPosition", "int", 1) + item("ActiveSplitRange", "short", 2)
                + item("PositionTop", "int", 0) + item("PositionBottom", "int", 1)
                + "</config:config-item-map-entry></config:config-item-map-named>"
                + "<config:config-item config:name=\"ActiveTable\" config:type=\"string\">" + name + "</config:config-item>"
                + "</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>"
                + "</office:settings></office:document-settings>";
    }

    private static String item(String name, String type, int value) {
        return "<config:config-item config:name=\"" + name + "\" config:type=\"" + type + "\">" + value + "</config:config-item>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The mimetype entry comes first and uncompressed, so that a program knows the file by its first bytes. */
    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
