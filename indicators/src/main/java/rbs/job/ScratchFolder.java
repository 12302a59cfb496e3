package rbs.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import rbs.InputException;
import rbs.Location;

/**
 * Where a dry run writes what it must write while computing (its rejects), in the system's
 * temporary folder: removed when the run ends, or when it is terminated.
 */
final class ScratchFolder implements AutoCloseable {

  private final Path dir;
  private final TerminationCleanup cleanup;

  private ScratchFolder(Path dir) {
    this.dir = dir;
    this.cleanup = TerminationCleanup.of(dir);
  }

  static ScratchFolder create() {
    try {
      return new ScratchFolder(Files.createTempDirectory("rbs-dry-run-"));
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(System.getProperty("java.io.tmpdir")),
          "cannot make a temporary folder for the dry run",
          e);
    }
  }

  Path dir() {
    return dir;
  }

  @Override
  public void close() {
    cleanup.remove();
    try {
      OutputStaging.deleteTree(dir);
    } catch (IOException e) {
      // a leftover temporary folder is no reason to fail a dry run
    }
  }
}
