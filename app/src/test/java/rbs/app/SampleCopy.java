package rbs.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The bundled sample copied into a test's folder (publishing runs must not write into the repo).
 */
final class SampleCopy {

  private SampleCopy() {}

  /** Copies the sample without its publication records; returns the copy's programme file. */
  static Path into(Path dir) throws IOException {
    Path from = Path.of(RbsTest.SAMPLE).getParent();
    Path to = dir.resolve("sample");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (f.toString().contains("publications")) {
          continue; // a publication of the sample made by hand must not steer the test's
        }
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
    return to.resolve("programme.yaml");
  }
}
