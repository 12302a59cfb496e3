package rbs.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import rbs.InputException;
import rbs.Location;

/**
 * A lock file in the output folder ({@code .rbs.lock}) so that two runs never write the same
 * folder. The file holds the holder's pid and start time; an OS file lock on it is held for the
 * whole run, so a lock left behind by a killed run (the OS released its file lock) is detected as
 * stale and taken over.
 */
public final class OutputLock implements AutoCloseable {

  /** The lock file's name inside the output folder. */
  public static final String FILE_NAME = ".rbs.lock";

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code outDir} (creating the folder), or fails with an UNAVAILABLE
   * InputException naming the holder's pid and start time.
   *
   * @param startedAt when this run started, recorded for a competing run's message
   */
  public static OutputLock acquire(Path outDir, Instant startedAt) {
    Path file = outDir.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      Files.createDirectories(outDir);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very JVM (tests run two jobs in one process)
      }
      if (lock == null) {
        String holder = describeHolder(file);
        channel.close();
        throw InputException.unavailable(
            Location.of(file.toString()),
            "another rbs run holds the output folder ("
                + holder
                + "); wait for it to finish, or use another --out");
      }
      channel.truncate(0);
      String content = ProcessHandle.current().pid() + " " + startedAt + "\n";
      channel.write(java.nio.ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
      return new OutputLock(file, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw InputException.unavailable(
          Location.of(outDir.toString()), "cannot lock the output folder", e);
    }
  }

  /** What the lock file says about its holder: "pid 123, started 2026-…". */
  static String describeHolder(Path file) {
    try {
      String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ", 2);
      if (parts.length == 2) {
        return "pid " + parts[0] + ", started " + parts[1];
      }
    } catch (IOException e) {
      // fall through: the holder is unknown
    }
    return "holder unknown";
  }

  /** The pid recorded in a lock file, if any (for messages and tests). */
  static Optional<Long> recordedPid(Path file) {
    try {
      String first = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ", 2)[0];
      return Optional.of(Long.parseLong(first));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  public Path file() {
    return file;
  }

  /** Releases the lock and removes the lock file. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
      lock.release();
    } catch (IOException e) {
      // the OS releases the lock when the channel closes; nothing more to do
    } finally {
      closeQuietly(channel);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // closing a channel we are abandoning
      }
    }
  }
}
