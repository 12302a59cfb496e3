package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;

class OutputLockTest {

  @TempDir Path out;

  @Test
  void secondRunOnTheSameFolderIsRefusedNamingTheHolder() {
    Instant started = Instant.parse("2026-11-22T03:00:00Z");
    try (OutputLock first = OutputLock.acquire(out, started)) {
      assertThat(OutputLock.recordedPid(first.file())).contains(ProcessHandle.current().pid());
      assertThatThrownBy(() -> OutputLock.acquire(out, Instant.now()))
          .isInstanceOf(InputException.class)
          .satisfies(
              e ->
                  assertThat(((InputException) e).kind())
                      .isEqualTo(InputException.Kind.UNAVAILABLE))
          .hasMessageContaining(
              "another rbs run holds the output folder (pid "
                  + ProcessHandle.current().pid()
                  + ", started 2026-11-22T03:00:00Z)");
    }
  }

  @Test
  void lockIsReleasedAndItsFileRemovedWhenTheRunEnds() {
    try (OutputLock lock = OutputLock.acquire(out, Instant.now())) {
      assertThat(lock.file()).exists();
    }
    assertThat(out.resolve(OutputLock.FILE_NAME)).doesNotExist();
    try (OutputLock again = OutputLock.acquire(out, Instant.now())) {
      assertThat(again.file()).exists();
    }
  }

  @Test
  void staleLockFileOfAKilledRunIsTakenOver() throws Exception {
    // a killed run leaves its file but no OS lock: the file names a pid that no longer holds it
    Files.writeString(
        out.resolve(OutputLock.FILE_NAME), "999999 2026-11-21T03:00:00Z\n", StandardCharsets.UTF_8);
    try (OutputLock lock = OutputLock.acquire(out, Instant.parse("2026-11-22T03:00:00Z"))) {
      assertThat(Files.readString(lock.file(), StandardCharsets.UTF_8))
          .isEqualTo(ProcessHandle.current().pid() + " 2026-11-22T03:00:00Z\n");
    }
  }
}
