package rbs.source;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files a source's path names: a file, or a glob relative to the programme folder (or absolute,
 * where the operator allowed it), walked with symbolic links followed, so a district folder that is
 * a link to a share is read like any other; a link back to a folder above it is not followed twice.
 */
final class SourceFiles {

  private SourceFiles() {}

  /**
   * The matching regular files, in walk order.
   *
   * @throws IOException when a folder on the way cannot be listed
   */
  static List<Path> matching(Path base, String path) throws IOException {
    String pattern = path.replace('\\', '/');
    String[] split = split(pattern);
    Path written = Path.of(split[0].isEmpty() ? "." : split[0]);
    boolean absolute = written.isAbsolute();
    Path root = (absolute ? written : base.resolve(written)).normalize();
    if (split[1].isEmpty()) {
      // no wildcard: the path names one file
      return Files.isRegularFile(root) ? List.of(root) : List.of();
    }
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    PathMatcher matcher =
        FileSystems.getDefault()
            .getPathMatcher("glob:" + normalisedGlob(root, split[1], absolute, base));
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            Path shown = absolute ? file : base.relativize(file);
            if (attrs.isRegularFile() && matcher.matches(shown)) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException) {
              return FileVisitResult.SKIP_SUBTREE; // a link to a folder above: seen already
            }
            throw e;
          }
        });
    return files;
  }

  /** The folders before the first wildcard (the whole path if none), and the rest. */
  private static String[] split(String pattern) {
    String[] parts = pattern.split("/", -1);
    int glob = 0;
    while (glob < parts.length && !parts[glob].matches(".*[*?\\[{].*")) {
      glob++;
    }
    String prefix = String.join("/", java.util.Arrays.asList(parts).subList(0, glob));
    String rest = String.join("/", java.util.Arrays.asList(parts).subList(glob, parts.length));
    if (prefix.isEmpty() && pattern.startsWith("/")) {
      prefix = "/";
    }
    return new String[] {prefix, rest};
  }

  /**
   * The glob with its fixed part normalised ("./data/../data/x/*.csv" → "data/x/*.csv"), so it
   * matches the walked paths, which are normalised.
   */
  private static String normalisedGlob(Path root, String rest, boolean absolute, Path base) {
    String folder =
        (absolute ? root.toString() : base.relativize(root).toString()).replace('\\', '/');
    if (folder.isEmpty()) {
      return rest;
    }
    return folder.endsWith("/") ? folder + rest : folder + "/" + rest;
  }
}
