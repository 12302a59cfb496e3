package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RbsTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Rbs.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpListsSubcommandsAndExitCodes() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("validate", "list", "report", "sample")
        .contains("3  invalid input", "4  environment");
  }

  @Test
  void theSamplesSuggestedCommandPastesIntoAShellAsItIsWhateverTheFolderIsCalled(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("Kristin's $HOME sample");
    Run r = run("sample", "--out", out.toString(), "--rows", "30");
    assertThat(r.code()).as(r.err()).isZero();
    String suggested =
        r.out().substring(r.out().indexOf("try: rbs ") + "try: rbs ".length()).strip();

    Process shell =
        new ProcessBuilder("sh", "-c", "printf '%s\\n' " + suggested)
            .redirectErrorStream(true)
            .start();
    List<String> words =
        new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(shell.waitFor()).isZero();

    assertThat(words)
        .containsExactly("report", out.resolve("programme.yaml").toString(), "--period", "2014-T2");
    assertThat(SampleCommand.shellWord("/tmp/plain-path/programme.yaml"))
        .isEqualTo("/tmp/plain-path/programme.yaml");
  }

  @Test
  void versionNamesTheTool() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("rbs ");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Run r = run("--frobnicate");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void missingProgrammeFileIsAnEnvironmentError() {
    Run r = run("list", "no/such/programme.yaml");
    assertThat(r.code()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(r.err()).startsWith("no/such/programme.yaml");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  static final String SAMPLE = "../samples/kvinnofrid/programme.yaml";

  @TempDir Path dir;

  @Test
  void listsTheSeedProgrammesTree() {
    Run r = run("list", SAMPLE);
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("kvinnor-erbjudna [persons]: Antal kvinnor i målgruppen som erbjudits insatser")
        .endsWith("3 target groups, 8 goals, 15 indicators\n");
  }

  @Test
  void reportsEveryProblemOfABrokenProgrammeWithExitCode3() throws IOException {
    String seed = Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8);
    String broken =
        seed.replace("  disclosure_threshold: 5", "  disclosure_threshold: fem\n  colour: blue")
            .replace("- id: kvinnor-deltagit", "- id: kvinnor-kanda")
            .replace(
                "filter: malgrupp == \"man\" && handelse == \"erbjuden insats\"",
                "filter: grupp == \"man\"");
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, broken, StandardCharsets.UTF_8);
    // the districts' targets the programme names, beside it
    Files.copy(Path.of(SAMPLE).resolveSibling("stadsdelsmal.csv"), dir.resolve("stadsdelsmal.csv"));

    Run r = run("validate", file.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .isEqualTo(
            file + ":16:25: programme: 'disclosure_threshold' must be a whole number, got \"fem\"");
    assertThat(lines.get(1)).startsWith(file + ":17:3: unknown key 'colour' in programme");
    List<String> written = broken.lines().toList();
    int first = written.indexOf("          - id: kvinnor-kanda") + 1;
    int second =
        written.subList(first, written.size()).indexOf("          - id: kvinnor-kanda") + first + 1;
    assertThat(lines.get(2))
        .startsWith(
            file
                + ":"
                + second
                + ":13: duplicate indicator id 'kvinnor-kanda' (first at line "
                + first
                + ")");
    assertThat(lines.get(3))
        .contains("indicator 'man-erbjudna': filter: unknown column 'grupp' in source 'insatser'");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void validatesTheSampleAndListsItsRejects() throws IOException {
    Path bromma = Path.of("../samples/kvinnofrid/data/insatser/bromma/insatser-2014.txt");
    List<String> lines = Files.readAllLines(bromma, StandardCharsets.UTF_8);
    int line = 1;
    while (!lines.get(line - 1).contains("2014-13-45")) {
      line++;
    }

    Run r = run("validate", SAMPLE);

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("source insatser: 42 files")
        .contains(
            "data/insatser/bromma/insatser-2014.txt:"
                + line
                + ": column 'Händelsedatum': not a date: '2014-13-45'")
        .contains("not a valid personnummer or samordningsnummer (check digit)");
  }
}
