package rbs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.Breakdown;
import rbs.model.Goal;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.PeriodKind;
import rbs.model.Status;
import rbs.model.TargetGroup;
import rbs.model.Trend;
import rbs.model.Unit;

/**
 * One sheet per target group: per indicator a block with its table of months, tertials and the
 * report's period against last year and the target; beside it, in the city workbook, the districts
 * (each share with the counts behind it), and in the annual report the years with the trend line;
 * below, the charts. Every number is printed once: the charts read their data from the hidden
 * {@link ChartDataSheet}. A block that fits prints on one page, never cut.
 */
final class TargetGroupSheet {

  static final int HEADER_ROWS = 2;
  static final int RIGHT_COL = 9;
  static final int CHART_ROWS = 14;
  static final int SHORT_CHART_ROWS = 11;
  static final float NAME_HEIGHT = 24;
  static final float GAP_HEIGHT = 8;

  private static final int[] WIDTHS = {22, 12, 12, 12, 15, 14, 11, 11, 2, 24, 12, 13, 12, 14};

  private TargetGroupSheet() {}

  static void write(
      XSSFWorkbook workbook,
      ReportView view,
      Cells cells,
      ChartDataSheet data,
      boolean publish,
      TargetGroup group,
      String sheetName) {
    XSSFSheet sheet = workbook.createSheet(sheetName);
    Styles styles = cells.styles();
    Row title = Cells.row(sheet, 0);
    cells.text(title, 0, group.name(), styles.title());
    title.setHeightInPoints(20);
    cells.text(
        Cells.row(sheet, 1),
        0,
        view.unit().name()
            + " – "
            + view.results().period()
            + ".   "
            + view.labels().get(Label.FOOTNOTE),
        styles.footnote());
    int[] widths = BaselineBlock.widths(view, WIDTHS);
    Pages pages = new Pages(sheet, widths, 0, HEADER_ROWS - 1, HEADER_ROWS);
    Headers headers = new Headers(sheet);
    int r = HEADER_ROWS;
    int last = WIDTHS.length - 1;
    int width = CommentRows.width(WIDTHS, last);
    for (Goal goal : group.goals()) {
      // the unit's words about the goal print with the goal's first indicator
      int start = r;
      r = goalComment(sheet, cells, view, goal, r, last, width);
      for (Indicator indicator : goal.indicators()) {
        Block b = block(sheet, view, cells, data, headers, indicator, r);
        if (pages.height(start, b.end() - 1) <= pages.room()) {
          pages.keep(start, b.end() - 1);
        } else {
          // taller than a page: the tables on one, the charts on the next, none of them cut
          pages.keep(start, b.chartRow() - 1);
          pages.keep(b.chartRow(), b.end() - 1);
        }
        r = breakdowns(sheet, view, cells, data, headers, pages, indicator, b);
        start = r;
      }
    }
    pages.apply();
    PageSetup.apply(sheet, view, publish, 0, HEADER_ROWS, widths);
  }

  /** The goal's text and the unit's comment on it, when the unit wrote one. */
  private static int goalComment(
      XSSFSheet sheet, Cells cells, ReportView view, Goal goal, int r, int last, int width) {
    if (view.comment(goal.id()).isEmpty()) {
      return r;
    }
    Row row = Cells.row(sheet, r);
    cells.text(row, 0, goal.text(), cells.styles().goal());
    sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, last));
    row.setHeightInPoints(PageSetup.boldHeight(goal.text(), width));
    return CommentRows.write(sheet, cells, view, goal.id(), r + 1, last, width);
  }

  /**
   * Where an indicator's block ended (the first row after it), where its charts begin and how many
   * it has.
   */
  private record Block(int end, int chartRow, int charts) {}

  /**
   * The indicator's breakdowns under its block, each table with its chart kept on one page.
   *
   * @return the row after them
   */
  private static int breakdowns(
      XSSFSheet sheet,
      ReportView view,
      Cells cells,
      ChartDataSheet data,
      Headers headers,
      Pages pages,
      Indicator indicator,
      Block b) {
    int r = b.end();
    int number = b.charts();
    for (Breakdown breakdown : BreakdownTable.shown(view, indicator)) {
      int gap = r;
      Cells.row(sheet, gap).setHeightInPoints(GAP_HEIGHT);
      r =
          BreakdownTable.write(
              sheet,
              view,
              cells,
              headers,
              Optional.of(data),
              indicator,
              breakdown,
              gap + 1,
              ++number);
      // a table and its chart print together, never cut
      pages.keep(gap, r - 1);
    }
    return r;
  }

  /** Writes one indicator's block from row {@code r}. */
  private static Block block(
      XSSFSheet sheet,
      ReportView view,
      Cells cells,
      ChartDataSheet data,
      Headers headers,
      Indicator indicator,
      int r) {
    Styles styles = cells.styles();
    Labels labels = view.labels();
    Row name = Cells.row(sheet, r);
    cells.text(name, 0, indicator.name(), styles.subtitle());
    name.setHeightInPoints(NAME_HEIGHT);
    cells.text(Cells.row(sheet, r + 1), 0, indicator.description(), styles.footnote());
    int header = r + 2;
    List<ChartSpec> charts = ChartPlan.charts(view, indicator);
    ChartSpec first = charts.get(0);
    Row head = Cells.row(sheet, header);
    List<String> heads =
        new ArrayList<>(
            List.of(
                labels.get(Label.PERIOD),
                first.series().get(0).name(),
                first.series().get(1).name(),
                first.series().get(2).name(),
                labels.get(Label.FULFILMENT),
                labels.get(Label.CHANGE)));
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
    headers.table(header, row - 1, 0, heads.size() - 1);
    int left = BaselineBlock.write(sheet, view, cells, headers, indicator, row);

    int right = header;
    Optional<ChartSpec> districts = find(charts, "districts");
    if (districts.isPresent()) {
      right = districtTable(sheet, view, cells, headers, indicator, header) + 1;
    }
    Optional<ChartSpec> years = find(charts, "years");
    if (years.isPresent()) {
      right = yearTable(sheet, view, cells, headers, indicator, years.get(), right);
    }
    int below = Math.max(left, right);
    // the unit's words about the indicator, under its tables and above its charts
    int gap =
        CommentRows.write(
            sheet,
            cells,
            view,
            indicator.id(),
            below,
            WIDTHS.length - 1,
            CommentRows.width(WIDTHS, WIDTHS.length - 1));
    Cells.row(sheet, gap).setHeightInPoints(GAP_HEIGHT);
    int chartRow = gap + 1;
    // a chart of a few tertials or one period needs less height than one of twelve months
    int chartRows = first.categories().size() <= 3 ? SHORT_CHART_ROWS : CHART_ROWS;
    for (int i = 0; i < charts.size(); i++) {
      ChartSpec chart = charts.get(i);
      int[] cols = columns(chart, charts.size());
      NativeCharts.draw(
          sheet,
          chart,
          data.add(chart, cells.style(indicator)),
          labels,
          i + 1,
          cols[0],
          chartRow,
          cols[1],
          chartRow + chartRows);
    }
    return new Block(chartRow + chartRows, chartRow, charts.size());
  }

  /**
   * The columns of a chart: the first at the left, the districts' under their table at the right,
   * the years' between them (or at the right when there are no districts).
   */
  private static int[] columns(ChartSpec chart, int count) {
    if (count == 1) {
      return new int[] {0, 6};
    }
    if (count == 2) {
      return chart.key().equals("districts") || chart.key().equals("years")
          ? new int[] {6, 14}
          : new int[] {0, 6};
    }
    return switch (chart.key()) {
      case "districts" -> new int[] {9, 14};
      case "years" -> new int[] {4, 9};
      default -> new int[] {0, 4};
    };
  }

  private static Optional<ChartSpec> find(List<ChartSpec> charts, String key) {
    return charts.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /** One row of an indicator's table (also the monthly follow-up's, see {@link MonthlySheet}). */
  static void periodRow(Cells cells, ReportView view, Row row, Indicator indicator, Period period) {
    Styles styles = cells.styles();
    Labels labels = view.labels();
    Optional<Outcome> outcome = view.outcome(indicator.id(), period);
    boolean main = period.equals(view.mainPeriod());
    if (period.kind() == PeriodKind.MONTH && period.year() == view.year()) {
      cells.month(row, 0, period, labels);
    } else {
      cells.text(row, 0, view.periodLabel(period), main ? styles.bold() : styles.text());
    }
    cells.outcome(row, 1, outcome, indicator);
    cells.outcome(row, 2, view.outcome(indicator.id(), period.previousYear()), indicator);
    cells.target(row, 3, outcome, indicator);
    Status status = outcome.map(Outcome::status).orElse(Status.NOT_ASSESSABLE);
    cells.text(row, 4, labels.status(status), styles.status(status));
    // a city trend over the districts that delivered both years carries the incomplete mark; the
    // overview's note names the districts left out
    boolean partial = outcome.map(Outcome::partialTrend).orElse(false);
    cells.text(
        row,
        5,
        labels.trend(outcome.map(Outcome::trend).orElse(Trend.NOT_COMPARABLE))
            + (partial ? " " + Styles.INCOMPLETE_MARK : ""),
        styles.centered());
    if (indicator.isShare()) {
      cells.count(row, 6, outcome, outcome.flatMap(Outcome::numerator));
      cells.count(row, 7, outcome, outcome.flatMap(Outcome::denominator));
    }
  }

  /**
   * The districts' outcomes of the report's period, this year and last, a share with the counts
   * behind it ("3 av 3": a 100 % of three people reads differently from one of three hundred).
   *
   * @return the row after the table
   */
  private static int districtTable(
      XSSFSheet sheet,
      ReportView view,
      Cells cells,
      Headers headers,
      Indicator indicator,
      int header) {
    Styles styles = cells.styles();
    Labels labels = view.labels();
    Period main = view.mainPeriod();
    Row head = Cells.row(sheet, header);
    List<String> heads = new ArrayList<>();
    heads.add(labels.get(Label.DISTRICT));
    heads.add(labels.get(Label.OUTCOME) + " " + view.year());
    if (indicator.isShare()) {
      heads.add(labels.get(Label.COUNTS) + " " + view.year());
    }
    heads.add(labels.get(Label.OUTCOME) + " " + (view.year() - 1));
    heads.addAll(BaselineBlock.districtHeads(view, indicator));
    for (int c = 0; c < heads.size(); c++) {
      cells.text(head, RIGHT_COL + c, heads.get(c), styles.header());
    }
    int r = header + 1;
    for (Unit district : view.districts()) {
      Row row = Cells.row(sheet, r++);
      Optional<Outcome> outcome = view.outcome(indicator.id(), district, main);
      cells.text(row, RIGHT_COL, district.name(), styles.text());
      cells.outcome(row, RIGHT_COL + 1, outcome, indicator);
      int c = RIGHT_COL + 2;
      if (indicator.isShare()) {
        String counts = outcome.map(o -> Cells.counts(o, labels)).orElse("");
        cells.text(row, c++, counts.isEmpty() ? Cells.symbol(outcome) : counts, styles.centered());
      }
      cells.outcome(row, c, view.outcome(indicator.id(), district, main.previousYear()), indicator);
      BaselineBlock.districtCells(cells, view, row, c + 1, indicator, district);
    }
    headers.table(header, r - 1, RIGHT_COL, RIGHT_COL + heads.size() - 1);
    return r;
  }

  /**
   * The years of the annual report: outcome, target and trend line, and why a year is outside the
   * line (not comparable, incomplete) or is the projection.
   *
   * @return the row after the table
   */
  private static int yearTable(
      XSSFSheet sheet,
      ReportView view,
      Cells cells,
      Headers headers,
      Indicator indicator,
      ChartSpec chart,
      int header) {
    Styles styles = cells.styles();
    Labels labels = view.labels();
    Row head = Cells.row(sheet, header);
    String[] heads = {
      labels.get(Label.YEAR_AXIS),
      labels.get(Label.OUTCOME),
      labels.get(Label.TARGET),
      labels.get(Label.TREND_LINE),
      labels.get(Label.NOTE)
    };
    for (int c = 0; c < heads.length; c++) {
      cells.text(head, RIGHT_COL + c, heads[c], styles.header());
    }
    List<ChartPlan.Year> years = ChartPlan.yearList(view, indicator);
    List<Optional<Double>> trend = chart.series().get(2).values();
    int r = header + 1;
    for (int i = 0; i < years.size(); i++) {
      ChartPlan.Year year = years.get(i);
      Row row = Cells.row(sheet, r++);
      cells.number(row, RIGHT_COL, year.year(), styles.year());
      if (!year.projected()) {
        cells.outcome(row, RIGHT_COL + 1, year.outcome(), indicator);
        cells.target(row, RIGHT_COL + 2, year.outcome(), indicator);
      }
      Optional<Double> line = trend.get(i);
      if (line.isPresent()) {
        cells.number(row, RIGHT_COL + 3, line.get(), cells.style(indicator));
      }
      boolean baseline =
          BaselineBlock.period(view, indicator).filter(p -> p.year() == year.year()).isPresent();
      Optional<Label> note =
          year.projected()
              ? Optional.of(Label.MARK_PROJECTED)
              : baseline
                  ? Optional.of(Label.MARK_BASELINE)
                  : !year.comparable()
                      ? Optional.of(Label.MARK_NOT_COMPARABLE)
                      : year.outcome().map(Outcome::incomplete).orElse(false)
                          ? Optional.of(Label.MARK_INCOMPLETE)
                          : Optional.empty();
      cells.text(row, RIGHT_COL + 4, note.map(labels::get).orElse(""), styles.note());
    }
    headers.table(header, r - 1, RIGHT_COL, RIGHT_COL + heads.length - 1);
    return r;
  }
}
