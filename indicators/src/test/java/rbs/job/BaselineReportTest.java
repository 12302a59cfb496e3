package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.ReportPeriod;
import rbs.model.Results;
import rbs.report.OoxmlValidation;
import rbs.source.SourceReader;

/**
 * A report of a programme with a baseline year, from real files: the baseline beside the outcome
 * and the change since in the workbooks (opened again with POI), against counts made in the test; a
 * baseline without data; and a published report that withholds a small baseline and its change.
 */
class BaselineReportTest {

  @TempDir Path dir;
  @TempDir Path out;

  private static final String[] DISTRICTS = {"Norr", "Söder", "Väster"};

  /** year, district index → rows, and → rows with typ "ja"; counted while the file is written. */
  private final long[][][] rows = new long[3][3][2];

  @BeforeEach
  void writeData() throws IOException {
    Random random = new Random(17);
    StringBuilder csv = new StringBuilder("stadsdel;datum;typ\n");
    for (int year = 2012; year <= 2014; year++) {
      for (int month = 1; month <= (year == 2014 ? 8 : 12); month++) {
        for (int d = 0; d < DISTRICTS.length; d++) {
          // Väster has two rows in all of 2012: a baseline a publication must withhold
          int n =
              d == 2 && year == 2012 ? (month == 3 || month == 10 ? 1 : 0) : 3 + random.nextInt(6);
          for (int k = 0; k < n; k++) {
            boolean yes = random.nextInt(3) > 0;
            csv.append(DISTRICTS[d])
                .append(';')
                .append(LocalDate.of(year, month, 1 + k))
                .append(';')
                .append(yes ? "ja" : "nej")
                .append('\n');
            rows[year - 2012][d][0]++;
            rows[year - 2012][d][1] += yes ? 1 : 0;
          }
        }
      }
    }
    Files.writeString(dir.resolve("s.csv"), csv.toString(), StandardCharsets.UTF_8);
  }

  private void programme(int baseline) throws IOException {
    Files.writeString(
        dir.resolve("p.yaml"),
        """
        programme: {id: p, name: P, municipality: Staden, baseline: {year: %d}}
        districts: [Norr, Söder, Väster]
        sources:
          - name: s
            path: s.csv
            district: stadsdel
            date: datum
            columns:
              - {name: stadsdel, type: district}
              - {name: datum, type: date}
              - {name: typ, type: text}
        target_groups:
          - id: g
            name: Gruppen
            goals:
              - id: m
                text: M
                indicators:
                  - {id: antal, name: Antal, kind: count, source: s, prorate: true}
                  - id: andel
                    name: Andel
                    kind: share
                    numerator: {count: records, source: s, filter: typ == "ja"}
                    denominator: {count: records, source: s}
        """
            .formatted(baseline),
        StandardCharsets.UTF_8);
  }

  private ReportSummary run(boolean publish) {
    return run(publish, ReportPeriod.tertial(2014, 2));
  }

  private ReportSummary run(boolean publish, ReportPeriod period) {
    return new ReportJob(JobListener.SILENT, JobProject.CLOCK, SourceReader::forProgramme)
        .run(
            ReportRequest.builder(dir.resolve("p.yaml"), period, LocalDate.of(2014, 9, 15))
                .outDir(out)
                .publish(publish)
                .toolVersion("test")
                .build());
  }

  private XSSFWorkbook workbook(String unit) throws IOException {
    return workbook("2014-T2", unit);
  }

  private XSSFWorkbook workbook(String period, String unit) throws IOException {
    Path current = out.resolve(OutputStaging.CURRENT);
    try (Stream<Path> files = Files.list(current)) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().equals("p-" + period + "-" + unit + ".xlsx"))
              .findFirst()
              .orElseThrow();
      try (InputStream in = Files.newInputStream(file)) {
        return new XSSFWorkbook(in);
      }
    }
  }

  /** The rows below each cell of column {@code col} that says {@code text}, top to bottom. */
  private static List<Row> below(Sheet sheet, int col, String text) {
    List<Row> found = new ArrayList<>();
    for (Row row : sheet) {
      Cell c = row.getCell(col);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
        found.add(sheet.getRow(row.getRowNum() + 1));
      }
    }
    return found;
  }

  private static String text(Row row, int col) {
    return row.getCell(col).getStringCellValue();
  }

  private static double number(Row row, int col) {
    return row.getCell(col).getNumericCellValue();
  }

  private static BigDecimal shown(Results r, String id, String unit, Period p, int decimals) {
    Outcome o =
        r.outcomes().stream()
            .filter(x -> x.indicatorId().equals(id) && x.unit().name().equals(unit))
            .filter(x -> x.period().equals(p))
            .findFirst()
            .orElseThrow();
    return o.value().orElseThrow().setScale(decimals, RoundingMode.HALF_UP);
  }

  @Test
  void aDistrictsWorkbookShowsItsBaselineBesideTheOutcomeAndTheChangeSince() throws IOException {
    programme(2012);
    ReportSummary summary = run(false);
    Results results = summary.results();

    try (XSSFWorkbook wb = workbook("norr")) {
      Sheet sheet = wb.getSheet("Gruppen");
      List<Row> baseline = below(sheet, 0, "Utgångsläge 2012");
      assertThat(baseline).hasSize(2);
      // the count: its whole 2012 against the full-year forecast, a year against a year
      Row count = baseline.get(0);
      Row head = sheet.getRow(count.getRowNum() - 1);
      assertThat(text(head, 2)).isEqualTo("Prognos 2014");
      assertThat(text(count, 0)).isEqualTo("Norr");
      long base = rows[0][0][0];
      assertThat(number(count, 1)).isEqualTo((double) base);
      BigDecimal forecast = shown(results, "antal", "Norr", Period.forecast(2014), 0);
      // the cell holds the value, its format rounds it; the change is between the values as shown
      assertThat(Math.round(number(count, 2))).isEqualTo(forecast.longValueExact());
      assertThat(number(count, 3)).isEqualTo(forecast.doubleValue() - base);
      assertThat(number(count, 4))
          .isEqualTo(
              forecast
                  .subtract(BigDecimal.valueOf(base))
                  .multiply(BigDecimal.valueOf(100))
                  .divide(BigDecimal.valueOf(base), 0, RoundingMode.HALF_UP)
                  .doubleValue());
      assertThat(count.getCell(3).getCellStyle().getDataFormatString()).startsWith("+#,##0;-");
      // the share: 2012's share against the year to date, in percentage points
      Row share = baseline.get(1);
      BigDecimal base2012 =
          BigDecimal.valueOf(100 * rows[0][0][1])
              .divide(BigDecimal.valueOf(rows[0][0][0]), 1, RoundingMode.HALF_UP);
      assertThat(number(share, 1)).isCloseTo(base2012.doubleValue(), within(0.05));
      BigDecimal ytd = shown(results, "andel", "Norr", Period.yearToDate(2014, 8), 1);
      assertThat(number(share, 3)).isCloseTo(ytd.subtract(base2012).doubleValue(), within(1e-9));
      assertThat(share.getCell(3).getCellStyle().getDataFormatString()).contains("p.e.");
      // the summary a committee reads first: each indicator's baseline, now, and the change
      Sheet summarySheet = wb.getSheet("Sammanfattning");
      List<Row> table = below(summarySheet, 0, "Utgångsläge och förändring sedan dess");
      assertThat(table).hasSize(1);
      Row first = summarySheet.getRow(table.get(0).getRowNum() + 1);
      assertThat(text(first, 0)).isEqualTo("Antal");
      assertThat(number(first, 1)).isEqualTo((double) base);
      assertThat(number(first, 3)).isEqualTo(forecast.doubleValue() - base);
      assertThat(text(first, 5)).isEqualTo("2012 mot prognos 2014");
      Row second = summarySheet.getRow(first.getRowNum() + 1);
      assertThat(text(second, 5)).isEqualTo("2012 mot jan–aug 2014");
    }
    try (XSSFWorkbook wb = workbook("staden")) {
      // the city's districts table: each district's baseline
      Sheet sheet = wb.getSheet("Gruppen");
      Row firstHead = null;
      for (Row row : sheet) {
        Cell c = row.getCell(12);
        if (c != null
            && c.getCellType() == CellType.STRING
            && c.getStringCellValue().equals("Utgångsläge 2012")) {
          firstHead = row;
          break;
        }
      }
      assertThat(firstHead).isNotNull();
      for (int d = 0; d < DISTRICTS.length; d++) {
        Row row = sheet.getRow(firstHead.getRowNum() + 1 + d);
        assertThat(text(row, 9)).isEqualTo(DISTRICTS[d]);
        assertThat(number(row, 12)).isEqualTo((double) rows[0][d][0]);
      }
    }
    // results.csv carries the baseline as the year's ordinary rows; the manifest names the year
    Path current = out.resolve(OutputStaging.CURRENT);
    assertThat(Files.readAllLines(current.resolve("results.csv")))
        .contains(
            "antal,Norr,year,2012-01-01,2012-12-31,"
                + rows[0][0][0]
                + ",,,,not_assessable,not_comparable,,false,,,");
    assertThat(Files.readString(current.resolve("manifest.json"))).contains("\"baseline\"");
    assertThat(summary.warnings()).noneMatch(w -> w.message().startsWith("baseline"));
    // the workbooks with the baseline open in Excel without the offer to repair them
    for (String unit : List.of("norr", "staden")) {
      Path file = current.resolve("p-2014-T2-" + unit + ".xlsx");
      assertThat(OoxmlValidation.validate(file).problems()).as(file.toString()).isEmpty();
    }
  }

  @Test
  void aMonthlyFollowUpShowsTheBaselineUnderItsTablesAndARollingOneAgainstItsTwelveMonths()
      throws IOException {
    programme(2012);
    run(false, ReportPeriod.monthly(2014, 5));
    try (XSSFWorkbook wb = workbook("2014-05", "norr")) {
      Sheet sheet = wb.getSheet("Gruppen");
      List<Row> baseline = below(sheet, 0, "Utgångsläge 2012");
      assertThat(baseline).hasSize(2);
      assertThat(number(baseline.get(0), 1)).isEqualTo((double) rows[0][0][0]);
      // January–May is compared through its full-year forecast, a share as it stands
      assertThat(text(sheet.getRow(baseline.get(0).getRowNum() - 1), 2)).isEqualTo("Prognos 2014");
      assertThat(text(sheet.getRow(baseline.get(1).getRowNum() - 1), 2)).isEqualTo("Utfall 2014");
    }
    ReportSummary rolling = run(false, ReportPeriod.rolling(2014, 5));
    try (XSSFWorkbook wb = workbook("2014-R05", "norr")) {
      Row count = below(wb.getSheet("Gruppen"), 0, "Utgångsläge 2012").get(0);
      assertThat(text(wb.getSheet("Gruppen").getRow(count.getRowNum() - 1), 2))
          .isEqualTo("Utfall 2014");
      // June 2013 – May 2014 against the whole of 2012, both twelve months
      BigDecimal twelve = shown(rolling.results(), "antal", "Norr", Period.rolling(2014, 5), 0);
      assertThat(number(count, 3)).isEqualTo(twelve.doubleValue() - rows[0][0][0]);
    }
  }

  @Test
  void aBaselineYearWithoutDataIsMissingNamedOnTheQualitySheetAndWarned() throws IOException {
    programme(2011);
    ReportSummary summary = run(false);

    assertThat(summary.warnings())
        .extracting(Warning::message)
        .contains(
            "baseline 2011: no data for 2011 (antal, andel); the baseline shows as missing (are"
                + " the extracts for 2011 in place?)");
    try (XSSFWorkbook wb = workbook("norr")) {
      Row count = below(wb.getSheet("Gruppen"), 0, "Utgångsläge 2011").get(0);
      assertThat(text(count, 1)).isEqualTo("-");
      assertThat(text(count, 3)).isEqualTo("-");
      Sheet quality = wb.getSheet("Datakvalitet");
      List<Row> heads = below(quality, 0, "Utgångsläge som saknas");
      assertThat(heads).hasSize(1);
      Row first = quality.getRow(heads.get(0).getRowNum() + 1);
      assertThat(text(first, 0)).isEqualTo("Norr");
      assertThat(text(first, 1)).isEqualTo("Antal");
      assertThat(text(first, 2)).isEqualTo("2011");
    }
  }

  @Test
  void aPublishedReportWithholdsASmallBaselineAndTheChangeSinceIt() throws IOException {
    programme(2012);
    run(true);

    try (XSSFWorkbook wb = workbook("vaster")) {
      List<Row> baseline = below(wb.getSheet("Gruppen"), 0, "Utgångsläge 2012");
      for (Row row : baseline) {
        assertThat(text(row, 1)).isEqualTo("..");
        assertThat(text(row, 3)).isEqualTo("..");
      }
      assertThat(text(baseline.get(0), 4)).isEqualTo("..");
    }
    // and the city's figure minus the other districts' does not give Väster's 2 away
    List<String> lines =
        Files.readAllLines(out.resolve(OutputStaging.CURRENT).resolve("results.csv"));
    long withheld2012 =
        lines.stream()
            .filter(l -> l.startsWith("antal,") && l.contains(",year,2012-01-01,"))
            .filter(l -> l.contains(",..,"))
            .count();
    assertThat(withheld2012).isGreaterThanOrEqualTo(2);
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
