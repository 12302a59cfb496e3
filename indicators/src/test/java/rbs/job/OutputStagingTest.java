package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputStagingTest {

  @TempDir Path out;

  @Test
  void failedRunLeavesEarlierOutputsExactlyAsTheyWere() throws Exception {
    Files.writeString(out.resolve("results.csv"), "old\n", StandardCharsets.UTF_8);
    try (OutputStaging staging = OutputStaging.open(out)) {
      Files.writeString(staging.dir().resolve("results.csv"), "new\n", StandardCharsets.UTF_8);
      // the run fails before publish(): close() discards what it staged
    }
    assertThat(Files.readString(out.resolve("results.csv"), StandardCharsets.UTF_8))
        .isEqualTo("old\n");
    assertThat(listNames(out)).containsExactly("results.csv");
  }

  @Test
  void publishMovesEveryStagedFileIntoPlaceKeepingSubfolders() throws Exception {
    Files.writeString(out.resolve("results.csv"), "old\n", StandardCharsets.UTF_8);
    try (OutputStaging staging = OutputStaging.open(out)) {
      Files.writeString(staging.dir().resolve("results.csv"), "new\n", StandardCharsets.UTF_8);
      Files.createDirectories(staging.dir().resolve("charts"));
      Files.writeString(staging.dir().resolve("charts/a.png"), "png", StandardCharsets.UTF_8);
      assertThat(staging.publish())
          .containsExactly(out.resolve("charts/a.png"), out.resolve("results.csv"));
    }
    assertThat(Files.readString(out.resolve("results.csv"), StandardCharsets.UTF_8))
        .isEqualTo("new\n");
    assertThat(listNames(out)).containsExactlyInAnyOrder("results.csv", "charts");
  }

  @Test
  void stagingFolderLeftByAKilledRunIsRemoved() throws Exception {
    Path leftover = Files.createDirectories(out.resolve(".rbs-staging-123"));
    Files.writeString(leftover.resolve("results.csv"), "half", StandardCharsets.UTF_8);
    try (OutputStaging staging = OutputStaging.open(out)) {
      assertThat(leftover).doesNotExist();
      assertThat(staging.dir()).exists();
    }
  }

  private static java.util.List<String> listNames(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
