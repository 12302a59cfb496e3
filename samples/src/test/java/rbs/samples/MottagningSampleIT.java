package rbs.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.job.JobListener;
import rbs.job.ReportJob;
import rbs.job.ReportRequest;
import rbs.job.ReportSummary;
import rbs.model.ReportPeriod;
import rbs.source.SourceReader;

/**
 * The shared-reception sample end to end, internal and published, checked against numbers this test
 * computes from the generated extracts on its own (plain string splitting, no rbs reader).
 */
class MottagningSampleIT {

  static final Path SAMPLE = Path.of("mottagning");
  static final String GROUP = "Gemensam mottagning";
  static final List<String> DISTRICTS = List.of("Östermalm", "Bromma", "Kungsholmen", "Norrmalm");
  static final LocalDate FROM = LocalDate.of(2015, 1, 1);
  static final LocalDate TO = LocalDate.of(2015, 8, 31);

  @TempDir Path out;

  /** results.csv by "indicator,unit,kind,from": its cells. */
  static Map<String, String[]> results(Path current) throws IOException {
    Map<String, String[]> rows = new HashMap<>();
    List<String> lines = Files.readAllLines(current.resolve("results.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      rows.put(c[0] + "," + c[1] + "," + c[2] + "," + c[3], c);
    }
    return rows;
  }

  /** Distinct persons per unit with one of the events, Jan–Aug 2015, from the register. */
  static Map<String, Integer> persons(Set<String> events) throws IOException {
    Map<String, Set<String>> byUnit = new HashMap<>();
    List<String> lines =
        Files.readAllLines(
            SAMPLE.resolve("data/mottagning/mottagning-2015.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      LocalDate date = LocalDate.parse(c[0]);
      if (date.isBefore(FROM) || date.isAfter(TO) || !events.contains(c[3])) {
        continue;
      }
      for (String unit : List.of(c[1], GROUP, "Stockholm")) {
        byUnit.computeIfAbsent(unit, k -> new HashSet<>()).add(c[2]);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    byUnit.forEach((unit, people) -> counts.put(unit, people.size()));
    return counts;
  }

  /** Kronor per unit, Jan–Aug 2015, from the ledger (an activity, or every one when null). */
  static Map<String, BigDecimal> kronor(String activity) throws IOException {
    Map<String, BigDecimal> sums = new HashMap<>();
    List<String> lines =
        Files.readAllLines(
            SAMPLE.resolve("data/medel/medel-2015.csv"), Charset.forName("windows-1252"));
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(";", -1);
      LocalDate date = LocalDate.parse(c[0]);
      if (date.isBefore(FROM) || date.isAfter(TO) || (activity != null && !activity.equals(c[2]))) {
        continue;
      }
      BigDecimal kr = new BigDecimal(c[3].replace(',', '.'));
      List<String> units = new ArrayList<>(List.of("Stockholm"));
      if (!c[1].isEmpty()) {
        String district = c[1].replaceFirst("s sdf$", "");
        units.add(district);
        units.add(GROUP);
      }
      for (String unit : units) {
        sums.merge(unit, kr, BigDecimal::add);
      }
    }
    return sums;
  }

  static ReportSummary run(Path programme, Path dir, boolean publish) {
    Clock clock = Clock.fixed(Instant.parse("2015-09-15T06:00:00Z"), ZoneOffset.UTC);
    return new ReportJob(JobListener.SILENT, clock, SourceReader::forProgramme)
        .run(
            ReportRequest.builder(
                    programme, ReportPeriod.tertial(2015, 2), LocalDate.of(2015, 9, 15))
                .outDir(dir)
                .publish(publish)
                .toolVersion("test")
                .build());
  }

  @Test
  void theJointReceptionIsAUnitCountedFromItsMembersRecordsBesideEachDistrict() throws IOException {
    ReportSummary s = run(SAMPLE.resolve("programme.yaml"), out, false);

    Path current = out.resolve("current");
    assertThat(s.written().stream().filter(p -> p.toString().endsWith(".xlsx"))).hasSize(6);
    assertThat(current.resolve("mottagning-2015-T2-gemensam-mottagning.xlsx")).exists();
    Map<String, String[]> results = results(current);
    Set<String> treated = Set.of("påbörjad behandling", "samtal", "avslutad");
    Map<String, Integer> expected = persons(treated);
    int sumOfDistricts = 0;
    for (String unit : List.of("Östermalm", "Bromma", "Kungsholmen", "Norrmalm", GROUP)) {
      String[] row = results.get("utovare-i-behandling," + unit + ",ytd,2015-01-01");
      assertThat(Integer.parseInt(row[5])).as(unit).isEqualTo(expected.get(unit));
      sumOfDistricts += DISTRICTS.contains(unit) ? expected.get(unit) : 0;
    }
    // someone moved between the districts while in treatment: counted in both, once in the group
    assertThat(expected.get(GROUP)).isLessThan(sumOfDistricts);
    Map<String, Integer> contacts = persons(Set.of("kontakt"));
    assertThat(results.get("utovare-kontakt," + GROUP + ",ytd,2015-01-01")[5])
        .isEqualTo(String.valueOf(contacts.get(GROUP)));
    // the group's target is its own: 80 a year, 8/12 of it by August
    assertThat(results.get("utovare-kontakt," + GROUP + ",ytd,2015-01-01")[8]).isEqualTo("53");
    assertThat(results.get("utovare-kontakt,Bromma,ytd,2015-01-01")[8]).isEmpty();

    // money: kronor in the ledger, tkr in the results; the group is the four, the city more
    Map<String, BigDecimal> spent = kronor(null);
    for (String unit :
        List.of("Östermalm", "Bromma", "Kungsholmen", "Norrmalm", GROUP, "Stockholm")) {
      String[] row = results.get("medel-totalt," + unit + ",ytd,2015-01-01");
      assertThat(new BigDecimal(row[5]))
          .as(unit)
          .isEqualByComparingTo(spent.get(unit).divide(BigDecimal.valueOf(1000)));
    }
    assertThat(spent.get("Stockholm")).isGreaterThan(spent.get(GROUP));
    String[] coordinator = results.get("medel-samordnare," + GROUP + ",ytd,2015-01-01");
    assertThat(new BigDecimal(coordinator[5]))
        .isEqualByComparingTo(kronor("samordnare").get(GROUP).divide(BigDecimal.valueOf(1000)));
    // a budget beside its outcome, not judged: neither met nor not met
    assertThat(coordinator[8]).isEqualTo("464");
    assertThat(coordinator[9]).isEqualTo("not_judged");

    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            Files.newInputStream(current.resolve("mottagning-2015-T2-gemensam-mottagning.xlsx")))) {
      List<String> moneyFormats = new ArrayList<>();
      boolean notJudged = false;
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.NUMERIC
                && cell.getCellStyle().getDataFormatString().contains("tkr")) {
              moneyFormats.add(cell.getCellStyle().getDataFormatString());
            }
            notJudged |=
                cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals("Ingen värdering");
          }
        }
      }
      assertThat(moneyFormats).isNotEmpty().allMatch(f -> f.startsWith("#,##0"));
      assertThat(notJudged).isTrue();
    }
  }

  @Test
  void thePublishedReportShowsTheGroupAndTheMoneyAndNoSmallCount(@TempDir Path project)
      throws IOException {
    Path programme = copy(SAMPLE, project);

    run(programme, out, true);

    Path current = out.resolve("current");
    assertThat(project.resolve("publications/mottagning/2015-T2.csv")).exists();
    Map<String, String[]> results = results(current);
    boolean groupShown = false;
    for (String[] c : results.values()) {
      boolean people = c[0].startsWith("utovare");
      if (c[1].equals(GROUP)) {
        groupShown = true;
        // a group is published at the districts' levels: year to date (and its forecast)
        assertThat(c[2]).isIn("ytd", "year", "forecast");
      }
      if (c[11].equals("..")) {
        assertThat(people).as(String.join(",", c)).isTrue();
        assertThat(c[5] + c[6] + c[7]).isEmpty();
        continue;
      }
      if (people && !c[5].isEmpty()) {
        String count = c[7].isEmpty() ? c[5] : c[7];
        double v = Double.parseDouble(count);
        assertThat(v >= 1 && v < 5).as(String.join(",", c)).isFalse();
      }
    }
    assertThat(groupShown).isTrue();
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            Files.newInputStream(current.resolve("mottagning-2015-T2-gemensam-mottagning.xlsx")))) {
      boolean levels = false;
      for (Row row : wb.getSheet("Definitioner")) {
        for (Cell cell : row) {
          levels |=
              cell.getCellType() == CellType.STRING
                  && cell.getStringCellValue()
                      .startsWith("För grupperna av stadsdelar (Gemensam mottagning):");
        }
      }
      assertThat(levels)
          .as("the Definitions sheet says at which levels the group is shown")
          .isTrue();
      // the group's workbook prints like the others: no page too tall, none ending in a heading
      assertThat(rbs.report.PrintedPages.problems(wb)).isEmpty();
    }
    // amounts are no counts of people: shown, for the group and for Norrmalm's small sums alike
    Map<String, BigDecimal> spent = kronor(null);
    for (String unit : List.of("Norrmalm", GROUP)) {
      assertThat(new BigDecimal(results.get("medel-totalt," + unit + ",ytd,2015-01-01")[5]))
          .isEqualByComparingTo(spent.get(unit).divide(BigDecimal.valueOf(1000)));
    }
  }

  static Path copy(Path sample, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(sample)) {
      for (Path file : files.toList()) {
        Path rel = sample.relativize(file);
        if (rel.startsWith("publications")) {
          continue;
        }
        Path copy = target.resolve(rel.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target.resolve("programme.yaml");
  }
}
