package rbs.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import rbs.InputException;
import rbs.Location;

/**
 * A hidden folder inside the output folder where a run writes everything; only when the whole run
 * has succeeded are its files moved into place (each by an atomic rename), so a failed or killed
 * run leaves the previous outputs exactly as they were. A run that fails discards its staging
 * folder.
 */
public final class OutputStaging implements AutoCloseable {

  private static final String PREFIX = ".rbs-staging-";

  private final Path outDir;
  private final Path dir;
  private boolean published;

  private OutputStaging(Path outDir, Path dir) {
    this.outDir = outDir;
    this.dir = dir;
  }

  /** Creates a fresh staging folder in {@code outDir}, removing ones left by killed runs. */
  public static OutputStaging open(Path outDir) {
    try {
      Files.createDirectories(outDir);
      try (Stream<Path> old = Files.list(outDir)) {
        for (Path p : (Iterable<Path>) old::iterator) {
          if (p.getFileName().toString().startsWith(PREFIX)) {
            deleteTree(p);
          }
        }
      }
      return new OutputStaging(outDir, Files.createTempDirectory(outDir, PREFIX));
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(outDir.toString()), "output folder is not writable", e);
    } catch (UncheckedIOException e) {
      throw InputException.unavailable(
          Location.of(outDir.toString()), "output folder is not writable", e.getCause());
    }
  }

  /** The folder to write this run's outputs into. */
  public Path dir() {
    return dir;
  }

  /**
   * Moves every staged file into the output folder (replacing older files of the same name),
   * keeping sub-folders; returns the published paths in order.
   */
  public List<Path> publish() {
    List<Path> moved = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> staged = files.filter(Files::isRegularFile).sorted().toList();
      for (Path source : staged) {
        Path target = outDir.resolve(dir.relativize(source).toString());
        Files.createDirectories(target.getParent());
        move(source, target);
        moved.add(target);
      }
      published = true;
      deleteTree(dir);
      return moved;
    } catch (IOException e) {
      throw InputException.unavailable(
          Location.of(outDir.toString()), "could not move outputs into place", e);
    }
  }

  private static void move(Path source, Path target) throws IOException {
    try {
      Files.move(
          source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Discards the staging folder unless it was published. */
  @Override
  public void close() {
    if (!published) {
      try {
        deleteTree(dir);
      } catch (IOException e) {
        // a leftover staging folder is removed by the next run
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
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
