package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.definition.ProgrammeReader;
import rbs.model.Indicator;
import rbs.model.PeriodKind;
import rbs.model.Programme;
import rbs.model.StratsysCodes;

/**
 * {@code --export stratsys} on the sample's published T2: every line is worked out here from
 * results.csv and the programme's codes, in the layout the export documents (date, unit code,
 * measure code, column code, value; tab-separated, CRLF, UTF-8 without a byte-order mark).
 */
class StratsysExportTest {

  @TempDir Path dir;

  private Path sample() throws IOException {
    return SampleCopy.into(dir);
  }

  @Test
  void thePublishedT2GoesOutLineByLineAsResultsCsvSaysWithWithheldAndMissingValuesLeftOut()
      throws IOException {
    Path programmeFile = sample();
    Path out = dir.resolve("out");
    RbsTest.Run run =
        RbsTest.run(
            "report",
            programmeFile.toString(),
            "--period",
            "2014-T2",
            "--as-of",
            "2014-09-15",
            "--publish",
            "--export",
            "stratsys",
            "--out",
            out.toString(),
            "--quiet");
    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);

    Programme programme = ProgrammeReader.read(programmeFile);
    StratsysCodes codes = programme.stratsys().orElseThrow();
    List<String> expected = new ArrayList<>();
    long withheld = 0;
    long missing = 0;
    List<String> csv = Files.readAllLines(out.resolve("current/results.csv"));
    for (String line : csv.subList(1, csv.size())) {
      // indicator,district,period,from,to,value,numerator,denominator,target,status,trend,flag,…
      String[] f = line.split(",", -1);
      LocalDate to = LocalDate.parse(f[4]);
      PeriodKind kind = kind(f[2]);
      Map<PeriodKind, String> measure = codes.measures().get(f[0]);
      // breakdown categories (column 14) have no measure in Stratsys: the indicators' rows only
      boolean exported =
          f[14].isEmpty()
              && kind != PeriodKind.FORECAST
              && to.getYear() == 2014
              && !to.isAfter(LocalDate.of(2014, 8, 31))
              && measure != null
              && measure.containsKey(kind)
              && codes.units().containsKey(f[1]);
      if (!exported) {
        continue;
      }
      if (f[11].equals("..")) {
        withheld++;
        continue;
      }
      if (f[5].isEmpty()) {
        missing++;
        continue;
      }
      Indicator indicator = programme.indicator(f[0]).orElseThrow();
      String value =
          new BigDecimal(f[5])
              .setScale(indicator.decimals(), RoundingMode.HALF_UP)
              .toPlainString()
              .replace('.', ',');
      expected.add(
          f[4] + "\t" + codes.units().get(f[1]) + "\t" + measure.get(kind) + "\tUTFALL\t" + value);
    }

    Path export = out.resolve("current/stratsys-kvinnofrid-2014-T2.txt");
    byte[] bytes = Files.readAllBytes(export);
    assertThat(bytes[0]).as("no byte-order mark").isEqualTo((byte) '2');
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    List<String> lines =
        List.of(text.split("\r\n", -1)).subList(0, text.split("\r\n", -1).length - 1);
    assertThat(lines).containsExactlyElementsOf(expected);
    // the sample's T2: the city's months of one indicator, every mapped year to date, and some of
    // them withheld (a district's small counts) and one missing
    assertThat(lines).anyMatch(l -> l.startsWith("2014-03-31\t1000\tKF-KANDA-MAN\t"));
    assertThat(lines).noneMatch(l -> l.contains("\t..") || l.contains("\t-\t"));
    assertThat(withheld).isPositive();
    String manifest = Files.readString(out.resolve("current/manifest.json"));
    assertThat(manifest)
        .contains("\"lines\" : " + expected.size())
        .contains("\"withheld_left_out\" : " + withheld)
        .contains("\"missing_left_out\" : " + missing);
  }

  @Test
  void anExportNeedsAPublicationAndAProgrammeWithCodes() throws IOException {
    RbsTest.Run internal =
        RbsTest.run("report", RbsTest.SAMPLE, "--period", "2014-T2", "--export", "stratsys");
    assertThat(internal.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(internal.err()).contains("--export stratsys: only published figures go out");

    Path programmeFile = sample();
    String yaml = Files.readString(programmeFile);
    Files.writeString(programmeFile, yaml.substring(0, yaml.indexOf("\n# For --export stratsys")));
    RbsTest.Run noCodes =
        RbsTest.run(
            "report",
            programmeFile.toString(),
            "--period",
            "2014-T2",
            "--publish",
            "--export",
            "stratsys",
            "--out",
            dir.resolve("out").toString());
    assertThat(noCodes.code()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(noCodes.err()).contains("the programme has no 'stratsys:' section");
  }

  private static PeriodKind kind(String key) {
    for (PeriodKind k : PeriodKind.values()) {
      if (k.key().equals(key)) {
        return k;
      }
    }
    throw new IllegalArgumentException(key);
  }
}
