package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;

class OutputStagingTest {

  static final Instant T = Instant.parse("2014-09-15T06:00:00Z");

  @TempDir Path out;

  private void publish(Instant started, String results) throws Exception {
    try (OutputStaging staging = OutputStaging.open(out, started)) {
      Files.writeString(staging.dir().resolve("results.csv"), results, StandardCharsets.UTF_8);
      Files.createDirectories(staging.dir().resolve("charts"));
      Files.writeString(staging.dir().resolve("charts/a.png"), results, StandardCharsets.UTF_8);
      staging.publish(step -> {});
    }
  }

  private String current(String name) throws Exception {
    return Files.readString(out.resolve("current").resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void publishMakesTheWholeSetCurrentAtOnce() throws Exception {
    try (OutputStaging staging = OutputStaging.open(out, T)) {
      Files.writeString(staging.dir().resolve("results.csv"), "new\n", StandardCharsets.UTF_8);
      Files.createDirectories(staging.dir().resolve("charts"));
      Files.writeString(staging.dir().resolve("charts/a.png"), "png", StandardCharsets.UTF_8);

      assertThat(staging.publish(step -> {}))
          .containsExactly(out.resolve("current/charts/a.png"), out.resolve("current/results.csv"));
    }
    assertThat(Files.isSymbolicLink(out.resolve("current"))).isTrue();
    assertThat(Files.readSymbolicLink(out.resolve("current")))
        .isEqualTo(Path.of("runs", "20140915T060000Z"));
    assertThat(current("results.csv")).isEqualTo("new\n");
    assertThat(names(out)).containsExactly("current", "runs");
    assertThat(names(out.resolve("runs"))).containsExactly("20140915T060000Z");
  }

  @Test
  void aFailedRunLeavesTheCurrentOutputsExactlyAsTheyWere() throws Exception {
    publish(T, "old\n");
    try (OutputStaging staging = OutputStaging.open(out, T.plusSeconds(60))) {
      Files.writeString(staging.dir().resolve("results.csv"), "new\n", StandardCharsets.UTF_8);
      // the run fails before publish(): close() discards what it staged
    }
    assertThat(current("results.csv")).isEqualTo("old\n");
    assertThat(names(out.resolve("runs"))).containsExactly("20140915T060000Z");
  }

  @Test
  void keepsThePreviousRunForReadersStillInItAndRemovesOlderOnes() throws Exception {
    publish(T, "1\n");
    publish(T.plusSeconds(60), "2\n");
    publish(T.plusSeconds(120), "3\n");

    assertThat(current("results.csv")).isEqualTo("3\n");
    assertThat(names(out.resolve("runs"))).containsExactly("20140915T060100Z", "20140915T060200Z");
  }

  @Test
  void runsStartedInTheSameSecondGetTheirOwnFolders() throws Exception {
    publish(T, "1\n");
    publish(T, "2\n");

    assertThat(current("results.csv")).isEqualTo("2\n");
    assertThat(names(out.resolve("runs")))
        .containsExactly("20140915T060000Z", "20140915T060000Z-2");
  }

  @Test
  void leftoversOfKilledRunsAreRemoved() throws Exception {
    publish(T, "old\n");
    Path staging = Files.createDirectories(out.resolve("runs/.staging-123"));
    Files.writeString(staging.resolve("results.csv"), "half", StandardCharsets.UTF_8);
    Path named = Files.createDirectories(out.resolve("runs/20140915T060500Z"));
    Files.createSymbolicLink(
        out.resolve(".current-20140915T060500Z"), Path.of("runs/20140915T060500Z"));

    publish(T.plusSeconds(600), "new\n");

    assertThat(staging).doesNotExist();
    assertThat(named).doesNotExist();
    assertThat(names(out)).containsExactly("current", "runs");
    assertThat(names(out.resolve("runs"))).containsExactly("20140915T060000Z", "20140915T061000Z");
  }

  @Test
  void aFolderNamedCurrentIsNotReplaced() throws Exception {
    Files.createDirectories(out.resolve("current"));

    assertThatThrownBy(() -> OutputStaging.open(out, T))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> assertThat(e.kind()).isEqualTo(InputException.Kind.UNAVAILABLE))
        .hasMessage(
            out.resolve("current")
                + ": is a folder, not the link to the latest outputs that rbs keeps there: move"
                + " it away");
  }

  @Test
  void aRunStoppedBeforePublishingCannotPublishAfterwards() throws Exception {
    publish(T, "old\n");
    try (OutputStaging staging = OutputStaging.open(out, T.plusSeconds(60))) {
      Files.writeString(staging.dir().resolve("results.csv"), "new\n", StandardCharsets.UTF_8);
      staging.abandon(); // what the shutdown hook does on SIGTERM

      assertThat(staging.dir()).doesNotExist();
      assertThatThrownBy(() -> staging.publish(step -> {})).isInstanceOf(InputException.class);
    }
    assertThat(current("results.csv")).isEqualTo("old\n");
  }

  @Test
  void aRunTerminatedInTheMiddleOfPublishingIsCleanedUpNotHalfSwitched() throws Exception {
    publish(T, "old\n");
    try (OutputStaging staging = OutputStaging.open(out, T.plusSeconds(60))) {
      Files.writeString(staging.dir().resolve("results.csv"), "new\n", StandardCharsets.UTF_8);

      // the shutdown hook runs after the run folder is named and the new link made
      assertThatThrownBy(
              () ->
                  staging.publish(
                      step -> {
                        if (step.equals("publish: switch the link")) {
                          staging.abandon();
                        }
                      }))
          .isInstanceOf(InputException.class);
    }
    assertThat(current("results.csv")).isEqualTo("old\n");
    assertThat(names(out)).containsExactly("current", "runs");
    assertThat(names(out.resolve("runs"))).containsExactly("20140915T060000Z");
  }

  static List<String> names(Path dir) throws java.io.IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
