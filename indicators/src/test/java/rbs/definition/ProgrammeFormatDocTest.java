package rbs.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.model.Programme;

/** Keeps docs/programme-format.md true: every complete example in it loads. */
class ProgrammeFormatDocTest {

  static final Path DOC = Path.of("../docs/programme-format.md");

  @TempDir Path dir;

  @Test
  void everyFullExampleInTheReferenceLoads() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("<!-- example: full -->\\s*```yaml\\n(.*?)```", Pattern.DOTALL)
            .matcher(doc);
    List<Programme> loaded = new ArrayList<>();
    while (m.find()) {
      Path file = dir.resolve("example-" + loaded.size() + ".yaml");
      Files.writeString(file, m.group(1), StandardCharsets.UTF_8);
      loaded.add(ProgrammeReader.read(file));
    }
    assertThat(loaded).isNotEmpty();
    Programme first = loaded.get(0);
    assertThat(first.indicators()).hasSize(3);
    assertThat(first.districts()).hasSize(3);
    assertThat(first.groups()).hasSize(1);
    assertThat(first.units()).hasSize(5);
    assertThat(first.source("stod").orElseThrow().delimiter()).contains(';');
  }
}
