package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.model.InputFile;
import rbs.model.RejectLimit;
import rbs.model.SheetSelection;
import rbs.model.Source;
import rbs.rows.Reject;
import rbs.rows.Row;

class WorkbookReadingTest {

  @TempDir Path dir;

  static final LocalDate APRIL_5 = LocalDate.of(2013, 4, 5);

  /** Header on row 1, rows 2 and 5 with data, row 3 absent, row 4 blank strings, row 6 bad. */
  static void fill(Workbook wb, boolean date1904) {
    Sheet other = wb.createSheet("Info");
    other.createRow(0).createCell(0).setCellValue("not this sheet");
    Sheet sheet = wb.createSheet("Data");
    org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
    String[] headers = {"Stadsdel", "Personnummer", "Datum", "Antal", "Belopp", "Svar", "Extra"};
    for (int i = 0; i < headers.length; i++) {
      h.createCell(i).setCellValue(headers[i]);
    }
    double serial =
        date1904
            ? ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), APRIL_5)
            : ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), APRIL_5);
    org.apache.poi.ss.usermodel.Row r = sheet.createRow(1);
    r.createCell(0).setCellValue("Östermalms sdf");
    r.createCell(1).setCellValue(201212121212d); // personnummer typed as a number
    r.createCell(2).setCellValue(serial);
    r.createCell(3).setCellFormula("2+3");
    r.createCell(4).setCellValue(12.5);
    r.createCell(5).setCellValue(true);
    org.apache.poi.ss.usermodel.Row blank = sheet.createRow(3);
    blank.createCell(0).setCellValue(" ");
    org.apache.poi.ss.usermodel.Row r5 = sheet.createRow(4);
    r5.createCell(0).setCellFormula("\"Bro\"&\"mma\"");
    r5.createCell(1).setCellValue("121212-1212");
    r5.createCell(2).setCellValue("2013-04-05");
    r5.createCell(3).setCellValue("7");
    r5.createCell(5).setCellValue("Nej");
    org.apache.poi.ss.usermodel.Row r6 = sheet.createRow(5);
    r6.createCell(0).setCellValue("Bromma");
    r6.createCell(1).setCellValue("121212-1212");
    r6.createCell(2).setCellValue(serial);
    r6.createCell(3).setCellValue(2.5);
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
  }

  static Source source(String path) {
    return new Source(
        "insatser",
        "",
        path,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        new SheetSelection.Names(List.of("Data")),
        1,
        Fixtures.columns(),
        Optional.of("stadsdel"),
        "datum",
        Optional.of("person"),
        false,
        true,
        RejectLimit.standard());
  }

  private Fixtures.Collected read(String name) {
    Source source = source("data/" + name);
    return Fixtures.Collected.feed(Fixtures.programme(dir, source), source);
  }

  private void save(Workbook wb, String name) throws IOException {
    Files.createDirectories(dir.resolve("data"));
    try (OutputStream out = Files.newOutputStream(dir.resolve("data/" + name))) {
      wb.write(out);
    }
    wb.close();
  }

  private void assertRead(Fixtures.Collected c, String file) {
    assertThat(c.rows).hasSize(2);
    Row first = c.rows.get(0);
    assertThat(first.district()).isEqualTo(1);
    assertThat(first.date()).isEqualTo(APRIL_5);
    assertThat(first.get(3)).isEqualTo(5L);
    assertThat(first.get(4)).isEqualTo(new BigDecimal("12.5"));
    assertThat(first.get(5)).isEqualTo(true);
    Row second = c.rows.get(1);
    assertThat(second.district()).isEqualTo(0);
    assertThat(second.date()).isEqualTo(APRIL_5);
    assertThat(second.get(3)).isEqualTo(7L);
    assertThat(second.get(5)).isEqualTo(false);
    assertThat(second.person()).isEqualTo(first.person());
    assertThat(c.rejects)
        .containsExactly(new Reject("insatser", file, 6, "Antal", "not a whole number: '2.5'"));
    assertThat(c.files)
        .containsExactly(
            new InputFile(
                "insatser",
                file,
                c.files.get(0).sha256(),
                3,
                2,
                1,
                // the districts of its used rows, in declaration order
                List.of("Bromma", "Östermalm"),
                List.of()));
  }

  @Test
  void readsXlsxWithSharedStringsFormulasAndExcelRowNumbers() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb, false);
    save(wb, "a.xlsx");
    assertRead(read("a.xlsx"), "data/a.xlsx");
  }

  @Test
  void readsXlsxWith1904DateSystem() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
    fill(wb, true);
    save(wb, "a.xlsx");
    assertRead(read("a.xlsx"), "data/a.xlsx");
  }

  @Test
  void readsXlsxWithInlineStrings() throws IOException {
    // SXSSF writes inline strings, not a shared strings table
    SXSSFWorkbook wb = new SXSSFWorkbook();
    Sheet sheet = wb.createSheet("Data");
    String[][] cells = {
      {"Stadsdel", "Personnummer", "Datum"}, {"Bromma", "121212-1212", "2013-04-05"}
    };
    for (int i = 0; i < cells.length; i++) {
      org.apache.poi.ss.usermodel.Row r = sheet.createRow(i);
      for (int j = 0; j < cells[i].length; j++) {
        r.createCell(j).setCellValue(cells[i][j]);
      }
    }
    save(wb, "a.xlsx");
    Fixtures.Collected c = read("a.xlsx");
    assertThat(c.rows).singleElement().satisfies(r -> assertThat(r.date()).isEqualTo(APRIL_5));
  }

  @Test
  void aHeaderOccurringTwiceInASheetIsAnErrorNamingBothColumnLetters() throws IOException {
    for (String name : List.of("a.xlsx", "a.xls")) {
      Workbook wb = name.endsWith("x") ? new XSSFWorkbook() : new HSSFWorkbook();
      Sheet sheet = wb.createSheet("Data");
      String[] header = {"Stadsdel", "Personnummer", "Datum", "Antal", "Svar", "Datum"};
      org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      save(wb, name);

      assertThatThrownBy(() -> read(name))
          .isInstanceOf(rbs.InputException.class)
          .hasMessage(
              "data/"
                  + name
                  + ":1: column C and column F of header row 1 are both 'Datum' (column 'datum'):"
                  + " rename or remove one, rbs cannot tell which to read");
    }
  }

  @Test
  void readsXlsTheSameWay() throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    fill(wb, false);
    save(wb, "a.xls");
    assertRead(read("a.xls"), "data/a.xls");
  }

  @Test
  void picksTheSheetByIndexWhenNoNameIsGiven() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb, false);
    save(wb, "a.xlsx");
    Source byIndex =
        new Source(
            "insatser",
            "",
            "data/a.xlsx",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            new SheetSelection.Position(2),
            1,
            Fixtures.columns(),
            Optional.of("stadsdel"),
            "datum",
            Optional.of("person"),
            false,
            true,
            RejectLimit.standard());
    Fixtures.Collected c = Fixtures.Collected.feed(Fixtures.programme(dir, byIndex), byIndex);
    assertThat(c.rows).hasSize(2);
    assertThat(
            new SourceReader(Fixtures.programme(dir, byIndex), Fixtures.KEY).checkHeaders(byIndex))
        .isEqualTo(List.of());
  }
}
