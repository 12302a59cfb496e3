package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report command over the whole bundled sample (slow: run by failsafe in verify). */
class ReportCommandIT {

  @TempDir Path out;

  @Test
  void quietPrintsNothingOnSuccessAndLogsOneJsonLine() throws IOException {
    Path log = out.resolve("runs.jsonl");
    RbsTest.Run r =
        RbsTest.run(
            "report",
            RbsTest.SAMPLE,
            "--period",
            "2014-T1",
            "--as-of",
            "2014-05-10",
            "--out",
            out.resolve("o").toString(),
            "--district",
            "Älvsjö",
            "--quiet",
            "--log-file",
            log.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(Files.exists(out.resolve("o/current/kvinnofrid-2014-T1-alvsjo.xlsx"))).isTrue();
    assertThat(Files.exists(out.resolve("o/current/kvinnofrid-2014-T1-stockholm.xlsx"))).isFalse();
    String line = Files.readString(log).strip();
    assertThat(line.lines()).hasSize(1);
    assertThat(line)
        .contains(
            "\"outcome\":\"ok\"",
            "\"exit_code\":0",
            "\"period_resolved\":\"2014-T1\"",
            "\"rows_rejected\":4",
            // the deliberate flaws of samples/README.md: four files with a bad row each, and
            // Skärholmen missing April (in the two monthly sources)
            "\"warnings\":6,\"warnings_by_kind\":{\"missing_data\":2,\"rejected_rows\":4}");
  }

  @Test
  void latestPeriodInJanuaryIsLastYearsAnnualReport() {
    RbsTest.Run r =
        RbsTest.run(
            "report", RbsTest.SAMPLE, "--period", "latest", "--as-of", "2015-01-10", "--dry-run");

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("kvinnofrid 2014: computed 15 indicators for 15 units")
        .contains("(dry run: nothing written)");
  }
}
