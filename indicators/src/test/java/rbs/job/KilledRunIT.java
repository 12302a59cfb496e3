package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, items 6 and 10: a real process running a report, stopped at a chosen step and then
 * killed with SIGKILL (kill -9: no cleanup at all) or SIGTERM (an operator stopping it).
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class KilledRunIT {

  @TempDir Path dir;
  Path project;
  Path out;
  Map<String, String> old;

  @BeforeEach
  void previousOutputs() throws IOException {
    project = Files.createDirectories(dir.resolve("project"));
    JobProject.write(project, 6);
    out = dir.resolve("out");
    JobProject.run(project, out, JobListener.SILENT);
    old = JobProject.view(out);
    JobProject.write(project, 4);
  }

  /** Starts a run in its own JVM and returns it once it waits at the step. */
  private Process stoppedAt(String step) throws IOException {
    String classpath = System.getProperty("java.class.path");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                "-Djava.awt.headless=true",
                ChildRun.class.getName(),
                project.toString(),
                out.toString(),
                step)
            .redirectErrorStream(true)
            .start();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = lines.readLine()) != null; ) {
      if (line.equals("waiting at " + step)) {
        return p;
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the child run ended without reaching " + step + ":\n" + seen);
  }

  @Test
  void killMinus9AfterTheNewRunFolderIsNamedLeavesTheOldOutputsAndTheNextRunCleansUp()
      throws Exception {
    Process p = stoppedAt("publish: switch the link");

    p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(JobProject.view(out)).isEqualTo(old);
    // what it left: its run folder (never made current), its new link, its lock file
    assertThat(names(out.resolve("runs"))).hasSize(2);
    assertThat(names(out)).contains(OutputLock.FILE_NAME).anyMatch(n -> n.startsWith(".current-"));

    JobProject.run(project, out, JobListener.SILENT);

    assertThat(JobProject.view(out)).isNotEqualTo(old).containsKey("results.csv");
    assertThat(names(out)).containsExactly("current", "runs");
    assertThat(names(out.resolve("runs"))).hasSize(2);
  }

  @Test
  void sigtermWhileWritingRemovesTheStagingFolderAndTheLock() throws Exception {
    Process p = stoppedAt("write p-2014-T2-soder.xlsx");
    assertThat(names(out.resolve("runs"))).anyMatch(n -> n.startsWith(".staging-"));
    assertThat(out.resolve(OutputLock.FILE_NAME)).exists();

    p.destroy(); // SIGTERM: the shutdown hook runs
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(names(out.resolve("runs"))).noneMatch(n -> n.startsWith(".staging-"));
    assertThat(out.resolve(OutputLock.FILE_NAME)).doesNotExist();
    assertThat(JobProject.view(out)).isEqualTo(old);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
