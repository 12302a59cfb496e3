package rbs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The data the native charts are drawn from, on a hidden sheet of their own: a value a chart must
 * not show is an empty cell there (a chart draws a text cell as zero), which a printed table may
 * never be; so the printed pages carry each number once, in tables that tell withheld, missing and
 * incomplete values apart, and the charts read this sheet. Each chart's block names it and says in
 * a note column why a value is missing, for a reader who unhides the sheet.
 */
final class ChartDataSheet {

  private static final int[] WIDTHS = {26, 14, 14, 14, 40};

  private final XSSFSheet sheet;
  private final Cells cells;
  private final String noteHeading;
  private int next = 2;

  ChartDataSheet(XSSFWorkbook workbook, ReportView view, Cells cells, String name) {
    this.sheet = workbook.createSheet(name);
    this.cells = cells;
    this.noteHeading = view.labels().get(Label.NOTE);
    cells.text(Cells.row(sheet, 0), 0, view.labels().get(Label.CHART_DATA), cells.styles().title());
    cells.text(
        Cells.row(sheet, 1),
        0,
        view.labels().get(Label.CHART_DATA_NOTE),
        cells.styles().footnote());
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
  }

  /** Hides the sheet; called when the printed sheets are written, so one of them stays active. */
  void hide(XSSFWorkbook workbook) {
    workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
  }

  /** Writes one chart's block: its title, a header row, one row per category. */
  NativeCharts.Ranges add(ChartSpec chart, Style style) {
    Styles styles = cells.styles();
    int top = next + 1;
    cells.text(Cells.row(sheet, next), 0, chart.fullTitle(), styles.subtitle());
    Row head = Cells.row(sheet, top);
    cells.text(head, 0, chart.categoryTitle(), styles.header());
    List<CellRangeAddress> values = new ArrayList<>();
    List<CellReference> names = new ArrayList<>();
    int first = top + 1;
    int last = top + chart.categories().size();
    int series = chart.series().size();
    for (int s = 0; s < series; s++) {
      cells.text(head, 1 + s, chart.series().get(s).name(), styles.header());
      names.add(new CellReference(sheet.getSheetName(), top, 1 + s, true, true));
      values.add(new CellRangeAddress(first, last, 1 + s, 1 + s));
    }
    cells.text(head, 1 + series, noteHeading, styles.header());
    for (int i = 0; i < chart.categories().size(); i++) {
      Row row = Cells.row(sheet, first + i);
      cells.text(row, 0, chart.categories().get(i), styles.text());
      for (int s = 0; s < series; s++) {
        Optional<Double> value = chart.series().get(s).values().get(i);
        if (value.isPresent()) {
          cells.number(row, 1 + s, value.get(), style);
        }
      }
      cells.text(row, 1 + series, chart.notes().get(i), styles.text());
    }
    next = last + 2;
    return new NativeCharts.Ranges(sheet, new CellRangeAddress(first, last, 0, 0), values, names);
  }
}
