package rbs.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.definition.ProgrammeReader;
import rbs.job.JobListener;
import rbs.job.ReportJob;
import rbs.job.ReportRequest;
import rbs.job.ReportSummary;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.source.SourceReader;

/** Runs the committed sample end to end, as the README's quick start does. */
class SamplesEndToEndIT {

  static final Path PROGRAMME = Path.of("kvinnofrid/programme.yaml");

  /**
   * Anything that looks like a personnummer or samordningsnummer, with or without century and
   * separator (but not the decimals of a share nor part of a SHA-256).
   */
  static final Pattern PERSONNUMMER =
      Pattern.compile("(?<![0-9a-f.])(19|20)?[0-9]{6}[-+]?[0-9]{4}(?![0-9a-f])");

  @TempDir Path base;

  /** Where users open the outputs: the link to the run that succeeded last. */
  Path out;

  @BeforeEach
  void current() {
    out = base.resolve("current");
  }

  @Test
  void writesResultsForEveryIndicatorDistrictAndTheCity() throws IOException {
    ReportSummary s = run(false, base);

    assertThat(s.written().stream().filter(p -> p.toString().endsWith(".xlsx"))).hasSize(15);
    List<String> lines = Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8);
    Set<String> indicators = new TreeSet<>();
    Set<String> units = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      indicators.add(cells[0]);
      units.add(cells[1]);
    }
    assertThat(indicators).hasSize(15);
    assertThat(units).hasSize(15).contains("Stockholm", "Skärholmen", "Enskede-Årsta-Vantör");
    assertThat(s.rowsRejected()).isEqualTo(4);
    assertThat(s.results().missing())
        .extracting(m -> m.source() + " " + m.district() + " " + m.month())
        .contains("insatser Skärholmen 2014-04");
    assertThat(Files.readString(out.resolve("rejects.csv"))).contains("2014-13-45");
    try (XSSFWorkbook wb =
        new XSSFWorkbook(Files.newInputStream(out.resolve("kvinnofrid-2014-T2-stockholm.xlsx")))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Sammanfattning");
      assertThat(wb.getSheetName(1)).isEqualTo("Översikt");
      assertThat(wb.getNumberOfSheets()).isEqualTo(8);
      // the definitions say filters in the programme's language, with the extracts' header names
      org.apache.poi.ss.usermodel.Row second = wb.getSheet("Definitioner").getRow(4);
      assertThat(second.getCell(0).getStringCellValue())
          .isEqualTo("Antal kvinnor i målgruppen som erbjudits insatser av socialtjänsten");
      assertThat(second.getCell(3).getStringCellValue())
          .isEqualTo("Målgrupp är ”kvinna” och Händelse är ”erbjuden insats”");
      assertThat(second.getCell(4).getStringCellValue()).isEqualTo("personer (unika personer)");
    }
  }

  @Test
  void publishedReportShowsNoSmallCountsAndNoPersonalData(@TempDir Path project)
      throws IOException {
    // a publication is recorded beside its programme: a copy, so the repository stays clean
    run(copyOfTheSample(project), true, base);
    assertThat(project.resolve("publications/kvinnofrid/2014-T2.csv"))
        .hasSameBinaryContentAs(out.resolve("results.csv"));

    List<String> lines = Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8);
    int withheld = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      if (c[11].equals("..")) {
        withheld++;
        assertThat(c[5] + c[6] + c[7]).isEmpty();
        continue;
      }
      boolean share = !c[7].isEmpty();
      String count = share ? c[7] : c[5];
      if (!count.isEmpty() && !c[0].contains("boende-dygn")) {
        double v = Double.parseDouble(count);
        assertThat(v >= 1 && v < 5).as(line).isFalse();
      }
    }
    assertThat(withheld).as("small districts have small counts to withhold").isPositive();
    for (Path file : allFiles(base)) {
      assertThat(PERSONNUMMER.matcher(text(file)).find()).as(file.toString()).isFalse();
    }
    try (XSSFWorkbook wb =
        new XSSFWorkbook(Files.newInputStream(out.resolve("kvinnofrid-2014-T2-alvsjo.xlsx")))) {
      boolean dots = false;
      for (var sheet : wb) {
        for (var row : sheet) {
          for (var cell : row) {
            dots |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("..");
          }
        }
      }
      assertThat(dots).isTrue();
    }
  }

  @Test
  void rerunWithTheSameAsOfDateWritesTheSameBytes(@TempDir Path second) throws IOException {
    run(false, base);
    run(false, second);

    for (String name : List.of("results.csv", "rejects.csv", "kvinnofrid-2014-T2-sodermalm.xlsx")) {
      assertThat(Files.readAllBytes(second.resolve("current").resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(out.resolve(name)));
    }
    String manifest =
        Files.readString(out.resolve("manifest.json")).replaceAll("(?s)\"timings\".*?}", "");
    String again =
        Files.readString(second.resolve("current").resolve("manifest.json"))
            .replaceAll("(?s)\"timings\".*?}", "");
    assertThat(again).isEqualTo(manifest);
  }

  @Test
  void everyNumberOfTheCityOverviewEqualsResultsCsv() throws IOException {
    run(false, base);
    // results.csv: indicator -> the city's year-to-date row this year and last year
    Map<String, String[]> now = new HashMap<>();
    Map<String, String[]> before = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8)) {
      String[] c = line.split(",", -1);
      // the indicator's own row, not one of its breakdown categories' (column 14 names those)
      if (c[1].equals("Stockholm") && c[2].equals("ytd") && c[14].isEmpty()) {
        (c[3].startsWith("2014") ? now : before).put(c[0], c);
      }
    }
    Programme programme = ProgrammeReader.read(PROGRAMME);
    Map<String, String> idByName = new HashMap<>();
    programme.indicators().forEach(i -> idByName.put(i.name(), i.id()));
    int checked = 0;
    try (XSSFWorkbook wb =
        new XSSFWorkbook(Files.newInputStream(out.resolve("kvinnofrid-2014-T2-stockholm.xlsx")))) {
      for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Översikt")) {
        org.apache.poi.ss.usermodel.Cell name = row.getCell(0);
        if (name == null || !idByName.containsKey(name.getStringCellValue())) {
          continue;
        }
        String id = idByName.get(name.getStringCellValue());
        assertCell(row.getCell(1), now.get(id)[5], id + " outcome");
        assertCell(row.getCell(3), now.get(id)[8], id + " target");
        assertCell(row.getCell(6), before.get(id)[5], id + " last year");
        checked++;
      }
    }
    assertThat(checked).isEqualTo(15);
  }

  /** A numeric cell equal to a results.csv value, or a symbol where the value is empty. */
  private static void assertCell(org.apache.poi.ss.usermodel.Cell cell, String value, String what) {
    if (value.isEmpty()) {
      // no value: a symbol, or a blank cell where no target applies; never a number
      assertThat(cell == null ? CellType.BLANK : cell.getCellType())
          .as(what)
          .isIn(CellType.BLANK, CellType.STRING);
      if (cell != null && cell.getCellType() == CellType.STRING) {
        assertThat(cell.getStringCellValue()).as(what).isIn("-", "..");
      }
      return;
    }
    assertThat(cell.getCellType()).as(what).isEqualTo(CellType.NUMERIC);
    assertThat(cell.getNumericCellValue())
        .as(what)
        .isCloseTo(Double.parseDouble(value), within(1e-9));
  }

  @Test
  void annualCityReportShowsEveryYearTheDataCoverAndNeverCutsAChart() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2015-02-15T06:00:00Z"), ZoneOffset.UTC);
    new ReportJob(JobListener.SILENT, clock, SourceReader::forProgramme)
        .run(
            ReportRequest.builder(PROGRAMME, ReportPeriod.annual(2014), LocalDate.of(2015, 2, 15))
                .outDir(base)
                .districts(List.of("Stockholm"))
                .toolVersion("test")
                .build());
    // the sample covers 2012-2014: all three years are in the results, nothing earlier
    Set<String> years = new TreeSet<>();
    for (String line : Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8)) {
      String[] cells = line.split(",", -1);
      if (cells[2].equals("year")) {
        years.add(cells[3].substring(0, 4));
      }
    }
    assertThat(years).containsExactly("2012", "2013", "2014");
    try (XSSFWorkbook wb =
        new XSSFWorkbook(Files.newInputStream(out.resolve("kvinnofrid-2014-stockholm.xlsx")))) {
      org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.getSheetAt(2);
      int[] breaks = sheet.getRowBreaks();
      assertThat(breaks).isNotEmpty();
      int frames = 0;
      for (org.apache.poi.xssf.usermodel.XSSFShape shape : sheet.getDrawingPatriarch()) {
        if (!(shape instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame)) {
          continue;
        }
        frames++;
        var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor();
        int top = anchor.getRow1();
        int bottom = anchor.getRow2();
        // a break after row b starts a page at b + 1: none may fall inside a chart
        assertThat(java.util.Arrays.stream(breaks).boxed())
            .noneMatch(b -> b >= top && b < bottom - 1);
      }
      assertThat(frames).isEqualTo(sheet.getDrawingPatriarch().getCharts().size()).isPositive();
      // and no page is taller than a printed page holds, none ends with a heading
      assertThat(rbs.report.PrintedPages.problems(wb)).isEmpty();
      // each years chart has 2012-2014 and the next year for the trend, each year marked when it
      // is outside the trend line
      List<List<String>> yearCharts = new java.util.ArrayList<>();
      for (org.apache.poi.xssf.usermodel.XSSFChart chart :
          sheet.getDrawingPatriarch().getCharts()) {
        var categories = chart.getChartSeries().get(0).getSeries(0).getCategoryData();
        if (categories.getPointAt(0).toString().startsWith("2012")) {
          List<String> yearList = new java.util.ArrayList<>();
          for (int i = 0; i < categories.getPointCount(); i++) {
            yearList.add(categories.getPointAt(i).toString());
          }
          yearCharts.add(yearList);
        }
      }
      assertThat(yearCharts).hasSize(5);
      for (List<String> yearList : yearCharts) {
        assertThat(yearList).hasSize(4).startsWith("2012", "2013").endsWith("2015 (prognos)");
      }
      // the city's 2014 misses Skärholmen's April: the indicators of that source are incomplete,
      // outside the trend, marked; the survey's are not
      assertThat(yearCharts)
          .contains(
              List.of("2012", "2013", "2014 (ofullständigt)", "2015 (prognos)"),
              List.of("2012", "2013", "2014", "2015 (prognos)"));
    }
  }

  private static ReportSummary run(boolean publish, Path dir) {
    return run(PROGRAMME, publish, dir);
  }

  /** The committed sample copied into a folder; its programme file. */
  static Path copyOfTheSample(Path target) throws IOException {
    Path source = PROGRAMME.getParent();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else if (!source.relativize(file).startsWith("publications")) {
          Files.copy(file, copy);
        }
      }
    }
    return target.resolve("programme.yaml");
  }

  private static ReportSummary run(Path programme, boolean publish, Path dir) {
    Clock clock = Clock.fixed(Instant.parse("2014-09-15T06:00:00Z"), ZoneOffset.UTC);
    return new ReportJob(JobListener.SILENT, clock, SourceReader::forProgramme)
        .run(
            ReportRequest.builder(
                    programme, ReportPeriod.tertial(2014, 2), LocalDate.of(2014, 9, 15))
                .outDir(dir)
                .publish(publish)
                .pngCharts(publish)
                .toolVersion("test")
                .build());
  }

  private static List<Path> allFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  /** The text chunks of a PNG (its pixels are no text). */
  private static String pngText(byte[] png) {
    StringBuilder text = new StringBuilder();
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png);
    b.position(8);
    while (b.remaining() >= 12) {
      int length = b.getInt();
      byte[] type = new byte[4];
      b.get(type);
      String t = new String(type, StandardCharsets.US_ASCII);
      byte[] data = new byte[length];
      b.get(data);
      b.getInt(); // CRC
      if (t.equals("tEXt") || t.equals("iTXt") || t.equals("zTXt")) {
        text.append(new String(data, StandardCharsets.ISO_8859_1)).append('\n');
      }
    }
    return text.toString();
  }

  /** The text of a file; for a workbook, of every part inside it. */
  private static String text(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (file.toString().endsWith(".png")) {
      return pngText(bytes);
    }
    if (!file.toString().endsWith(".xlsx")) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    StringBuilder all = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }
}
