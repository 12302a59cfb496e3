package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PagesTest {

  @Test
  void scalesAsExcelFitsColumnsToTheWidthOfALandscapeA4() {
    // 186 characters of 7 pixels: 976.5 points on 741.1 printable, 75 %
    assertThat(Pages.scalePercent(new int[] {100, 86})).isEqualTo(75);
    assertThat(Pages.capacity(new int[] {100, 86})).isCloseTo(649.7, within());
    // narrow columns print at 100 %, never larger
    assertThat(Pages.scalePercent(new int[] {40})).isEqualTo(100);
  }

  @Test
  void keepsAHeadingWithWhatItHeadsAndRepeatsTheHeaderRowOnEveryPage() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("S");
      Cells cells = new Cells(new Styles(wb));
      int[] widths = {60, 40};
      cells.text(Cells.row(sheet, 0), 0, "Header", cells.styles().header());
      Pages pages = new Pages(sheet, widths, 0, 0, 1);
      int r = 1;
      // groups of a heading and three lines, 60 points each; a page holds 487 points
      for (int g = 0; g < 12; g++) {
        int first = r;
        cells.text(Cells.row(sheet, r++), 0, "Goal " + g, cells.styles().goal());
        for (int i = 0; i < 3; i++) {
          cells.text(Cells.row(sheet, r++), 0, "line", cells.styles().text());
        }
        pages.keep(first, r - 1);
      }
      pages.apply();
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      wb.setPrintArea(0, 0, 1, 0, r - 1);
      sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
      cells.styles().writeNamedStyles();
      // 15 + 8 groups of 60 = 495 > 487: the eighth goal starts page 2, heading and all
      assertThat(sheet.getRowBreaks()).containsExactly(28);
      assertThat(sheet.getRow(29).getCell(0).getStringCellValue()).isEqualTo("Goal 7");
      List<PrintedPages.Page> printed = PrintedPages.of(sheet);
      assertThat(printed).hasSize(2);
      assertThat(printed.get(1).height()).isEqualTo(15 + 5 * 60.0);
      assertThat(PrintedPages.problems(wb)).isEmpty();

      // the checker sees what rbs avoids: a page ending with a goal's heading, or overflowing
      sheet.removeRowBreak(28);
      sheet.setRowBreak(29);
      assertThat(PrintedPages.problems(wb))
          .containsExactly(
              "Page[sheet=S, first=0, last=29, height=450.0, capacity=487.28] ends with the"
                  + " heading 'Goal 7'");
      sheet.removeRowBreak(29);
      assertThat(PrintedPages.problems(wb))
          .containsExactly(
              "Page[sheet=S, first=0, last=48, height=735.0, capacity=487.28] is taller than a"
                  + " printed page");
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.1);
  }
}
