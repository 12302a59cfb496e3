package rbs.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MottagningSampleTest {

  static final Path COMMITTED = Path.of("mottagning");

  @TempDir Path dir;

  @Test
  void theCommittedSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
    MottagningSample.generate(dir, MottagningSample.SEED);

    List<String> generated = files(dir);
    assertThat(generated)
        .isEqualTo(files(COMMITTED))
        .containsExactly(
            "data/medel/medel-2014.csv",
            "data/medel/medel-2015.csv",
            "data/mottagning/mottagning-2015.csv",
            "programme.yaml");
    for (String f : generated) {
      assertThat(Files.readAllBytes(dir.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(COMMITTED.resolve(f)));
    }
  }

  static List<String> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("publications/"))
          .sorted()
          .toList();
    }
  }
}
