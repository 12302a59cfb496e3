package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.disclosure.Disclosure;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Results;
import rbs.model.Unit;

class WorkbookWriterTest {

  static final ReportOptions INTERNAL = new ReportOptions("0.1.0");

  @TempDir Path dir;

  static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  XSSFWorkbook write(Results results, Unit unit, ReportOptions options) throws IOException {
    Path file = dir.resolve(WorkbookWriter.fileName(results, unit));
    WorkbookWriter.write(results, unit, options, file);
    return open(file);
  }

  static Optional<Row> rowStartingWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(text)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  static List<String> columnA(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null && cell.getCellType() == CellType.STRING) {
        texts.add(cell.getStringCellValue());
      }
    }
    return texts;
  }

  @Test
  void namesFileByProgrammePeriodAndUnitSlug() {
    assertThat(WorkbookWriter.fileName(ReportFixtures.tertial(), ReportFixtures.ALVSJO))
        .isEqualTo("kvinnofrid-2014-T2-alvsjo.xlsx");
    assertThat(WorkbookWriter.fileName(ReportFixtures.annual(), ReportFixtures.CITY))
        .isEqualTo("kvinnofrid-2014-stockholm.xlsx");
  }

  @Test
  void overviewShowsYearToDateOutcomeTargetFulfilmentAndCounts() throws IOException {
    Results results = ReportFixtures.tertial();
    try (XSSFWorkbook wb = write(results, ReportFixtures.SODERMALM, INTERNAL)) {
      Sheet sheet = wb.getSheet("Översikt");
      Row row = rowStartingWith(sheet, ReportFixtures.SHARE.name()).orElseThrow();
      Outcome ytd =
          ReportFixtures.outcome(
              ReportFixtures.SHARE, ReportFixtures.SODERMALM, Period.yearToDate(2014, 8));
      assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(1).getNumericCellValue())
          .isEqualTo(ytd.value().orElseThrow().doubleValue());
      assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0\" %\"");
      // a district's overview has the city's value beside its own
      Outcome city =
          ReportFixtures.outcome(
              ReportFixtures.SHARE, ReportFixtures.CITY, Period.yearToDate(2014, 8));
      assertThat(row.getCell(2).getNumericCellValue())
          .isEqualTo(city.value().orElseThrow().doubleValue());
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("294 av 392");
      assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(80.0);
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Delvis uppfyllt");
      assertThat(row.getCell(6).getStringCellValue()).isEqualTo("↑ Bättre");
      Row goal =
          rowStartingWith(sheet, "Kvinnor som utsatts för våld lever ett liv utan våld")
              .orElseThrow();
      assertThat(goal.getCell(5).getStringCellValue()).isEqualTo("Delvis uppfyllt");
      Row count = rowStartingWith(sheet, ReportFixtures.PERSONS.name()).orElseThrow();
      assertThat(count.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(rowStartingWith(sheet, "Enhet").orElseThrow().getCell(1).getStringCellValue())
          .isEqualTo("Södermalm");
      assertThat(columnA(sheet)).contains("Internt – ej för publicering");
    }
  }

  @Test
  void marksInternalWorkbooksAndNotPublishedOnes() throws IOException {
    try (XSSFWorkbook internal = write(ReportFixtures.tertial(), ReportFixtures.CITY, INTERNAL)) {
      for (Sheet sheet : internal) {
        if (!internal.isSheetHidden(internal.getSheetIndex(sheet))) {
          assertThat(sheet.getHeader().getRight()).contains("Internt – ej för publicering");
        }
      }
      assertThat(columnA(internal.getSheetAt(0))).contains("Internt – ej för publicering");
      assertThat(internal.getProperties().getCoreProperties().getSubject())
          .endsWith("– Internt – ej för publicering");
    }
    try (XSSFWorkbook published =
        write(Disclosure.suppress(ReportFixtures.tertial()), ReportFixtures.CITY, INTERNAL)) {
      for (Sheet sheet : published) {
        assertThat(sheet.getHeader().getRight()).doesNotContain("Internt");
      }
      assertThat(columnA(published.getSheetAt(0))).doesNotContain("Internt – ej för publicering");
      assertThat(published.getProperties().getCoreProperties().getKeywords())
          .isEqualTo("För publicering: små antal är undertryckta");
    }
  }

  @Test
  void everySheetPrintsA4LandscapeOnePageWideWithHeaderAndFooter() throws IOException {
    for (Results results : List.of(ReportFixtures.tertial(), ReportFixtures.annual())) {
      try (XSSFWorkbook wb = write(results, ReportFixtures.CITY, INTERNAL)) {
        for (Sheet s : wb) {
          XSSFSheet sheet = (XSSFSheet) s;
          if (wb.isSheetHidden(wb.getSheetIndex(sheet))) {
            // the charts' data, never printed
            assertThat(sheet.getSheetName()).isEqualTo("Diagramdata");
            continue;
          }
          assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
          assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
          assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
          assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
          assertThat(sheet.getFitToPage()).isTrue();
          assertThat(sheet.getRepeatingRows()).isNotNull();
          // the overview and the definitions repeat their table's header, the other sheets their
          // title rows
          assertThat(sheet.getRepeatingRows().getFirstRow())
              .isEqualTo(
                  switch (sheet.getSheetName()) {
                    case "Översikt" -> OverviewSheet.HEADER_ROW;
                    case "Sammanfattning" -> SummarySheet.TITLE_ROW;
                    case "Definitioner" -> 2;
                    default -> 0;
                  });
          assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
          assertThat(sheet.getHeader().getLeft()).isEqualTo("Program för kvinnofrid");
          assertThat(sheet.getHeader().getRight()).startsWith("Stockholm – " + results.period());
          assertThat(sheet.getFooter().getLeft()).isEqualTo("Sida &P av &N");
          assertThat(sheet.getFooter().getRight()).isEqualTo("Uttag " + results.asOf());
          assertThat(sheet.getColumnWidth(0)).isGreaterThan(256 * 10);
        }
      }
    }
  }

  @Test
  void writesWorkbooksExcelOpensWithoutRepair() throws IOException {
    List<String> problems = new ArrayList<>();
    int parts = 0;
    for (Results results : List.of(ReportFixtures.tertial(), ReportFixtures.annual())) {
      for (Results language : List.of(results, ReportFixtures.inEnglish(results))) {
        for (Unit unit : List.of(ReportFixtures.CITY, ReportFixtures.ALVSJO)) {
          for (Results mode : List.of(language, Disclosure.suppress(language))) {
            String name =
                language.programme().language() + "-" + mode.publication().published() + "-";
            Path file = dir.resolve(name + WorkbookWriter.fileName(language, unit));
            WorkbookWriter.write(mode, unit, INTERNAL, file);
            OoxmlValidation.Result result = OoxmlValidation.validate(file);
            parts += result.parts();
            result.problems().forEach(p -> problems.add(file.getFileName() + " " + p));
          }
        }
      }
    }
    try (XSSFWorkbook english =
        open(
            dir.resolve(
                "en-false-"
                    + WorkbookWriter.fileName(ReportFixtures.annual(), ReportFixtures.CITY)))) {
      assertThat(english.getSheetName(0)).isEqualTo("Summary");
      assertThat(english.getSheetName(1)).isEqualTo("Overview");
      assertThat(english.getSheet("Data quality")).isNotNull();
    }
    // 16 workbooks, each with its sheets, charts, drawings, styles, strings and properties
    assertThat(parts).isGreaterThan(16 * 20);
    assertThat(problems).isEmpty();
  }

  @Test
  void writesTheSameBytesTwice() throws IOException {
    Path first = dir.resolve("a.xlsx");
    Path second = dir.resolve("b.xlsx");
    WorkbookWriter.write(ReportFixtures.annual(), ReportFixtures.CITY, INTERNAL, first);
    WorkbookWriter.write(ReportFixtures.annual(), ReportFixtures.CITY, INTERNAL, second);
    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    // every part dated with the as-of day, not the moment it was written
    long asOf =
        ReportFixtures.annual().asOf().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    try (ZipFile zip = new ZipFile(first.toFile())) {
      List<? extends ZipEntry> entries = Collections.list(zip.entries());
      assertThat(entries).hasSizeGreaterThan(20);
      assertThat(entries).allSatisfy(e -> assertThat(e.getTime()).isEqualTo(asOf));
    }
    try (XSSFWorkbook wb = open(first)) {
      var core = wb.getProperties().getCoreProperties();
      assertThat(core.getCreator()).isEqualTo("rbs 0.1.0");
      assertThat(core.getTitle()).isEqualTo("Program för kvinnofrid – Stockholm 2014");
      assertThat(core.getCreated().toInstant().toString()).isEqualTo("2015-02-01T00:00:00Z");
    }
  }

  @Test
  void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("report.xlsx");
    Files.writeString(file, "old");
    WorkbookWriter.write(ReportFixtures.tertial(), ReportFixtures.ALVSJO, INTERNAL, file);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.xlsx");
    }
    try (XSSFWorkbook wb = open(file)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Sammanfattning");
    }
  }
}
