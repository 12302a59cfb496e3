package rbs.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.model.District;
import rbs.model.Programme;
import rbs.model.RejectLimit;
import rbs.model.SheetSelection;
import rbs.model.Source;
import rbs.rows.Reject;
import rbs.rows.Row;

/** Extracts as case-management systems export them: titles, totals rows, several sheets. */
class ExtractShapesTest {

  @TempDir Path dir;

  private static final String HEADER = "Stadsdel;Personnummer;Datum;Antal\n";

  private Fixtures.Collected csv(String text) throws IOException {
    Fixtures.write(dir, "data/a.csv", text, UTF_8);
    Source source = Fixtures.source("data/*.csv");
    return Fixtures.Collected.feed(Fixtures.programme(dir, source), source);
  }

  private static Source workbookSource(String path, SheetSelection sheets) {
    return new Source(
        "insatser",
        "",
        path,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        sheets,
        1,
        Fixtures.columns(),
        Optional.of("stadsdel"),
        "datum",
        Optional.of("person"),
        false,
        false,
        RejectLimit.standard());
  }

  @Test
  void aTitleADateLineAndABlankLineAboveTheHeaderAreSkippedWithoutConfiguration()
      throws IOException {
    Fixtures.Collected c =
        csv(
            "Insatser per stadsdel, Kungsholmen\n"
                + "Utskriven 2014-06-01\n"
                + "\n"
                + HEADER
                + "Bromma;121212-1212;2013-04-05;2\n"
                + "Östermalm;121212-1212;2013-04-06;3\n");
    assertThat(c.rejects).isEmpty();
    assertThat(c.rows).extracting(Row::line).containsExactly(5L, 6L);
    assertThat(c.rows).extracting(r -> r.get(3)).containsExactly(2L, 3L);
    assertThat(c.files.get(0).rowsRead()).isEqualTo(2);
  }

  @Test
  void noHeaderFoundNamesTheFileTheColumnsLookedForAndTheRowsSearchedWithoutAnyPersonnummer()
      throws IOException {
    StringBuilder text = new StringBuilder("Utdrag för 19121212-1212\n");
    text.append("Stadsdel;Personnummer;Antal\n");
    for (int i = 0; i < 60; i++) {
      text.append("Bromma;121212-1212;").append(i).append('\n');
    }
    Fixtures.write(dir, "data/a.csv", text.toString(), UTF_8);
    Source source = Fixtures.source("data/*.csv");
    Programme programme = Fixtures.programme(dir, source);
    assertThatThrownBy(
            () -> new SourceReader(programme, Fixtures.KEY).feed(source, r -> {}, r -> {}))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "data/a.csv:2: column 'datum' is missing from header row 2: expected one of Datum,"
                + " datum; the row has Stadsdel, Personnummer, Antal (rows 1 to 50 searched for"
                + " the header)");

    Fixtures.write(dir, "data/a.csv", "Utdrag för 19121212-1212\n\nBromma;121212-1212;1\n", UTF_8);
    assertThat(new SourceReader(programme, Fixtures.KEY).checkHeaders(source))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.toString())
                  .startsWith("data/a.csv:1: columns 'stadsdel', 'person', 'datum' are missing")
                  .contains("Utdrag för ********-****")
                  .endsWith("(rows 1 to 50 searched for the header)")
                  .doesNotContain("1212-1212");
            });
  }

  @Test
  void aHeaderBelowTheDeclaredHeaderRowIsFoundFromThere() throws IOException {
    Fixtures.Collected c = csv("Titel\n" + HEADER + "Bromma;121212-1212;2013-04-05;2\n");
    assertThat(c.rows).extracting(Row::line).containsExactly(3L);
  }

  @Test
  void aTrailingSummaRowIsSkippedAndListedNotCountedOrRejected() throws IOException {
    Fixtures.Collected c =
        csv(
            HEADER
                + "Bromma;121212-1212;2013-04-05;2\n"
                + "Östermalm;121212-1212;2013-04-06;3\n"
                + "Summa:;;;5\n"
                + ";;;\n");
    assertThat(c.rows).hasSize(2);
    assertThat(c.rejects).isEmpty();
    assertThat(c.files.get(0).totalsRows()).containsExactly("data/a.csv:4");
    assertThat(c.files.get(0).rowsRead()).isEqualTo(2);
  }

  @Test
  void aTrailingRowWithoutDistrictAndDateIsATotalsRowOnlyWhenItsNumbersAreTheColumnSums()
      throws IOException {
    String data = HEADER + "Bromma;121212-1212;2013-04-05;2\nÖstermalm;121212-1212;2013-04-06;3\n";
    Fixtures.Collected sums = csv(data + ";;;5\n");
    assertThat(sums.rejects).isEmpty();
    assertThat(sums.files.get(0).totalsRows()).containsExactly("data/a.csv:4");

    Fixtures.Collected notSums = csv(data + ";;;6\n");
    assertThat(notSums.files.get(0).totalsRows()).isEmpty();
    assertThat(notSums.rejects)
        .containsExactly(
            new Reject(
                "insatser", "data/a.csv", 4, "Stadsdel", "empty value in a required column"));
  }

  /**
   * A file read over several of the reader's 256 KB buffers: a summa row that is the last whole
   * record of the first buffer is held over into the next and rejected there (it is not the last),
   * and the trailing summa row, without a line break, is still skipped and listed.
   */
  @Test
  void rowsOverSeveralBuffersAreReadAsOneFile() throws IOException {
    String line = "Bromma;121212-1212;2013-04-05;1\n"; // 32 bytes
    int first = (256 * 1024 - HEADER.length()) / line.length(); // whole lines in the first read
    StringBuilder text = new StringBuilder(HEADER);
    text.append(line.repeat(first)).append("Summa;;;1\n").append(line.repeat(20_000 - first));
    assertThat(HEADER.length() + first * line.length() + "Summa;;;1\n".length())
        .as("the summa row ends within the first read, the next line does not")
        .isLessThanOrEqualTo(256 * 1024)
        .isGreaterThan(256 * 1024 - line.length());
    Fixtures.Collected c = csv(text + "Summa:;;;20000");
    assertThat(c.rows).hasSize(20_000);
    assertThat(c.rows.get(19_999).line()).isEqualTo(20_002L);
    assertThat(c.rejects).extracting(Reject::row).containsExactly(first + 2L);
    assertThat(c.files.get(0).totalsRows()).containsExactly("data/a.csv:20003");
  }

  @Test
  void aSummaRowThatIsNotTheLastOrHoldsAPersonIsRejectedNotSkipped() throws IOException {
    Fixtures.Collected middle =
        csv(
            HEADER
                + "Bromma;121212-1212;2013-04-05;2\n"
                + "Summa;;;2\n"
                + "Östermalm;121212-1212;2013-04-06;3\n");
    assertThat(middle.rows).hasSize(2);
    assertThat(middle.rejects).extracting(Reject::row).containsExactly(3L);
    assertThat(middle.files.get(0).totalsRows()).isEmpty();

    Fixtures.Collected person =
        csv(HEADER + "Bromma;121212-1212;2013-04-05;2\nSumma;121212-1212;2013-04-05;2\n");
    assertThat(person.rejects).extracting(Reject::row).containsExactly(3L);
    assertThat(person.files.get(0).totalsRows()).isEmpty();
  }

  /** Sheet Jan: a title, the header, two rows and a totals row; Feb: header, a row, a bad row. */
  private void twoSheets(Workbook wb, String name) throws IOException {
    Sheet jan = wb.createSheet("Jan");
    jan.createRow(0).createCell(0).setCellValue("Insatser januari");
    header(jan.createRow(2));
    data(jan.createRow(3), "Bromma", "2013-01-05", 2);
    data(jan.createRow(4), "Östermalm", "2013-01-06", 3);
    org.apache.poi.ss.usermodel.Row total = jan.createRow(5);
    total.createCell(0).setCellValue("Totalt");
    total.createCell(3).setCellValue(5);
    wb.createSheet("Tom");
    Sheet feb = wb.createSheet("Feb");
    header(feb.createRow(0));
    data(feb.createRow(1), "EÅV", "2013-02-05", 1);
    data(feb.createRow(2), "Nowhere", "2013-02-06", 1);
    Files.createDirectories(dir.resolve("data"));
    try (OutputStream out = Files.newOutputStream(dir.resolve("data/" + name))) {
      wb.write(out);
    }
    wb.close();
  }

  private static void header(org.apache.poi.ss.usermodel.Row row) {
    String[] names = {"Stadsdel", "Personnummer", "Datum", "Antal"};
    for (int i = 0; i < names.length; i++) {
      row.createCell(i).setCellValue(names[i]);
    }
  }

  private static void data(
      org.apache.poi.ss.usermodel.Row row, String district, String date, int n) {
    row.createCell(0).setCellValue(district);
    row.createCell(1).setCellValue("121212-1212");
    row.createCell(2).setCellValue(date);
    row.createCell(3).setCellValue(n);
  }

  private void assertBothSheetsRead(Fixtures.Collected c, String file) {
    assertThat(c.rows)
        .extracting(r -> r.file() + ":" + r.line())
        .containsExactly(file + "[Jan]:4", file + "[Jan]:5", file + "[Feb]:2");
    assertThat(c.rows)
        .extracting(Row::date)
        .containsExactly(
            LocalDate.of(2013, 1, 5), LocalDate.of(2013, 1, 6), LocalDate.of(2013, 2, 5));
    assertThat(c.rejects)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.file()).isEqualTo(file + "[Feb]");
              assertThat(r.row()).isEqualTo(3);
            });
    assertThat(c.files)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo(file);
              assertThat(f.rowsUsed()).isEqualTo(3);
              assertThat(f.rowsRejected()).isEqualTo(1);
              assertThat(f.totalsRows()).containsExactly(file + "[Jan]:6");
            });
  }

  @Test
  void everySheetOfAnXlsxWorkbookIsReadAsOneTableEachRowKeepingItsSheet() throws IOException {
    twoSheets(new XSSFWorkbook(), "a.xlsx");
    Source source = workbookSource("data/a.xlsx", new SheetSelection.Every());
    assertBothSheetsRead(
        Fixtures.Collected.feed(Fixtures.programme(dir, source), source), "data/a.xlsx");
    assertThat(new SourceReader(Fixtures.programme(dir, source), Fixtures.KEY).checkHeaders(source))
        .isEmpty();
  }

  @Test
  void everySheetOfAnXlsWorkbookIsReadTheSameWay() throws IOException {
    twoSheets(new HSSFWorkbook(), "a.xls");
    Source source = workbookSource("data/a.xls", new SheetSelection.Every());
    assertBothSheetsRead(
        Fixtures.Collected.feed(Fixtures.programme(dir, source), source), "data/a.xls");
  }

  @Test
  void listedSheetsAreReadInTheListedOrderAndAMissingOneIsAnError() throws IOException {
    twoSheets(new XSSFWorkbook(), "a.xlsx");
    Source listed = workbookSource("data/a.xlsx", new SheetSelection.Names(List.of("Feb", "Jan")));
    Fixtures.Collected c = Fixtures.Collected.feed(Fixtures.programme(dir, listed), listed);
    assertThat(c.rows)
        .extracting(Row::file)
        .containsExactly("data/a.xlsx[Feb]", "data/a.xlsx[Jan]", "data/a.xlsx[Jan]");

    Source missing = workbookSource("data/a.xlsx", new SheetSelection.Names(List.of("Jan", "Mar")));
    assertThatThrownBy(() -> Fixtures.Collected.feed(Fixtures.programme(dir, missing), missing))
        .isInstanceOf(InputException.class)
        .hasMessage("data/a.xlsx[Mar]: has no sheet named 'Mar'; its sheets are: Jan, Tom, Feb");
  }

  @Test
  void districtCodesAreAliasesWithOrWithoutLeadingZerosAndAsWorkbookNumbers() throws IOException {
    Workbook wb = new XSSFWorkbook();
    Sheet sheet = wb.createSheet("Data");
    header(sheet.createRow(0));
    org.apache.poi.ss.usermodel.Row number = sheet.createRow(1);
    data(number, "x", "2013-01-05", 1);
    number.getCell(0).setCellValue(7); // the district's number as a number cell
    data(sheet.createRow(2), "07", "2013-01-06", 1);
    data(sheet.createRow(3), "12", "2013-01-07", 1);
    Files.createDirectories(dir.resolve("data"));
    try (OutputStream out = Files.newOutputStream(dir.resolve("data/a.xlsx"))) {
      wb.write(out);
    }
    wb.close();
    Source source = workbookSource("data/a.xlsx", SheetSelection.FIRST);
    Programme programme =
        new Programme(
            "p",
            "Programme",
            "",
            "Stockholm",
            "sv",
            List.of(new District("Bromma", List.of("7")), new District("Östermalm", List.of("12"))),
            5,
            List.of(),
            List.of(source),
            dir.resolve("programme.yaml"));
    Fixtures.Collected c = Fixtures.Collected.feed(programme, source);
    assertThat(c.rejects).isEmpty();
    assertThat(c.rows).extracting(Row::district).containsExactly(0, 0, 1);
  }
}
