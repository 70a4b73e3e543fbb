package org.cohortdesk.service.schedule;

import static org.cohortdesk.service.schedule.ScheduleFixture.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.Session;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calendar files written from a real cohort and parsed back with ical4j, a real iCalendar parser. */
class IcsExportTest {
    static final String CODE = "LAO-2026-03";
    static final String LONG_LAO = "ການຄຸ້ມຄອງລັດກ່ຽວກັບການຈັດຕັ້ງ ແລະ ພະນັກງານ ຂອງກະຊວງພາຍໃນ ແຂວງຈຳປາສັກ ແລະ ນະຄອນຫຼວງວຽງຈັນ";

    @TempDir
    Path dir;
    Database db;
    ScheduleFixture fx;
    Session lecture;
    Session visit;
    Session tricky;

    @BeforeEach
    void cohortWithSessions() {
        db = TestDatabases.open(dir);
        fx = new ScheduleFixture(db);
        Cohort cohort = fx.cohort(CODE, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 29));
        CourseModule module = fx.modules(24).get(0);
        Resource room = fx.resource(ResourceKind.ROOM, "Phòng 301, nhà A");
        Resource lecturer = fx.resource(ResourceKind.LECTURER, "PGS.TS. Nguyễn Thị Hồng");
        Resource interpreter = fx.resource(ResourceKind.INTERPRETER, "ສົມພອນ ແກ້ວມະນີ");
        lecture = fx.session(cohort, module.id(), "Chuyên đề 1", at(2026, 5, 4, 8, 0), at(2026, 5, 4, 11, 30), null, room, lecturer,
                interpreter);
        visit = fx.session(cohort, null, "Tham quan Văn phòng Chính phủ", at(2026, 5, 5, 13, 30), at(2026, 5, 5, 17, 0),
                "Ba Đình, Hà Nội");
        tricky = fx.session(cohort, null, "A, B; C \\ D\nE " + LONG_LAO, at(2026, 5, 6, 8, 0), at(2026, 5, 6, 11, 30),
                "Hội trường; tầng 2, " + LONG_LAO);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private IcsExport export(String instant) {
        return new IcsExport(db.jdbi(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    private static Instant academy(java.time.temporal.Temporal time) {
        return java.time.LocalDateTime.from(time).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    private static DtStart<?> start(VEvent event) {
        return event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
    }

    @Test
    void parsesBackWithOneEventPerSessionInTheAcademyTimeZone() throws Exception {
        Path file = dir.resolve("calendar.ics");
        IcsExport.Written written = export("2026-11-23T03:00:00Z").write(CODE, new Localization(Language.LO), false, file);
        assertEquals(3, written.events());

        Calendar calendar = parse(Files.readString(file, StandardCharsets.UTF_8));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().getEntries().toString());
        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertEquals("Asia/Ho_Chi_Minh", value(zone, Property.TZID));
        List<VEvent> events = events(calendar);
        assertEquals(3, events.size());
        VEvent first = events.get(0);
        assertEquals("Asia/Ho_Chi_Minh", start(first).getParameter("TZID").orElseThrow().getValue());
        // The wall-clock time at the academy, read in the zone the file names (ical4j 4.0.0-rc5 turns
        // a TZID time into an instant an hour early, by the zone's pre-1975 offset; 3.2 did not).
        assertEquals(Instant.parse("2026-05-04T01:00:00Z"), academy(start(first).getDate()));
        assertEquals(Instant.parse("2026-05-04T04:30:00Z"), academy(first.<DtEnd<?>>getProperty(Property.DTEND).orElseThrow().getDate()));
        assertEquals("ບົດຮຽນ 1", value(first, Property.SUMMARY), "the module's Lao title");
        assertEquals("Phòng 301, nhà A", value(first, Property.LOCATION));
        String description = value(first, Property.DESCRIPTION);
        assertTrue(description.contains("ອາຈານ: PGS.TS. Nguyễn Thị Hồng"), description);
        assertTrue(description.contains("ນາຍພາສາ: ສົມພອນ ແກ້ວມະນີ"), description);
        assertEquals("Ba Đình, Hà Nội", value(events.get(1), Property.LOCATION));
        assertTrue(value(events.get(1), Property.DESCRIPTION).startsWith("ການບັນຍາຍ\n"), value(events.get(1), Property.DESCRIPTION));
    }

    @Test
    void uidsStayTheSameFromOneExportToTheNext() throws Exception {
        Localization en = new Localization(Language.EN);
        Set<String> monday = events(parse(export("2026-11-23T03:00:00Z").calendar(CODE, en, false))).stream()
                .map(e -> value(e, Property.UID)).collect(Collectors.toSet());
        Set<String> friday = events(parse(export("2026-11-27T09:00:00Z").calendar(CODE, new Localization(Language.VI), true))).stream()
                .map(e -> value(e, Property.UID)).collect(Collectors.toSet());
        assertEquals(Set.of(lecture.id() + "@cohortdesk", visit.id() + "@cohortdesk", tricky.id() + "@cohortdesk"), monday);
        assertEquals(monday, friday);
    }

    @Test
    void foldsLinesAt75OctetsWithoutSplittingALetter() throws Exception {
        String text = export("2026-11-23T03:00:00Z").calendar(CODE, new Localization(Language.VI), false);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, from, i));
                from = i + 2;
            }
        }
        assertEquals(bytes.length, from, "every line ends in CRLF");
        boolean folded = false;
        for (byte[] line : lines) {
            assertTrue(line.length <= 75, new String(line, StandardCharsets.UTF_8) + ": " + line.length + " octets");
            decodeStrictly(line);
            folded |= line.length > 0 && line[0] == ' ';
        }
        assertTrue(folded, "the long Lao lines were folded");
        assertFalse(text.contains("\n\n"));

        VEvent event = events(parse(text)).get(2);
        assertEquals("A, B; C \\ D\nE " + LONG_LAO, value(event, Property.SUMMARY));
        assertEquals("Hội trường; tầng 2, " + LONG_LAO, value(event, Property.LOCATION));
    }

    @Test
    void escapesCommasSemicolonsBackslashesAndLineBreaks() {
        String text = export("2026-11-23T03:00:00Z").calendar(CODE, new Localization(Language.EN), false);
        String unfolded = text.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:A\\, B\\; C \\\\ D\\nE ການ"), unfolded);
        assertTrue(unfolded.contains("LOCATION:Hội trường\\; tầng 2\\, "), unfolded);
        assertEquals("a\\,b\\;c\\\\d\\ne\\nf", IcsExport.escape("a,b;c\\d\r\ne\nf"));
    }

    @Test
    void writesUtcTimesWithoutTheTimeZoneWhenAsked() throws Exception {
        String text = export("2026-11-23T03:00:00Z").calendar(CODE, new Localization(Language.EN), true);
        assertTrue(text.contains("DTSTART:20260504T010000Z\r\n"), text);
        assertFalse(text.contains("VTIMEZONE"));
        VEvent first = events(parse(text)).get(0);
        assertEquals("Module 1", value(first, Property.SUMMARY));
        assertEquals(Instant.parse("2026-05-04T01:00:00Z"), Instant.from(start(first).getDate()));
        assertTrue(start(first).isUtc());
    }

    @Test
    void refusesAnUnknownCohortAndWritesNoFile() {
        Path file = dir.resolve("none.ics");
        ProblemException e = assertThrows(ProblemException.class,
                () -> export("2026-11-23T03:00:00Z").write("NOPE", new Localization(Language.EN), false, file));
        assertEquals("error.cohort.unknown", e.problem().key());
        assertFalse(Files.exists(file));
    }

    private static void decodeStrictly(byte[] line) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(line));
    }
}
