package rbs.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EkeroSampleTest {

  static final Path COMMITTED = Path.of("ekero");

  @TempDir Path dir;

  @Test
  void theCommittedSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
    EkeroSample.generate(dir, EkeroSample.SEED);

    List<String> generated = MottagningSampleTest.files(dir);
    assertThat(generated)
        .isEqualTo(MottagningSampleTest.files(COMMITTED))
        .containsExactly(
            "data/lagenheter.xlsx",
            "data/utredningar/utredningar-2014.csv",
            "data/utredningar/utredningar-2015.csv",
            "programme.yaml");
    for (String f : generated) {
      assertThat(Files.readAllBytes(dir.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(COMMITTED.resolve(f)));
    }
  }
}
