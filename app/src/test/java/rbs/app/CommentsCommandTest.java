package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommentsCommandTest {

  @TempDir Path out;

  @Test
  void writesTheFormOfTheNamedDistrictAndSaysWhere() {
    RbsTest.Run r =
        RbsTest.run(
            "comments",
            RbsTest.SAMPLE,
            "--period",
            "2014-T2",
            "--as-of",
            "2014-09-15",
            "--district",
            "Södermalm",
            "--out",
            out.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().strip())
        .isEqualTo("1 comment forms for 2014-T2 in " + out.toAbsolutePath().normalize());
    assertThat(out.resolve("kvinnofrid-2014-T2-sodermalm-kommentarer.xlsx")).isRegularFile();
  }

  @Test
  void malformedPeriodIsAUsageError() {
    RbsTest.Run r = RbsTest.run("comments", RbsTest.SAMPLE, "--period", "2014-T4");

    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--period: expected 2014-T1, 2014-T2 or 2014, got '2014-T4'");
  }
}
