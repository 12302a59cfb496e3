package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: failures the CLI must report cleanly, with the right exit code and a message in words
 * (no Java class names, no stack trace), and successes it must not turn into failures.
 */
class CleanFailuresTest {

  @TempDir Path dir;

  private static void noTrace(RbsTest.Run r) {
    assertThat(r.err()).doesNotContain("Exception", "\tat ", "java.");
  }

  @Test
  void aFilterFailingAtRunTimeIsALocatedErrorForValidateAndReport() throws IOException {
    Path p = TinyProject.write(dir, "s.csv", "'int(handelse) != 7'");

    RbsTest.Run validate = RbsTest.run("validate", p.toString());
    RbsTest.Run report =
        RbsTest.run(
            "report", p.toString(), "--period", "2014-T2", "--out", dir.resolve("out").toString());

    String expected =
        p
            + ":23:22: filter of source 's' failed on 24 rows, the first at s.csv:2: a conversion"
            + " failed (a value that is not the number, date or time it expects) at character 4 of"
            + " the filter; no indicator can count rows its filter cannot decide on, so fix the"
            + " filter";
    assertThat(validate.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(validate.err().strip()).isEqualTo(expected);
    assertThat(report.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(report.err().strip()).endsWith(expected);
    assertThat(dir.resolve("out/current")).doesNotExist();
  }

  @Test
  void aFilterThatFailsOnlyOnSomeRowsFailsToo() throws IOException {
    // the case: fine on every row but those of one target group, where it cannot be decided
    Path p = TinyProject.write(dir, "s.csv", "'handelse == \"x\" && !handelse.matches(\"(\")'");

    RbsTest.Run r = RbsTest.run("validate", p.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err())
        .contains(
            "failed on 24 rows, the first at s.csv:2: an invalid argument (e.g. a regular"
                + " expression that does not compile) at character 37 of the filter");
  }

  @Test
  void aRunLogThatCannotBeWrittenAfterASuccessIsAWarning() throws IOException {
    Path p = TinyProject.write(dir, "s.csv", "'handelse == \"x\"'");
    Path notAFile = Files.createDirectories(dir.resolve("log-is-a-folder"));

    RbsTest.Run r =
        RbsTest.run(
            "report",
            p.toString(),
            "--period",
            "2014-T2",
            "--as-of",
            "2014-09-15",
            "--out",
            dir.resolve("out").toString(),
            "--log-file",
            notAFile.toString(),
            "--quiet");

    assertThat(r.code()).isZero();
    assertThat(r.err().strip())
        .isEqualTo("warning: " + notAFile + ": cannot append to the log file: Is a directory");
    assertThat(dir.resolve("out/current/results.csv")).exists();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void validateAndReportAgreeThatAnUnreadableExtractIsTheEnvironments() throws IOException {
    // a file every read of which fails with an I/O error, even for root: the first page of the
    // reading process's own memory
    Path p = TinyProject.write(dir, "data/s.csv", "'handelse == \"x\"'");
    Files.createDirectories(dir.resolve("data"));
    Files.createSymbolicLink(dir.resolve("data/s.csv"), Path.of("/proc/self/mem"));

    RbsTest.Run validate = RbsTest.run("validate", p.toString());
    RbsTest.Run report =
        RbsTest.run(
            "report", p.toString(), "--period", "2014-T2", "--out", dir.resolve("o").toString());

    assertThat(validate.code()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(report.code()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(validate.err().strip()).isEqualTo("data/s.csv: cannot be read: Input/output error");
    assertThat(report.err().strip()).isEqualTo("data/s.csv: cannot be read: Input/output error");
  }

  @Test
  void sourcesOutsideTheProgrammesFolderAreRefusedUnlessAllowed() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    TinyProject.write(elsewhere, "s.csv", "'handelse == \"x\"'");
    Path p = TinyProject.write(dir.resolve("project"), "../elsewhere/s.csv", "'handelse == \"x\"'");

    RbsTest.Run refused = RbsTest.run("validate", p.toString());
    RbsTest.Run passwd =
        RbsTest.run(
            "validate",
            TinyProject.write(dir.resolve("evil"), "../../../../../../../etc/passwd", "'true'")
                .toString());
    RbsTest.Run allowed =
        RbsTest.run("validate", p.toString(), "--allow-data-outside", elsewhere.toString());

    assertThat(refused.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(refused.err())
        .startsWith(
            p
                + ":5:11: source 's': path '../elsewhere/s.csv' leads outside the programme's"
                + " folder");
    assertThat(passwd.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(passwd.err()).doesNotContain("root:");
    assertThat(allowed.code()).isZero();
    assertThat(allowed.out()).contains("source s: 1 files, 48 rows read, 48 used, 0 rejected");
  }

  @Test
  void aBadAsOfDateSaysWhatIsExpectedInWords() {
    RbsTest.Run r =
        RbsTest.run("report", RbsTest.SAMPLE, "--period", "2014-T2", "--as-of", "2014-13-01");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .startsWith(
            "Invalid value for option '--as-of': expected a date as YYYY-MM-DD (e.g. 2014-09-15),"
                + " got '2014-13-01'");
    noTrace(r);
  }

  @Test
  void aUtf16ProgrammeIsRead() throws IOException {
    Path p = TinyProject.write(dir, "s.csv", "'handelse == \"x\"'");
    String text = Files.readString(p, StandardCharsets.UTF_8);
    Files.write(p, ("\ufeff" + text).getBytes(StandardCharsets.UTF_16LE));

    RbsTest.Run r = RbsTest.run("validate", p.toString());

    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void aProgrammeInAnotherEncodingSaysSoInWords() throws IOException {
    Path p = TinyProject.write(dir, "s.csv", "'handelse == \"x\"'");
    Files.write(p, Files.readString(p).getBytes(java.nio.charset.Charset.forName("windows-1252")));

    RbsTest.Run r = RbsTest.run("validate", p.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err().strip()).isEqualTo(p + ": not UTF-8 text; save the programme file as UTF-8");
  }

  @Test
  void aSampleThatCannotBeWrittenIsAnEnvironmentErrorInWords() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "in the way");

    RbsTest.Run r = RbsTest.run("sample", "--out", file.resolve("sample").toString());

    assertThat(r.code()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(r.err().strip()).startsWith(file.toString()).doesNotContain("Exception");
    noTrace(r);
  }

  @Test
  void aNegativeNumberOfSampleRowsIsAUsageError() {
    RbsTest.Run r = RbsTest.run("sample", "--out", dir.toString(), "--rows", "-5");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("--rows: expected a number of rows of at least 1, got -5");
  }
}
