package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cohortdesk.cli.CommandLineTest.Result;
import org.cohortdesk.service.pdf.PdfReadBack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export certificates} end to end on the sample: the files, the numbers, a reissue, and the exit codes of a refusal. */
class CertificatesCommandTest {
    @TempDir
    static Path dir;
    static String data;
    static List<String[]> cohorts;

    @BeforeAll
    static void sample() {
        data = dir.resolve("data").toString();
        assertEquals(0, run("demo", "--data", data, "--years", "1", "--seed", "3").code());
        cohorts = run("cohorts", "--data", data).lines().stream().skip(1).map(l -> l.split("\t")).toList();
    }

    private static String withStatus(String status, int nth) {
        return cohorts.stream().filter(c -> c[5].equals(status)).skip(nth).findFirst().orElseThrow()[0];
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void writesAPdfPerCompletedTraineeAndOneOfThemAllThenReissuesWithTheSameNumbers() throws IOException {
        String code = withStatus("COMPLETED", 0);
        Path out = dir.resolve("first");
        Result r = run("export", "certificates", "--cohort", code, "--out", out.toString(), "--data", data, "--lang", "en");
        assertEquals(0, r.code(), r.err());
        int completed = (int) run("roster", "--cohort", code, "--data", data).lines().stream().filter(l -> l.contains("COMPLETED")).count();
        assertTrue(completed > 0);
        Path combined = out.resolve("certificates-" + code + ".pdf");
        assertTrue(r.out().startsWith("Wrote " + completed + " certificates (" + completed + " new, 0 reissued) into " + out.toAbsolutePath()),
                r.out());
        assertTrue(r.out().contains("the course's modules added up"), r.out());
        List<Path> files = pdfs(out);
        assertEquals(completed + 1, files.size());
        assertTrue(files.contains(combined));
        assertTrue(files.stream().allMatch(f -> f.getFileName().toString().matches("[A-Za-z0-9_-]+\\.pdf")), files.toString());
        PdfReadBack all = PdfReadBack.of(combined);
        assertEquals(completed, all.pages().size());
        assertTrue(all.pages().get(0).contains("GIẤY CHỨNG NHẬN") && all.pages().get(0).contains("ໃບຢັ້ງຢືນ"), all.pages().get(0));
        assertTrue(all.text().contains("/0001"), all.text());

        Result again = run("export", "certificates", "--cohort", code, "--out", dir.resolve("again").toString(), "--data", data, "--lang", "en");
        assertEquals(1, again.code(), "every trainee already has one");
        assertTrue(again.err().contains("already has certificate no."), again.err());
        assertTrue(again.err().contains("No certificate written for " + code), again.err());

        Path reissued = dir.resolve("reissued");
        Result re = run("export", "certificates", "--cohort", code, "--out", reissued.toString(), "--reissue", "--data", data, "--lang", "vi");
        assertEquals(0, re.code(), re.err());
        assertTrue(re.out().contains("(0 mới, " + completed + " cấp lại)"), re.out());
        assertEquals(files.stream().map(f -> f.getFileName().toString()).toList(),
                pdfs(reissued).stream().map(f -> f.getFileName().toString()).toList(), "same numbers, same file names");
        String text = PdfReadBack.of(reissued.resolve("certificates-" + code + ".pdf")).text();
        assertTrue(text.contains("Cấp lại ngày") && text.contains("ອອກໃໝ່ ວັນທີ"), text);
    }

    @Test
    void refusesACohortNotCompletedAnUnknownOneAndABlankCode() {
        String open = withStatus("IN_PROGRESS", 0);
        Path out = dir.resolve("refused");
        Result r = run("export", "certificates", "--cohort", open, "--out", out.toString(), "--data", data, "--lang", "en");
        assertEquals(1, r.code());
        assertEquals("Certificates are given once a cohort is completed, and " + open
                + " is In progress. Set the cohort's status to Completed first: that settles who completes.", r.err().strip());
        assertEquals(1, run("export", "certificates", "--cohort", "NO-SUCH", "--out", out.toString(), "--data", data).code());
        assertEquals(2, run("export", "certificates", "--cohort", " ", "--out", out.toString(), "--data", data).code());
        assertEquals(2, run("export", "certificates", "--cohort", open, "--data", data).code(), "no --out");
    }
}
