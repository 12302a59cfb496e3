package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 6: wherever a run is stopped (at every step it goes through, from reading the
 * programme to removing old runs), a reader of {@code out/current} sees exactly the previous
 * outputs or exactly the new ones, never a mix; and the next run starts cleanly from what a killed
 * run left behind.
 */
class StoppedAnywhereIT {

  @TempDir Path dir;

  /** Thrown by the listener to stop a run at a step, as a kill would. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped(String step) {
      super("stopped at " + step);
    }
  }

  @Test
  void aReaderSeesTheOldOrTheNewOutputsWhereverARunIsStopped() throws IOException {
    // one thread: the listener copies the output folder at the moment of the "kill", which races
    // with a workbook another thread is renaming into place (a real kill stops every thread at
    // once); ParallelWritesTest covers stopping among parallel writes
    String threads = System.getProperty(rbs.Parallelism.PROPERTY);
    System.setProperty(rbs.Parallelism.PROPERTY, "1");
    try {
      stopAtEveryStep();
    } finally {
      if (threads == null) {
        System.clearProperty(rbs.Parallelism.PROPERTY);
      } else {
        System.setProperty(rbs.Parallelism.PROPERTY, threads);
      }
    }
  }

  private void stopAtEveryStep() throws IOException {
    Path project = Files.createDirectories(dir.resolve("project"));
    JobProject.write(project, 6);
    Path base = dir.resolve("base");
    JobProject.run(project, base, JobListener.SILENT);
    Map<String, String> old = JobProject.view(base);

    // the new input, and the outputs a run of it gives, with every step it goes through
    JobProject.write(project, 4);
    Path reference = dir.resolve("reference");
    JobProject.copy(base, reference);
    List<String> steps = new ArrayList<>();
    JobProject.run(
        project,
        reference,
        new JobListener() {
          @Override
          public void phase(String name) {
            steps.add(name);
          }
        });
    Map<String, String> fresh = JobProject.view(reference);
    assertThat(fresh).isNotEqualTo(old).containsKeys("results.csv", "manifest.json");
    assertThat(steps)
        .contains(
            "read programme",
            "write p-2014-T2-soder.xlsx",
            "publish: name the run folder",
            "publish: switch the link",
            "publish: remove old runs");

    for (int i = 0; i < steps.size(); i++) {
      String step = steps.get(i);
      boolean switched = steps.indexOf("publish: switch the link") < i;
      Path out = dir.resolve("out-" + i);
      Path killed = dir.resolve("killed-" + i);
      JobProject.copy(base, out);
      JobListener stopping =
          new JobListener() {
            @Override
            public void phase(String name) {
              if (name.equals(step)) {
                try {
                  // the moment of the kill: what a reader sees, and what the disk holds
                  assertThat(JobProject.view(out)).as(step).isEqualTo(switched ? fresh : old);
                  JobProject.copy(out, killed);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                throw new Stopped(step);
              }
            }
          };

      assertThatThrownBy(() -> JobProject.run(project, out, stopping))
          .as(step)
          .isInstanceOf(Stopped.class);

      assertThat(JobProject.view(out)).as("after %s", step).isEqualTo(switched ? fresh : old);
      // a run after a kill at this step: succeeds, shows the new outputs, leaves no leftovers
      JobProject.run(project, killed, JobListener.SILENT);
      assertThat(JobProject.view(killed)).as("rerun after %s", step).isEqualTo(fresh);
      assertThat(OutputStagingTest.names(killed)).as(step).containsExactly("current", "runs");
      assertThat(OutputStagingTest.names(killed.resolve("runs")))
          .as(step)
          .hasSizeLessThanOrEqualTo(2);
    }
  }
}
