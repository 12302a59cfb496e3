package rbs.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.job.JobListener;
import rbs.job.ReportJob;
import rbs.job.ReportRequest;
import rbs.job.ReportSummary;
import rbs.model.ReportPeriod;
import rbs.source.SourceReader;

/**
 * Skärholmen's team end to end: the funnel contact → direct support → referred on at a tertial
 * report, and the safety survey made every second year at the annual reports, checked against
 * numbers this test computes from the extracts on its own.
 */
class SkarholmenSampleIT {

  static final Path SAMPLE = Path.of("skarholmen");
  static final String UNIT = "Skärholmen";

  @TempDir Path out;

  static ReportSummary run(
      Path programme, Path dir, ReportPeriod period, LocalDate asOf, boolean publish) {
    Clock clock = Clock.fixed(Instant.parse(asOf + "T06:00:00Z"), ZoneOffset.UTC);
    return new ReportJob(JobListener.SILENT, clock, SourceReader::forProgramme)
        .run(
            ReportRequest.builder(programme, period, asOf)
                .outDir(dir)
                .publish(publish)
                .toolVersion("test")
                .build());
  }

  /** Persons (by their ten last characters: with or without century) per funnel step. */
  static int[] funnel(int year, int lastMonth) throws IOException {
    Set<String> contact = new HashSet<>();
    Set<String> support = new HashSet<>();
    Set<String> referred = new HashSet<>();
    List<String> lines =
        Files.readAllLines(
            SAMPLE.resolve("data/teamet/teamet-" + year + ".csv"), Charset.forName("windows-1252"));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(";", -1);
      if (LocalDate.parse(c[0]).getMonthValue() > lastMonth) {
        continue;
      }
      String person = c[1].substring(c[1].length() - 11);
      contact.add(person);
      if (c[3].equals("J")) {
        support.add(person);
        if (c[4].equals("J")) {
          referred.add(person);
        }
      }
    }
    return new int[] {contact.size(), support.size(), referred.size()};
  }

  /** The survey's share answering yes in a column (1 or 2), in percent. */
  static BigDecimal surveyShare(int year, int column) throws IOException {
    List<String> lines =
        Files.readAllLines(
            SAMPLE.resolve("data/trygghet/trygghet-" + year + ".csv"), StandardCharsets.UTF_8);
    long yes =
        lines.subList(1, lines.size()).stream()
            .filter(l -> l.split(",", -1)[column].equals("1"))
            .count();
    return BigDecimal.valueOf(100 * yes)
        .divide(BigDecimal.valueOf(lines.size() - 1), 10, RoundingMode.HALF_EVEN);
  }

  @Test
  void theFunnelCountsEachStepOnTheSamePersonsAtATertialReport() throws IOException {
    ReportSummary s =
        run(
            SAMPLE.resolve("programme.yaml"),
            out,
            ReportPeriod.tertial(2013, 2),
            LocalDate.of(2013, 9, 15),
            false);

    Map<String, String[]> r = MottagningSampleIT.results(out.resolve("current"));
    int[] steps = funnel(2013, 8);
    String ytd = "," + UNIT + ",ytd,2013-01-01";
    assertThat(r.get("kontakt" + ytd)[5]).isEqualTo(String.valueOf(steps[0]));
    assertThat(r.get("direkt-stod" + ytd)[5]).isEqualTo(String.valueOf(steps[1]));
    assertThat(r.get("lotsade" + ytd)[5]).isEqualTo(String.valueOf(steps[2]));
    // each step's share of the step before, on the same persons
    assertThat(r.get("andel-direkt-stod" + ytd)[6]).isEqualTo(String.valueOf(steps[1]));
    assertThat(r.get("andel-direkt-stod" + ytd)[7]).isEqualTo(String.valueOf(steps[0]));
    assertThat(r.get("andel-lotsade" + ytd)[6]).isEqualTo(String.valueOf(steps[2]));
    assertThat(r.get("andel-lotsade" + ytd)[7]).isEqualTo(String.valueOf(steps[1]));
    assertThat(steps[0]).isGreaterThan(steps[1]).isGreaterThan(steps[2]).isPositive();
    // 2013 has no survey: not measured, not missing, and no warning about it
    String[] survey = r.get("utsatta-narstaende" + ytd);
    assertThat(survey[11]).isEqualTo(".");
    assertThat(survey[5]).isEmpty();
    assertThat(s.results().missing()).noneMatch(m -> m.source().equals("trygghet"));
    assertThat(s.warnings()).noneMatch(w -> w.toString().contains("trygghet"));
  }

  @Test
  void theSurveyYearComparesWithTheSurveyTwoYearsBeforeAndPublishes(@TempDir Path project)
      throws IOException {
    Path programme = MottagningSampleIT.copy(SAMPLE, project);

    run(programme, out, ReportPeriod.annual(2014), LocalDate.of(2015, 2, 15), true);

    Map<String, String[]> r = MottagningSampleIT.results(out.resolve("current"));
    for (String[] c : r.values()) {
      if (c[11].equals("..")) {
        continue;
      }
      String count = c[7].isEmpty() ? c[5] : c[7];
      if (!count.isEmpty()) {
        double v = Double.parseDouble(count);
        assertThat(v >= 1 && v < 5).as(String.join(",", c)).isFalse();
      }
    }
    for (String[] ind : new String[][] {{"utsatta-narstaende", "1"}, {"oroliga-hemmet", "2"}}) {
      BigDecimal now = surveyShare(2014, Integer.parseInt(ind[1]));
      BigDecimal before = surveyShare(2012, Integer.parseInt(ind[1]));
      String[] y2014 = r.get(ind[0] + "," + UNIT + ",year,2014-01-01");
      assertThat(new BigDecimal(y2014[5])).isEqualByComparingTo(now);
      assertThat(new BigDecimal(r.get(ind[0] + "," + UNIT + ",year,2012-01-01")[5]))
          .isEqualByComparingTo(before);
      // lower is better; compared with 2012, the survey before, not with 2013's none
      int c =
          now.setScale(1, RoundingMode.HALF_UP).compareTo(before.setScale(1, RoundingMode.HALF_UP));
      assertThat(y2014[10]).isEqualTo(c < 0 ? "better" : c > 0 ? "worse" : "unchanged");
      assertThat(r.get(ind[0] + "," + UNIT + ",year,2013-01-01")[11]).isEqualTo(".");
      assertThat(r.keySet()).noneMatch(k -> k.startsWith(ind[0] + "," + UNIT + ",year,2011"));
    }
  }
}
