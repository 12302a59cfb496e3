package rbs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestJsonTest {

  private static ManifestInfo info(long readMillis) {
    return new ManifestInfo(
        "0.1.0", "programme.yaml", "abc123", Map.of("read:s", readMillis, "outcomes", 2L));
  }

  @Test
  void sameResultsGiveSameBytesApartFromTimings(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one.json");
    Path two = dir.resolve("two.json");
    ManifestJson.write(OutputFixtures.results(), info(10), one);
    ManifestJson.write(OutputFixtures.results(), info(10), two);
    assertThat(Files.readAllBytes(one)).isEqualTo(Files.readAllBytes(two));

    ManifestJson.write(OutputFixtures.results(), info(99), two);
    assertThat(withoutTimings(Files.readString(two)))
        .isEqualTo(withoutTimings(Files.readString(one)));
  }

  private static String withoutTimings(String json) {
    return json.replaceAll("(?s)\"timings\" : \\{.*?}", "");
  }

  @Test
  void recordsInputsRowsMissingAndRejectsInOrder() {
    String json = ManifestJson.text(OutputFixtures.results(), info(10));

    assertThat(json)
        .startsWith("{\n  \"as_of\" : \"2014-05-10\",\n")
        .contains("\"mode\" : \"internal\"")
        .doesNotContain("\"disclosure\"")
        .contains("\"period\" : \"2014-T1\"")
        .contains("\"sha256\" : \"abc123\"")
        .contains(
            "\"read\" : 15,\n    \"rejected\" : 1,\n    \"totals_skipped\" : 0,\n    \"used\" : 14")
        .contains("\"totals_rows_skipped\" : [ ]")
        .contains("\"by_period\" : {\n      \"2014-01..04\" : [ \"=Evil\" ]")
        .contains("\"month\" : \"2014-02\"")
        .contains("\"reason\" : \"not a date\"")
        .contains("\"timings\" : {\n    \"outcomes\" : 2,\n    \"read:s\" : 10\n  }")
        .doesNotContain("\r");
    // inputs sorted by path: a before b
    assertThat(json.indexOf("data/a.csv")).isLessThan(json.indexOf("data/b.csv"));
  }

  @Test
  void namesTheTargetsTableAndTheCommentFormsItRead() {
    ManifestInfo info =
        new ManifestInfo(
            "0.1.0",
            "programme.yaml",
            "abc123",
            Map.of(),
            java.util.List.of(
                new ManifestInfo.ReadFile("targets_file", "mal.csv", "d1"),
                new ManifestInfo.ReadFile("comment_form", "kommentarer/2014-T1/norr.xlsx", "d2")),
            java.util.Optional.empty(),
            java.util.List.of());

    String json = ManifestJson.text(OutputFixtures.results(), info);

    assertThat(json)
        .contains(
            "\"other_inputs\" : [ {\n    \"file\" : \"mal.csv\",\n    \"role\" : \"targets_file\",\n"
                + "    \"sha256\" : \"d1\"\n  }, {\n    \"file\" : \"kommentarer/2014-T1/norr.xlsx\",")
        .contains("\"sha256\" : \"d2\"");
    assertThat(ManifestJson.text(OutputFixtures.results(), info(10)))
        .contains("\"other_inputs\" : [ ]");
  }

  @Test
  void publishedResultsSayWhatDisclosureControlWithheld() {
    String json =
        ManifestJson.text(rbs.disclosure.Disclosure.suppress(OutputFixtures.results()), info(10));

    // the share 2 of 3 is small: withheld as itself, nothing else needed
    assertThat(json)
        .contains("\"mode\" : \"publish\"")
        .contains("\"cells\" : 3,")
        .contains("\"withheld\" : 1\n")
        .contains("\"primary\" : 1,")
        .contains("\"complements\" : 0,")
        .contains("\"districts\" : [ \"ytd\", \"year\", \"rolling\" ]")
        .contains("\"threshold\" : 5");
  }

  @Test
  void hashesFiles(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.txt");
    Files.writeString(f, "abc");
    assertThat(ManifestJson.sha256(f))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
