package rbs.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/** The committed programme files of the samples, shipped in the jar as resources. */
final class SampleResources {

  private SampleResources() {}

  /**
   * Copies {@code /rbs/samples/<sample>/programme.yaml} to {@code outDir/programme.yaml}, creating
   * the folder.
   *
   * @throws UncheckedIOException when it cannot be written
   */
  static void copyProgramme(String sample, Path outDir) {
    Objects.requireNonNull(outDir, "outDir");
    try {
      Files.createDirectories(outDir);
      try (InputStream in =
          SampleResources.class.getResourceAsStream("/rbs/samples/" + sample + "/programme.yaml")) {
        Files.copy(
            Objects.requireNonNull(in, "programme resource of " + sample),
            outDir.resolve("programme.yaml"),
            StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
