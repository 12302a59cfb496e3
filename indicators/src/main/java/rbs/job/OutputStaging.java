package rbs.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import rbs.InputException;
import rbs.Location;

/**
 * The outputs of a run appear all at once or not at all. A run writes into a hidden staging folder
 * under {@code runs/}; when everything is written, the folder is renamed to the run's id and the
 * link {@code current} is switched to it by one atomic rename. A reader opening {@code
 * out/current/…} sees the previous run's complete set or this run's complete set, never a mix,
 * whenever the run is killed. The run that was current before is kept (a reader may still be in
 * it); older runs and leftovers of killed runs are removed, so at most two runs take space.
 *
 * <pre>
 * out/current -> runs/20140915T060000Z   the outputs users open
 * out/runs/20140915T060000Z/             this run
 * out/runs/20140914T060000Z/             the previous run
 * out/runs/.staging-123/                 a run in progress
 * </pre>
 */
public final class OutputStaging implements AutoCloseable {

  /** The link users open: {@code out/current/…}. */
  public static final String CURRENT = "current";

  /** The folder holding the runs' outputs. */
  public static final String RUNS = "runs";

  private static final String STAGING = ".staging-";
  private static final String LINK = ".current-";
  private static final DateTimeFormatter ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path outDir;
  private final Path runs;
  private final Instant started;
  private Path dir;
  private Path link;
  private boolean published;
  private boolean abandoned;

  private OutputStaging(Path outDir, Path runs, Path dir, Instant started) {
    this.outDir = outDir;
    this.runs = runs;
    this.dir = dir;
    this.started = started;
  }

  /**
   * Creates a fresh staging folder, removing what killed runs left (staging folders, half-made
   * links).
   *
   * @throws InputException UNAVAILABLE when the output folder cannot be written, or when {@code
   *     current} is a real folder rbs did not make
   */
  public static OutputStaging open(Path outDir, Instant started) {
    Path current = outDir.resolve(CURRENT);
    if (Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
      throw InputException.unavailable(
          Location.of(current.toString()),
          "is a folder, not the link to the latest outputs that rbs keeps there: move it away");
    }
    try {
      Path runs = Files.createDirectories(outDir.resolve(RUNS));
      removeLeftovers(outDir, runs);
      return new OutputStaging(outDir, runs, Files.createTempDirectory(runs, STAGING), started);
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(outDir.toString()), "output folder is not writable", e);
    } catch (UncheckedIOException e) {
      throw InputException.unavailable(
          Location.of(outDir.toString()), "output folder is not writable", e.getCause());
    }
  }

  private static void removeLeftovers(Path outDir, Path runs) throws IOException {
    for (Path p : list(runs)) {
      if (p.getFileName().toString().startsWith(STAGING)) {
        deleteTree(p);
      }
    }
    for (Path p : list(outDir)) {
      if (p.getFileName().toString().startsWith(LINK)) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The folder to write this run's outputs into. */
  public Path dir() {
    return dir;
  }

  /**
   * Makes the staged outputs the current ones: renames the staging folder to the run's id, then
   * switches {@code current} to it atomically, then removes old runs. Each file operation excludes
   * {@link #abandon} (the shutdown hook), so a terminated run is either published or cleaned up,
   * never left half-switched; the steps are told outside that exclusion.
   *
   * @param step told before each step (a test seam: a run can be stopped at any of them)
   * @return the published files as users open them ({@code out/current/…}), in order
   * @throws InputException UNAVAILABLE when a step fails; the previous outputs are then intact
   */
  public List<Path> publish(Consumer<String> step) {
    Path current = outDir.resolve(CURRENT);
    try {
      List<Path> shown = new ArrayList<>();
      for (Path f : files(dir)) {
        shown.add(current.resolve(dir.relativize(f).toString()));
      }
      Optional<Path> previous = currentRun(outDir);
      step.accept("publish: name the run folder");
      Path run;
      synchronized (this) {
        checkNotAbandoned();
        run = runFolder();
        Files.move(dir, run, StandardCopyOption.ATOMIC_MOVE);
        dir = run;
      }
      step.accept("publish: make the new link");
      synchronized (this) {
        checkNotAbandoned();
        link = outDir.resolve(LINK + run.getFileName());
        Files.createSymbolicLink(link, outDir.relativize(run));
      }
      step.accept("publish: switch the link");
      synchronized (this) {
        checkNotAbandoned();
        Files.move(
            link, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        published = true;
      }
      step.accept("publish: remove old runs");
      prune(run, previous);
      return shown;
    } catch (UnsupportedOperationException e) {
      throw InputException.unavailable(
          Location.of(outDir.toString()),
          "cannot switch to the new outputs: this file system has no symbolic links; use an --out"
              + " on a local disk");
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(outDir.toString()), "could not put the new outputs in place", e);
    }
  }

  private void checkNotAbandoned() {
    if (abandoned) {
      throw InputException.unavailable(
          Location.of(outDir.toString()), "the run was stopped before its outputs were published");
    }
  }

  /** A new folder name under runs/ from the run's start time (later runs sort later). */
  private Path runFolder() {
    String id = ID.format(started);
    Path run = runs.resolve(id);
    for (int n = 2; Files.exists(run, LinkOption.NOFOLLOW_LINKS); n++) {
      run = runs.resolve(id + "-" + n);
    }
    return run;
  }

  /**
   * Removes every run but the current one and the one that was current before it (a reader may
   * still be in it): older runs, and runs killed before their switch.
   */
  private void prune(Path current, Optional<Path> previous) {
    try {
      for (Path p : list(runs)) {
        if (!p.equals(current) && !previous.filter(p::equals).isPresent()) {
          deleteTree(p);
        }
      }
    } catch (IOException e) {
      // old runs take space but harm no one; the next run tries again
    }
  }

  /** Where {@code out/current} points, if it exists. */
  static Optional<Path> currentRun(Path outDir) {
    Path current = outDir.resolve(CURRENT);
    try {
      return Optional.of(outDir.resolve(Files.readSymbolicLink(current)).normalize());
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /**
   * Discards what this run wrote unless it was published; called when the run fails, and by the
   * shutdown hook when the process is terminated (never at the same time as {@link #publish}).
   */
  public synchronized void abandon() {
    abandoned = true;
    if (!published) {
      try {
        if (link != null) {
          Files.deleteIfExists(link);
        }
        deleteTree(dir);
      } catch (IOException e) {
        // leftovers are removed by the next run
      }
    }
  }

  @Override
  public void close() {
    abandon();
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
