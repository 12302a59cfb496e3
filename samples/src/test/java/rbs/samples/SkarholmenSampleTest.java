package rbs.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkarholmenSampleTest {

  static final Path COMMITTED = Path.of("skarholmen");

  @TempDir Path dir;

  @Test
  void theCommittedSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
    SkarholmenSample.generate(dir, SkarholmenSample.SEED);

    List<String> generated = MottagningSampleTest.files(dir);
    assertThat(generated).isEqualTo(MottagningSampleTest.files(COMMITTED)).hasSize(9);
    // the survey is made every second year: no 2013 file
    assertThat(generated)
        .contains("data/trygghet/trygghet-2012.csv", "data/trygghet/trygghet-2014.csv")
        .doesNotContain("data/trygghet/trygghet-2013.csv");
    for (String f : generated) {
      assertThat(Files.readAllBytes(dir.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(COMMITTED.resolve(f)));
    }
  }
}
