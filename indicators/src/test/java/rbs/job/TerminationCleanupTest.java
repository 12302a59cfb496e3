package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the shutdown hook does when a run is terminated (the real signal: KilledRunIT). */
class TerminationCleanupTest {

  @TempDir Path out;

  @Test
  void theHookRemovesTheStagingFolderAndTheLock() throws Exception {
    try (OutputLock lock = OutputLock.acquire(out, Instant.now());
        OutputStaging staging = OutputStaging.open(out, Instant.now())) {
      Files.writeString(staging.dir().resolve("results.csv"), "half");
      TerminationCleanup cleanup = TerminationCleanup.of(staging, lock);
      try {
        cleanup.runNow();

        assertThat(staging.dir()).doesNotExist();
        assertThat(out.resolve(OutputLock.FILE_NAME)).doesNotExist();
        // the lock is free for the next run at once
        try (OutputLock next = OutputLock.acquire(out, Instant.now())) {
          assertThat(next.file()).exists();
        }
      } finally {
        cleanup.remove();
      }
    }
  }

  @Test
  void theHookOfADryRunRemovesItsScratchFolder() throws Exception {
    Path scratch = Files.createDirectories(out.resolve("scratch"));
    Files.writeString(scratch.resolve("rejects.csv"), "half");
    TerminationCleanup cleanup = TerminationCleanup.of(scratch);
    try {
      cleanup.runNow();
      assertThat(scratch).doesNotExist();
    } finally {
      cleanup.remove();
    }
  }
}
