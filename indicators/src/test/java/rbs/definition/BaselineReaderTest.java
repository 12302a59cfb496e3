package rbs.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.Problem;
import rbs.model.Baseline;

class BaselineReaderTest {

  @TempDir Path dir;

  private static final List<String> REST =
      List.of(
          "districts: [Norr]",
          "sources:",
          "  - name: s",
          "    path: data/*.csv",
          "    district: stadsdel",
          "    date: datum",
          "    columns:",
          "      - {name: stadsdel, type: district}",
          "      - {name: datum, type: date}",
          "target_groups:",
          "  - id: g",
          "    name: G",
          "    goals:",
          "      - id: m",
          "        text: M",
          "        indicators:",
          "          - {id: a, name: A, kind: count, source: s}",
          "          - {id: b, name: B, kind: count, source: s}");

  private Path write(String... head) throws IOException {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(REST);
    Path file = dir.resolve("programme.yaml");
    Files.write(file, all, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsTheBaselineYearAndAnIndicatorsOwn() throws IOException {
    Path file =
        write(
            "programme:",
            "  id: p",
            "  name: P",
            "  municipality: Staden",
            "  baseline: {year: 2012, indicators: {b: 2013}}");
    Baseline baseline = ProgrammeReader.read(file).baseline().orElseThrow();
    assertThat(baseline).isEqualTo(new Baseline(2012, Map.of("b", 2013)));
    assertThat(baseline.yearOf("a")).isEqualTo(2012);
    assertThat(baseline.yearOf("b")).isEqualTo(2013);
  }

  @Test
  void aProgrammeWithoutOneHasNoBaseline() throws IOException {
    Path file = write("programme: {id: p, name: P, municipality: Staden}");
    assertThat(ProgrammeReader.read(file).baseline()).isEqualTo(Optional.empty());
  }

  @Test
  void namesAMissingYearAnUnknownIndicatorAndAYearThatIsNone() throws IOException {
    Path file =
        write(
            "programme:",
            "  id: p",
            "  name: P",
            "  municipality: Staden",
            "  baseline: {indicators: {x: 2013, a: tolv, b: 12}}");
    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(file));
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            file + ":5:13: programme baseline: missing required key 'year'",
            file + ":5:27: programme baseline indicators: no indicator has the id 'x'",
            file + ":5:39: programme baseline indicators: 'a' must be a year, got \"tolv\"",
            file + ":5:48: programme baseline: 'b' must be a year (1900–2999), got 12");
  }
}
