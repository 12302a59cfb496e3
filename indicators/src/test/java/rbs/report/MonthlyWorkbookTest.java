package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.disclosure.Disclosure;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Results;
import rbs.model.Unit;

/** The workbooks of a monthly follow-up: overview and indicator tables, no charts. */
class MonthlyWorkbookTest {

  @TempDir Path dir;

  private XSSFWorkbook write(Results results, Unit unit) throws IOException {
    Path file = dir.resolve(WorkbookWriter.fileName(results, unit));
    WorkbookWriter.write(results, unit, WorkbookWriterTest.INTERNAL, file);
    return WorkbookWriterTest.open(file);
  }

  private static List<String> sheetNames(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      names.add(wb.getSheetName(i));
    }
    return names;
  }

  /** Column A and B of the rows of the first indicator's table, as Excel shows them. */
  private static List<String> firstTable(XSSFSheet sheet) {
    DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
    List<String> rows = new ArrayList<>();
    boolean in = false;
    int last = -1;
    for (Row row : sheet) {
      if (in && row.getRowNum() != last + 1) {
        break; // the blank row after the table
      }
      last = row.getRowNum();
      Cell a = row.getCell(0);
      if (a != null
          && a.getCellType() == CellType.STRING
          && a.getStringCellValue().equals("Period")) {
        if (in) {
          break;
        }
        in = true;
        continue;
      }
      if (in) {
        if (a == null) {
          break;
        }
        rows.add(shown.formatCellValue(a) + "|" + shown.formatCellValue(row.getCell(1)));
      }
    }
    return rows;
  }

  @Test
  void aRollingFollowUpNamesItsFileAndHasTablesOfTheTwelveMonthsAndTheRollingYearWithoutCharts()
      throws IOException {
    Results results = ReportFixtures.rolling();
    assertThat(WorkbookWriter.fileName(results, ReportFixtures.CITY))
        .isEqualTo("kvinnofrid-2014-R05-stockholm.xlsx");
    try (XSSFWorkbook wb = write(results, ReportFixtures.CITY)) {
      assertThat(sheetNames(wb))
          .startsWith("Översikt")
          .endsWith("Definitioner", "Datakvalitet")
          .doesNotContain("Diagramdata");
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        assertThat(wb.getSheetAt(i).getDrawingPatriarch()).as(wb.getSheetName(i)).isNull();
      }
      List<String> table = firstTable(wb.getSheetAt(1));
      assertThat(table).hasSize(13);
      assertThat(table.get(0)).startsWith("jun 2013|");
      Outcome rolling =
          ReportFixtures.outcome(
              ReportFixtures.PERSONS, ReportFixtures.CITY, Period.rolling(2014, 5));
      assertThat(table.get(12))
          .isEqualTo(
              "Rullande 12 mån. t.o.m. maj 2014|" + rolling.value().orElseThrow().toPlainString());
    }
  }

  @Test
  void aYearToDateFollowUpShowsItsMonthsTertialAndYearToDate() throws IOException {
    Results results = ReportFixtures.monthly();
    assertThat(WorkbookWriter.fileName(results, ReportFixtures.CITY))
        .isEqualTo("kvinnofrid-2014-05-stockholm.xlsx");
    try (XSSFWorkbook wb = write(results, ReportFixtures.CITY)) {
      List<String> table = firstTable(wb.getSheetAt(1));
      assertThat(table).hasSize(7);
      Outcome ytd =
          ReportFixtures.outcome(
              ReportFixtures.PERSONS, ReportFixtures.CITY, Period.yearToDate(2014, 5));
      assertThat(table.get(6)).isEqualTo("Jan–maj hittills i år|" + ytd.value().orElseThrow());
    }
  }

  @Test
  void monthlyWorkbooksOpenWithoutRepairInternalAndPublished() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Results results : List.of(ReportFixtures.monthly(), ReportFixtures.rolling())) {
      for (Unit unit : List.of(ReportFixtures.CITY, ReportFixtures.ALVSJO)) {
        for (Results mode : List.of(results, Disclosure.suppress(results))) {
          Path file =
              dir.resolve(
                  mode.publication().published() + "-" + WorkbookWriter.fileName(mode, unit));
          WorkbookWriter.write(mode, unit, WorkbookWriterTest.INTERNAL, file);
          OoxmlValidation.validate(file).problems().forEach(p -> problems.add(file + " " + p));
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
