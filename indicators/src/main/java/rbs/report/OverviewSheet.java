package rbs.report;

import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.Goal;
import rbs.model.GoalOutcome;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.Status;
import rbs.model.TargetGroup;
import rbs.model.Trend;

/** The first sheet: what the workbook is about and every goal and indicator at a glance. */
final class OverviewSheet {

  /** The row (0-based) of the table header, repeated on every printed page. */
  static final int HEADER_ROW = 6;

  private static final int[] WIDTHS = {52, 11, 13, 11, 16, 15, 12, 30};

  private OverviewSheet() {}

  static void write(XSSFWorkbook workbook, ReportView view, Cells cells, boolean publish) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    XSSFSheet sheet = workbook.createSheet(labels.get(Label.OVERVIEW));
    Period main = view.mainPeriod();

    Row title = Cells.row(sheet, 0);
    cells.text(title, 0, view.results().programme().name(), styles.title());
    title.setHeightInPoints(20);
    info(cells, sheet, 1, labels.get(Label.UNIT), view.unit().name());
    info(
        cells,
        sheet,
        2,
        labels.get(Label.PERIOD),
        view.results().period() + " (" + view.periodLabel(main) + ")");
    Row asOf = Cells.row(sheet, 3);
    cells.text(asOf, 0, labels.get(Label.AS_OF), styles.subtitle());
    cells.date(asOf, 1, view.results().asOf(), styles.boldDate("yyyy-mm-dd"));
    cells.text(
        Cells.row(sheet, 4),
        0,
        labels.get(publish ? Label.PUBLISHED : Label.INTERNAL),
        publish ? styles.text() : styles.warning());
    // what the symbols mean, on the first page, above the first of them
    cells.text(Cells.row(sheet, 5), 0, labels.get(Label.FOOTNOTE), styles.footnote());

    Row header = Cells.row(sheet, HEADER_ROW);
    String[] heads = {
      labels.get(Label.GOAL_INDICATOR),
      labels.get(Label.OUTCOME) + " " + view.year(),
      labels.get(Label.COUNTS),
      labels.get(Label.TARGET),
      labels.get(Label.FULFILMENT),
      labels.get(Label.CHANGE),
      view.lastYearHeading(),
      labels.get(Label.NOTE)
    };
    for (int c = 0; c < heads.length; c++) {
      cells.text(header, c, heads[c], styles.header());
    }
    header.setHeightInPoints(32);

    // only the table's header repeats: the title block opens the first page
    Pages pages = new Pages(sheet, WIDTHS, HEADER_ROW, HEADER_ROW, HEADER_ROW + 1);
    int r = HEADER_ROW + 1;
    for (TargetGroup group : view.results().programme().targetGroups()) {
      int groupRow = r;
      cells.text(Cells.row(sheet, r++), 0, group.name(), styles.subtitle());
      boolean first = true;
      for (Goal goal : group.goals()) {
        int goalRow = r;
        Row row = Cells.row(sheet, r++);
        cells.text(row, 0, goal.text(), styles.goal());
        row.setHeightInPoints(PageSetup.boldHeight(goal.text(), WIDTHS[0]));
        Status status =
            view.goal(goal.id(), main).map(GoalOutcome::status).orElse(Status.NOT_ASSESSABLE);
        for (int c = 1; c < heads.length; c++) {
          row.createCell(c).setCellStyle(styles.goal());
        }
        cells.text(row, 4, labels.status(status), styles.status(status));
        for (Indicator indicator : goal.indicators()) {
          indicatorRow(cells, view, Cells.row(sheet, r++), indicator, main);
        }
        // a goal prints with its indicators, and a target group's heading with its first goal
        pages.keep(first ? groupRow : goalRow, r - 1);
        first = false;
      }
    }
    new Headers(sheet).table(HEADER_ROW, r - 1, 0, heads.length - 1);
    pages.apply();
    PageSetup.apply(sheet, view, publish, HEADER_ROW, 1, WIDTHS);
  }

  private static void indicatorRow(
      Cells cells, ReportView view, Row row, Indicator indicator, Period main) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    Optional<Outcome> outcome = view.outcome(indicator.id(), main);
    cells.text(row, 0, indicator.name(), styles.indented());
    cells.outcome(row, 1, outcome, indicator);
    String counts = indicator.isShare() ? outcome.map(o -> Cells.counts(o, labels)).orElse("") : "";
    cells.text(row, 2, counts, styles.centered());
    cells.target(row, 3, outcome, indicator);
    Status status = outcome.map(Outcome::status).orElse(Status.NOT_ASSESSABLE);
    cells.text(row, 4, labels.status(status), styles.status(status));
    Trend trend = outcome.map(Outcome::trend).orElse(Trend.NOT_COMPARABLE);
    cells.text(row, 5, labels.trend(trend), styles.centered());
    cells.outcome(row, 6, view.outcome(indicator.id(), main.previousYear()), indicator);
    boolean incomplete = outcome.map(Outcome::incomplete).orElse(false);
    String note = incomplete ? Styles.INCOMPLETE_MARK + " " + labels.get(Label.INCOMPLETE) : "";
    cells.text(row, 7, note, styles.wrapped());
    row.setHeightInPoints(
        Math.max(
            PageSetup.height(indicator.name(), WIDTHS[0] - 3), PageSetup.height(note, WIDTHS[7])));
  }

  private static void info(Cells cells, XSSFSheet sheet, int r, String label, String value) {
    Row row = Cells.row(sheet, r);
    cells.text(row, 0, label, cells.styles().subtitle());
    cells.text(row, 1, value, cells.styles().subtitle());
  }
}
