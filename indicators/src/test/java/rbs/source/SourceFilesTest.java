package rbs.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.model.InputFile;
import rbs.model.Source;

/** Which files a source's path names: globs, symbolic links, absolute paths. */
class SourceFilesTest {

  static final String CSV = "Stadsdel;Personnummer;Datum\nBromma;121212-1212;2013-04-05\n";

  @TempDir Path dir;
  @TempDir Path elsewhere;

  private List<String> read(String path) {
    Source source = Fixtures.source(path);
    return Fixtures.Collected.feed(Fixtures.programme(dir, source), source).files.stream()
        .map(InputFile::path)
        .toList();
  }

  @Test
  void followsADistrictFolderThatIsASymbolicLink() throws IOException {
    Fixtures.write(dir, "data/bromma/a.csv", CSV, UTF_8);
    Fixtures.write(elsewhere, "kista/b.csv", CSV, UTF_8);
    Files.createSymbolicLink(dir.resolve("data/kista"), elsewhere.resolve("kista"));
    Files.createSymbolicLink(dir.resolve("data/c.csv"), elsewhere.resolve("kista/b.csv"));

    assertThat(read("data/*/*.csv")).containsExactly("data/bromma/a.csv", "data/kista/b.csv");
    assertThat(read("data/**.csv"))
        .containsExactly("data/bromma/a.csv", "data/c.csv", "data/kista/b.csv");
  }

  @Test
  void inputBytesAddsTheFilesEverySourceNamesAndNothingForAFolderThatIsMissing()
      throws IOException {
    Fixtures.write(dir, "data/bromma/a.csv", CSV, UTF_8);
    Fixtures.write(dir, "data/kista/b.csv", CSV + CSV, UTF_8);
    Fixtures.write(dir, "data/kista/notes.txt", "not a source's", UTF_8);
    Fixtures.write(dir, "enkat/c.csv", CSV + CSV + CSV, UTF_8);
    long one = CSV.getBytes(UTF_8).length;

    assertThat(
            SourceReader.inputBytes(
                Fixtures.programme(
                    dir,
                    Fixtures.source("data/*/*.csv"),
                    Fixtures.source("enkat/c.csv"),
                    Fixtures.source("gone/*/*.csv"))))
        .isEqualTo(6 * one);
  }

  @Test
  void aLinkToAFolderAboveIsNotWalkedForever() throws IOException {
    Fixtures.write(dir, "data/bromma/a.csv", CSV, UTF_8);
    Files.createSymbolicLink(dir.resolve("data/bromma/loop"), dir.resolve("data"));

    assertThat(read("data/**.csv")).containsExactly("data/bromma/a.csv");
  }

  @Test
  void aDanglingLinkIsNoFile() throws IOException {
    Fixtures.write(dir, "data/a.csv", CSV, UTF_8);
    Files.createSymbolicLink(dir.resolve("data/gone.csv"), dir.resolve("nowhere.csv"));

    assertThat(read("data/*.csv")).containsExactly("data/a.csv");
  }

  @Test
  void anAbsoluteGlobMatches() throws IOException {
    Fixtures.write(elsewhere, "x/a.csv", CSV, UTF_8);
    Fixtures.write(elsewhere, "y/b.csv", CSV, UTF_8);
    String root = elsewhere.toAbsolutePath().toString();

    assertThat(read(root + "/*/*.csv")).containsExactly(root + "/x/a.csv", root + "/y/b.csv");
    assertThat(read(root + "/x/a.csv")).containsExactly(root + "/x/a.csv");
  }

  @Test
  void dotsInTheFixedPartOfAGlobAreResolved() throws IOException {
    Fixtures.write(dir, "data/x/a.csv", CSV, UTF_8);

    assertThat(read("./data/../data/x/*.csv")).containsExactly("data/x/a.csv");
    assertThat(read("*/x/a.csv")).containsExactly("data/x/a.csv");
  }
}
