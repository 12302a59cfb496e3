package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.job.OutputLock;

class ReportCommandTest {

  @TempDir Path out;

  @Test
  void anOutputFolderThatCannotBeMadeIsAnEnvironmentErrorSayingWhy() throws IOException {
    Path file = Files.writeString(out.resolve("a-file"), "not a folder");

    RbsTest.Run r =
        RbsTest.run(
            "report", RbsTest.SAMPLE, "--period", "2014-T2", "--out", file.toString(), "--quiet");

    assertThat(r.code()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(r.err().strip())
        .isEqualTo(file + ": cannot lock the output folder: a file is in the way");
  }

  @Test
  void quietStillPrintsTheErrorLineOnFailure() {
    RbsTest.Run r =
        RbsTest.run(
            "report",
            RbsTest.SAMPLE,
            "--period",
            "2014-T2",
            "--out",
            out.toString(),
            "--district",
            "Gotham",
            "--quiet");

    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("--district: unknown district 'Gotham' (known: Rinkeby-Kista,");
  }

  @Test
  void aSecondRunOnTheSameFolderExitsWithFourNamingTheHolder() {
    try (OutputLock held = OutputLock.acquire(out, Instant.parse("2014-09-15T02:15:00Z"))) {
      assertThat(held.file()).exists();
      RbsTest.Run r =
          RbsTest.run("report", RbsTest.SAMPLE, "--period", "2014-T2", "--out", out.toString());

      assertThat(r.code()).isEqualTo(ExitCodes.ENVIRONMENT);
      assertThat(r.err())
          .contains("another rbs run holds the output folder")
          .contains("2014-09-15T02:15:00Z");
    }
  }

  @Test
  void malformedPeriodIsAUsageError() {
    RbsTest.Run r = RbsTest.run("report", RbsTest.SAMPLE, "--period", "2014-T4");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .contains(
            "--period: expected 2014-T1, 2014-T2, 2014, 2014-05, 2014-R05, latest, latest-month or"
                + " latest-rolling, got '2014-T4'");
  }

  @Test
  void aMonthlyFollowUpWithChartsIsAUsageError() {
    RbsTest.Run r =
        RbsTest.run("report", RbsTest.SAMPLE, "--period", "2014-R05", "--charts", "png");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--charts: a monthly follow-up (2014-R05) has tables only");
  }

  @Test
  void latestMonthAndRollingRunTheSampleForTheMonthBeforeAsOf() throws IOException {
    for (String period : List.of("latest-month", "latest-rolling")) {
      Path dir = out.resolve(period);
      RbsTest.Run r =
          RbsTest.run(
              "report",
              RbsTest.SAMPLE,
              "--period",
              period,
              "--as-of",
              "2014-06-03",
              "--out",
              dir.toString(),
              "--quiet");
      assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
      String expected = period.equals("latest-month") ? "2014-05" : "2014-R05";
      try (var files = Files.list(dir.resolve("current"))) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .contains("kvinnofrid-" + expected + "-stockholm.xlsx", "results.csv");
      }
      String results = Files.readString(dir.resolve("current/results.csv"));
      if (expected.equals("2014-R05")) {
        assertThat(results).contains(",Stockholm,rolling,2013-06-01,2014-05-31,");
      } else {
        assertThat(results).contains(",Stockholm,ytd,2014-01-01,2014-05-31,");
      }
    }
  }
}
