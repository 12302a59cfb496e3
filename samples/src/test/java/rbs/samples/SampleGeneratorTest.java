package rbs.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.output.PublicationRecords;

class SampleGeneratorTest {

  static final Path COMMITTED = Path.of("kvinnofrid");

  @TempDir Path dir;

  @Test
  void theCommittedSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
    SampleGenerator.generate(dir, SampleGenerator.Options.defaults());

    List<String> generated = files(dir);
    assertThat(generated).isEqualTo(files(COMMITTED)).hasSize(56);
    for (String f : generated) {
      assertThat(Files.readAllBytes(dir.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(COMMITTED.resolve(f)));
    }
  }

  @Test
  void personnummerHaveValidCheckDigitsExceptTheDeliberateOne() throws IOException {
    Pattern pnr = Pattern.compile("(?<![0-9])((?:19|20)?[0-9]{6})-([0-9]{4})(?![0-9])");
    int valid = 0;
    int invalid = 0;
    for (String f : files(COMMITTED)) {
      if (!f.endsWith(".csv") && !f.endsWith(".txt")) {
        continue;
      }
      String text =
          new String(Files.readAllBytes(COMMITTED.resolve(f)), StandardCharsets.ISO_8859_1);
      Matcher m = pnr.matcher(text);
      while (m.find()) {
        String ten = (m.group(1).length() == 8 ? m.group(1).substring(2) : m.group(1)) + m.group(2);
        if (Persons.luhn(ten.substring(0, 9)) == ten.charAt(9) - '0') {
          valid++;
        } else {
          invalid++;
        }
      }
    }
    assertThat(valid).isGreaterThan(10_000);
    assertThat(invalid).isEqualTo(1);
  }

  @Test
  void skarholmenDeliversNothingForApril2014() throws IOException {
    Path file = COMMITTED.resolve("data/insatser/skarholmen/insatser-2014.csv");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(",2014-03-").contains(",2014-05-").doesNotContain(",2014-04-");
  }

  /**
   * The sample's files, without the records of publications that `rbs report --publish` keeps in
   * the programme's folder (not committed: .gitignore), so a published quick start does not fail
   * the build.
   */
  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(f -> !f.startsWith(PublicationRecords.FOLDER + "/"))
          .sorted()
          .toList();
    }
  }
}
