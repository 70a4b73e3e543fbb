package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cohortdesk.cli.CommandLineTest.Result;
import org.cohortdesk.service.exchange.PackageFile;
import org.cohortdesk.service.pdf.PdfReadBack;
import org.cohortdesk.service.report.ReportFixture;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code institution}: shows and sets the profile (only the fields given), and the annual report and packages print it. */
class InstitutionCommandTest {
    static final String NAME_VI = "Học viện Cán bộ thành phố Đà Nẵng";
    static final String NAME_LO = "ສະຖາບັນພະນັກງານ ນະຄອນດ່ານັງ";

    @TempDir
    Path dir;
    String data;

    @BeforeEach
    void workspace() {
        data = dir.resolve("data").toString();
        try (Database db = Database.open(new DataFolder(dir.resolve("data")), LegacyH2.none())) {
            ReportFixture.insert(db.jdbi());
        }
    }

    private Result institution(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "institution";
        System.arraycopy(options, 0, args, 1, options.length);
        System.arraycopy(new String[] {"--data", data, "--lang", "en"}, 0, args, options.length + 1, 4);
        return run(args);
    }

    @Test
    void showsTheProfileAndSetsOnlyTheFieldsGiven() {
        Result empty = institution();
        assertEquals(0, empty.code(), empty.err());
        assertEquals(List.of("Name in Vietnamese: (not set)", "Name in Lao: (not set)", "Name in English: (not set)",
                "Place in Vietnamese: (not set)", "Place in Lao: (not set)", "Place in English: (not set)"), empty.lines());

        Result set = institution("--name-vi", NAME_VI, "--name-lo", NAME_LO, "--place", " Đà Nẵng ");
        assertEquals(0, set.code(), set.err());
        assertEquals(List.of("Name in Vietnamese: " + NAME_VI, "Name in Lao: " + NAME_LO, "Name in English: (not set)",
                "Place in Vietnamese: Đà Nẵng", "Place in Lao: (not set)", "Place in English: (not set)",
                "Saved. Certificates, annual reports and packages made from now on print it."), set.lines());

        assertEquals(0, institution("--place-lo", "ດ່ານັງ", "--name-lo", "").code());
        List<String> shown = institution().lines();
        assertEquals("Name in Vietnamese: " + NAME_VI, shown.get(0), "kept: not given");
        assertEquals("Name in Lao: (not set)", shown.get(1), "cleared with \"\"");
        assertEquals("Place in Lao: ດ່ານັງ", shown.get(4));
    }

    @Test
    void refusesATooLongNameWithExitOneAndChangesNothing() {
        institution("--name-vi", NAME_VI);
        Result refused = institution("--name-vi", "Học viện khác", "--name-en", "A".repeat(301));
        assertEquals(1, refused.code());
        assertEquals("Name in English is too long: 301 characters, at most 300. Nothing was saved.", refused.err().strip());
        assertEquals("Name in Vietnamese: " + NAME_VI, institution().lines().get(0));
    }

    @Test
    void theAnnualReportNamesTheInstitutionInItsLanguageAndAcademyStillOverridesIt() throws IOException {
        institution("--name-vi", NAME_VI, "--name-lo", NAME_LO);
        Path lao = dir.resolve("annual-lo.pdf");
        assertEquals(0, run("report", "annual", "--year", "2025", "--out", lao.toString(), "--data", data, "--lang", "lo").code());
        String laoText = PdfReadBack.of(lao).text();
        assertTrue(laoText.contains(NAME_LO), laoText);
        assertFalse(laoText.contains("ສະຖາບັນບໍລິຫານລັດແຫ່ງຊາດ"), "not the message text any more");

        Path english = dir.resolve("annual-en.pdf");
        assertEquals(0, run("report", "annual", "--year", "2025", "--out", english.toString(), "--data", data, "--lang", "en").code());
        String englishText = PdfReadBack.of(english).text();
        assertTrue(englishText.contains(NAME_VI), "no English name: the Vietnamese one\n" + englishText);
        assertFalse(englishText.contains("National Academy of Public Administration"), englishText);

        Path once = dir.resolve("annual-once.pdf");
        assertEquals(0, run("report", "annual", "--year", "2025", "--out", once.toString(), "--data", data, "--lang", "en",
                "--academy", "Partner School").code());
        String onceText = PdfReadBack.of(once).text();
        assertTrue(onceText.contains("Partner School") && !onceText.contains(NAME_VI), onceText);
        assertEquals("Name in Vietnamese: " + NAME_VI, institution().lines().get(0), "--academy is for this report only");
    }

    @Test
    void packagesCarryTheProfilesNameAndPackageNameSetsIt() {
        institution("--name-en", "Da Nang Cadre Academy");
        Path file = dir.resolve("LAO-2025-01.cohortdesk");
        Result exported = run("package", "export", "--cohort", "LAO-2025-01", "--out", file.toString(), "--data", data);
        assertEquals(0, exported.code(), exported.err());
        assertEquals("Da Nang Cadre Academy", PackageFile.read(file).manifest().institutionName(), "no Vietnamese name: the English one");

        Result named = run("package", "name", NAME_VI, "--data", data, "--lang", "en");
        assertEquals(0, named.code(), named.err());
        assertTrue(named.out().strip().endsWith(" " + NAME_VI), named.out());
        assertEquals("Name in Vietnamese: " + NAME_VI, institution().lines().get(0), "one name: package name sets the profile's");
        assertEquals(0, run("package", "export", "--cohort", "LAO-2025-01", "--out", file.toString(), "--data", data).code());
        assertEquals(NAME_VI, PackageFile.read(file).manifest().institutionName());
    }
}
