package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quick mode as the launcher starts it: a run with large input goes on in a VM with Java's usual
 * flags and ends with that run's exit code; stopped, the first VM stops the second; a small run
 * stays where it is. "Large" is lowered by the threshold property, so the bundled sample is large.
 */
@EnabledOnOs(OS.LINUX)
class LaunchIT {

  @TempDir Path dir;
  Path programme;
  Path out;

  @BeforeEach
  void sample() throws IOException {
    programme = SampleCopy.into(dir);
    out = dir.resolve("out");
  }

  /** A process started as {@code ./rbs} starts it, with an operator's heap size. */
  private Process start(long threshold, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Launch.QUICK_FLAGS);
    command.add("-Xmx300m");
    command.add("-D" + Launch.THRESHOLD_PROPERTY + "=" + threshold);
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Rbs.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve("stdout.txt").toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
  }

  private Process report(long threshold, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("report", programme.toString()));
    args.addAll(List.of("--period", "2014-T2", "--as-of", "2015-01-15", "--out", out.toString()));
    args.addAll(List.of(more));
    return start(threshold, args.toArray(String[]::new));
  }

  /** The command line of the Java process the given one started, once it has one. */
  private static Optional<List<String>> child(Process p) throws InterruptedException {
    while (p.isAlive()) {
      Optional<List<String>> found =
          p.descendants()
              .map(LaunchIT::commandLine)
              .filter(a -> a.contains(Rbs.class.getName()))
              .findFirst();
      if (found.isPresent()) {
        return found;
      }
      Thread.sleep(10);
    }
    return Optional.empty();
  }

  /** From /proc: ProcessHandle.Info knows nothing of it in some containers. */
  private static List<String> commandLine(ProcessHandle process) {
    try {
      String line = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
      return List.of(line.split("\u0000"));
    } catch (IOException e) {
      return List.of(); // ended meanwhile
    }
  }

  /** Whether a run writes its rejects into a staging folder (so it is reading its sources). */
  private boolean reading() throws IOException {
    Path runs = out.resolve("runs");
    if (!Files.isDirectory(runs)) {
      return false;
    }
    try (Stream<Path> folders = Files.list(runs)) {
      return folders.anyMatch(
          f ->
              f.getFileName().toString().startsWith(".staging-")
                  && Files.exists(f.resolve("rejects.csv")));
    }
  }

  private String output() {
    try {
      return "no second VM started; the first printed:\n"
          + Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8)
          + stderr();
    } catch (IOException e) {
      return e.toString();
    }
  }

  private String stderr() throws IOException {
    return Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
  }

  @Test
  void aLargeRunGoesOnWithTheUsualFlagsAndTheOperatorsAndWritesTheReport() throws Exception {
    Process p = report(1);

    List<String> child = child(p).orElseThrow(() -> new AssertionError(output()));
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(stderr()).isZero();
    assertThat(child)
        .contains("-Xmx300m", "-Djava.awt.headless=true")
        .doesNotContainAnyElementsOf(Launch.QUICK_FLAGS)
        .endsWith(
            "report",
            programme.toString(),
            "--period",
            "2014-T2",
            "--as-of",
            "2015-01-15",
            "--out",
            out.toString());
    assertThat(Files.readString(dir.resolve("stdout.txt")))
        .contains("kvinnofrid 2014-T2: 15 workbooks");
    try (Stream<Path> files = Files.list(out.resolve("current"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".xlsx")).count()).isEqualTo(15);
    }
  }

  @Test
  void theExitCodeIsTheSecondRunsAndSoAreItsMessages() throws Exception {
    // the sample has warnings: --strict makes them errors (exit 3) in the second VM
    Process p = report(1, "--strict");

    assertThat(child(p)).isPresent();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(stderr()).contains("rows rejected").doesNotContain("Exception");
    assertThat(out.resolve("current")).doesNotExist();
  }

  @Test
  void aProgrammeThatCannotBeReadIsReportedWhereItWasStarted() throws Exception {
    Files.writeString(programme, "programme: [not, a, programme\n", StandardCharsets.UTF_8);
    Process p = report(1);

    assertThat(child(p)).isEmpty();
    assertThat(p.exitValue()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(stderr()).contains("programme.yaml:").doesNotContain("Exception");
  }

  @Test
  void aSmallRunStaysInQuickMode() throws Exception {
    Process p = report(Launch.FULL_COMPILER_BYTES);

    assertThat(child(p)).isEmpty();
    assertThat(p.exitValue()).as(stderr()).isZero();
    assertThat(out.resolve("current").resolve("results.csv")).exists();
  }

  /**
   * The second VM of a large run, once it reads into its staging folder (the first still waits).
   */
  private ProcessHandle secondWhileReading(Process p) throws Exception {
    assertThat(child(p)).isPresent();
    ProcessHandle second = p.descendants().findFirst().orElseThrow(AssertionError::new);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!reading() && p.isAlive() && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(p.isAlive()).as("the run ended before it could be stopped").isTrue();
    return second;
  }

  /** No outputs, no lock, no staging folder: a stopped run as the single VM leaves it. */
  private void assertNoRunLeft() throws IOException {
    assertThat(out.resolve("current")).doesNotExist();
    assertThat(out.resolve(rbs.job.OutputLock.FILE_NAME)).doesNotExist();
    try (Stream<Path> runs = Files.list(out.resolve("runs"))) {
      assertThat(runs.map(f -> f.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".staging-"));
    }
  }

  @Test
  void stoppedTheFirstVmStopsTheSecondWhichCleansUp() throws Exception {
    Process p = report(1);
    ProcessHandle second = secondWhileReading(p);

    p.destroy(); // SIGTERM, as cron or an operator stops a run
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(second.isAlive()).isFalse();
    assertNoRunLeft();
  }

  @Test
  void killedWithSigkillTheFirstVmLeavesNoRunBehind() throws Exception {
    Process p = report(1);
    ProcessHandle second = secondWhileReading(p);

    p.destroyForcibly(); // SIGKILL: the first VM cannot pass it on
    second.onExit().get(60, TimeUnit.SECONDS);

    assertThat(stderr()).contains("stopped: the process that started this run has ended");
    assertNoRunLeft();
  }

  @Test
  void theLaunchersQuickFlagsAreTheOnesTheSecondVmLeavesOut() throws IOException {
    String launcher = Files.readString(Path.of("..", "rbs"), StandardCharsets.UTF_8);

    assertThat(launcher).contains("quick=(" + String.join(" ", Launch.QUICK_FLAGS) + ")");
    assertThat(launcher).contains("quick+=(" + Launch.HUGE_PAGES_FLAG + ")");
    assertThat(launcher).contains("use=(" + Launch.AOT_CACHE_FLAG + "\"$archive\")");
  }
}
