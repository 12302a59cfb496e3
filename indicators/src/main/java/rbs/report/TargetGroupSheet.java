package rbs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.Goal;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Status;
import rbs.model.TargetGroup;
import rbs.model.Trend;

/**
 * One sheet per target group: per indicator a table of months, tertials and year-to-date against
 * last year and the target, the charts' data (blank where a value is missing or withheld, so the
 * charts show gaps, never zeros) and the charts below.
 */
final class TargetGroupSheet {

  static final int HEADER_ROWS = 2;
  static final int DATA_COL = 9;
  static final int CHART_ROWS = 18;
  static final int SHORT_CHART_ROWS = 14;

  /**
   * Rows of an indicator's block that print on one landscape A4 page at the sheet's fit-to-width
   * scale (rendered with LibreOffice: a 48-row block fills about 95% of the page). A taller block
   * (the annual city report: twelve months, fourteen districts and the years) prints its tables on
   * one page and its charts on the next, so no chart is ever cut by a page break.
   */
  static final int ROWS_PER_PAGE = 48;

  private static final int[] WIDTHS = {24, 11, 11, 11, 15, 14, 10, 10, 2, 14, 11, 11, 11};
  private static final int[][] CHART_COLS = {{0, 4}, {4, 9}, {9, 13}};

  private TargetGroupSheet() {}

  static void write(
      XSSFWorkbook workbook,
      ReportView view,
      Cells cells,
      boolean publish,
      TargetGroup group,
      String sheetName) {
    XSSFSheet sheet = workbook.createSheet(sheetName);
    Styles styles = cells.styles();
    cells.text(Cells.row(sheet, 0), 0, group.name(), styles.title());
    cells.text(
        Cells.row(sheet, 1),
        0,
        view.unit().name()
            + " – "
            + view.results().period()
            + ".   "
            + view.labels().get(Label.FOOTNOTE),
        styles.footnote());
    int r = HEADER_ROWS + 1;
    int pageStart = r;
    // set in row order at the end (a block decides its own inner break before the one above it)
    java.util.TreeSet<Integer> breaks = new java.util.TreeSet<>();
    for (Goal goal : group.goals()) {
      for (Indicator indicator : goal.indicators()) {
        Block b = block(sheet, view, cells, indicator, r);
        // short blocks (a published district's tertials) share a page; a block that would not fit
        // on the current page starts the next one
        if (r > pageStart && b.end() - pageStart > ROWS_PER_PAGE) {
          breaks.add(r - 1);
          pageStart = r;
        }
        if (b.lastPageStart() > 0) {
          breaks.add(b.lastPageStart() - 1);
          pageStart = Math.max(pageStart, b.lastPageStart());
        }
        r = b.end();
      }
    }
    breaks.forEach(sheet::setRowBreak);
    PageSetup.apply(sheet, view, publish, HEADER_ROWS, WIDTHS);
  }

  /**
   * Where an indicator's block ended: the first row after it, and the first row of its charts' page
   * when they were moved to a page of their own (-1 when not).
   */
  private record Block(int end, int lastPageStart) {}

  /** Writes one indicator's block from row {@code r}. */
  private static Block block(
      XSSFSheet sheet, ReportView view, Cells cells, Indicator indicator, int r) {
    Styles styles = cells.styles();
    Labels labels = view.labels();
    cells.text(Cells.row(sheet, r), 0, indicator.name(), styles.subtitle());
    cells.text(Cells.row(sheet, r + 1), 0, indicator.description(), styles.footnote());
    int header = r + 2;
    List<ChartSpec> charts = ChartPlan.charts(view, indicator);
    ChartSpec months = charts.get(0);
    Row head = Cells.row(sheet, header);
    List<String> heads =
        new ArrayList<>(
            List.of(
                labels.get(Label.PERIOD),
                months.series().get(0).name(),
                months.series().get(1).name(),
                months.series().get(2).name(),
                labels.get(Label.FULFILMENT),
                labels.get(Label.TREND)));
    if (indicator.isShare()) {
      heads.add(labels.get(Label.NUMERATOR));
      heads.add(labels.get(Label.DENOMINATOR));
    }
    for (int c = 0; c < heads.size(); c++) {
      cells.text(head, c, heads.get(c), styles.header());
    }
    head.setHeightInPoints(30);
    int row = header + 1;
    for (Period period : view.tablePeriods()) {
      periodRow(cells, view, Cells.row(sheet, row++), indicator, period);
    }
    int tableEnd = row;

    List<NativeCharts.Ranges> ranges = new ArrayList<>();
    int dataRow = header;
    for (ChartSpec chart : charts) {
      ranges.add(dataTable(sheet, cells, chart, indicator, dataRow));
      dataRow += chart.categories().size() + 2;
    }
    int chartRow = Math.max(tableEnd, dataRow - 1) + 1;
    // a chart of a few tertials needs less height than one of twelve months
    int chartRows = months.categories().size() <= 3 ? SHORT_CHART_ROWS : CHART_ROWS;
    int lastPageStart = -1;
    if (chartRow + chartRows + 1 - r > ROWS_PER_PAGE) {
      lastPageStart = chartRow;
    }
    for (int i = 0; i < charts.size(); i++) {
      int[] cols = CHART_COLS[i];
      NativeCharts.draw(
          sheet, charts.get(i), ranges.get(i), cols[0], chartRow, cols[1], chartRow + chartRows);
    }
    return new Block(chartRow + chartRows + 1, lastPageStart);
  }

  private static void periodRow(
      Cells cells, ReportView view, Row row, Indicator indicator, Period period) {
    Styles styles = cells.styles();
    Labels labels = view.labels();
    Optional<Outcome> outcome = view.outcome(indicator.id(), period);
    boolean main = period.equals(view.mainPeriod());
    cells.text(row, 0, view.periodLabel(period), main ? styles.subtitle() : styles.text());
    cells.outcome(row, 1, outcome, indicator);
    cells.outcome(row, 2, view.outcome(indicator.id(), period.previousYear()), indicator);
    cells.target(row, 3, outcome, indicator);
    Status status = outcome.map(Outcome::status).orElse(Status.NOT_ASSESSABLE);
    cells.text(row, 4, labels.status(status), styles.status(status));
    cells.text(
        row,
        5,
        labels.trend(outcome.map(Outcome::trend).orElse(Trend.NOT_COMPARABLE)),
        styles.centered());
    if (indicator.isShare()) {
      cells.count(row, 6, outcome, outcome.flatMap(Outcome::numerator));
      cells.count(row, 7, outcome, outcome.flatMap(Outcome::denominator));
    }
  }

  /** Writes a chart's data at {@link #DATA_COL}: labels, then one column per series, gaps blank. */
  private static NativeCharts.Ranges dataTable(
      XSSFSheet sheet, Cells cells, ChartSpec chart, Indicator indicator, int top) {
    Styles styles = cells.styles();
    Row head = Cells.row(sheet, top);
    cells.text(head, DATA_COL, chart.categoryTitle(), styles.header());
    List<CellRangeAddress> values = new ArrayList<>();
    List<CellReference> names = new ArrayList<>();
    int first = top + 1;
    int last = top + chart.categories().size();
    for (int s = 0; s < chart.series().size(); s++) {
      int col = DATA_COL + 1 + s;
      String name = chart.series().get(s).name();
      cells.text(head, col, name, styles.header());
      if (name.length() > WIDTHS[col]) {
        // a bold name wider than its column ("Trend (linjär)") wraps onto a second line; only then
        // is the row made taller, as a block of the city tertial report just fits one page
        head.setHeightInPoints(30);
      }
      names.add(new CellReference(sheet.getSheetName(), top, col, true, true));
      values.add(new CellRangeAddress(first, last, col, col));
    }
    for (int i = 0; i < chart.categories().size(); i++) {
      Row row = Cells.row(sheet, first + i);
      cells.text(row, DATA_COL, chart.categories().get(i), styles.text());
      for (int s = 0; s < chart.series().size(); s++) {
        Optional<Double> value = chart.series().get(s).values().get(i);
        if (value.isPresent()) {
          cells.number(row, DATA_COL + 1 + s, value.get(), cells.style(indicator));
        }
      }
    }
    return new NativeCharts.Ranges(
        new CellRangeAddress(first, last, DATA_COL, DATA_COL), values, names);
  }
}
