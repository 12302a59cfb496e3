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
import rbs.model.Unit;

/** The first sheet: what the workbook is about and every goal and indicator at a glance. */
final class OverviewSheet {

  /** The row (0-based) of the table header, repeated on every printed page. */
  static final int HEADER_ROW = 6;

  private static final int[] WIDTHS = {52, 11, 13, 11, 16, 15, 12, 30};

  /** A district's workbook has the city's value beside the district's: one column more. */
  private static final int[] DISTRICT_WIDTHS = {48, 11, 11, 13, 11, 16, 15, 12, 32};

  private OverviewSheet() {}

  /** The columns of the overview: the city's column only in a district's workbook. */
  private record Columns(
      int outcome,
      int city,
      int counts,
      int target,
      int status,
      int change,
      int lastYear,
      int note,
      boolean district) {

    static Columns of(ReportView view) {
      return view.unit().isWhole()
          ? new Columns(1, -1, 2, 3, 4, 5, 6, 7, false)
          : new Columns(1, 2, 3, 4, 5, 6, 7, 8, true);
    }

    boolean hasCity() {
      return district;
    }

    int[] widths() {
      return (district ? DISTRICT_WIDTHS : WIDTHS).clone();
    }
  }

  static void write(XSSFWorkbook workbook, ReportView view, Cells cells, boolean publish) {
    Columns cols = Columns.of(view);
    int[] widths = cols.widths();
    Notes notes = new Notes(view);
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
    String[] heads = new String[widths.length];
    heads[0] = labels.get(Label.GOAL_INDICATOR);
    heads[cols.outcome()] = labels.get(Label.OUTCOME) + " " + view.year();
    if (cols.hasCity()) {
      heads[cols.city()] = view.results().programme().municipality();
    }
    heads[cols.counts()] = labels.get(Label.COUNTS);
    heads[cols.target()] = labels.get(Label.TARGET);
    heads[cols.status()] = labels.get(Label.FULFILMENT);
    heads[cols.change()] = labels.get(Label.CHANGE);
    heads[cols.lastYear()] = view.lastYearHeading();
    heads[cols.note()] = labels.get(Label.NOTE);
    for (int c = 0; c < heads.length; c++) {
      cells.text(header, c, heads[c], styles.header());
    }
    header.setHeightInPoints(32);

    // only the table's header repeats: the title block opens the first page
    Pages pages = new Pages(sheet, widths, HEADER_ROW, HEADER_ROW, HEADER_ROW + 1);
    int r = HEADER_ROW + 1;
    for (TargetGroup group : view.results().programme().targetGroups()) {
      int groupRow = r;
      cells.text(Cells.row(sheet, r++), 0, group.name(), styles.subtitle());
      boolean first = true;
      for (Goal goal : group.goals()) {
        int goalRow = r;
        Row row = Cells.row(sheet, r++);
        cells.text(row, 0, goal.text(), styles.goal());
        Status status =
            view.goal(goal.id(), main).map(GoalOutcome::status).orElse(Status.NOT_ASSESSABLE);
        for (int c = 1; c < heads.length; c++) {
          cells.blank(row, c, styles.goal());
        }
        cells.text(row, cols.status(), labels.status(status), styles.status(status));
        // a goal judged on fewer indicators than it has says so
        String coverage = notes.goalCoverage(goal, main).orElse("");
        cells.text(row, cols.note(), coverage, styles.goal());
        row.setHeightInPoints(
            Math.max(
                PageSetup.boldHeight(goal.text(), widths[0]),
                PageSetup.boldHeight(coverage, widths[cols.note()])));
        int last = heads.length - 1;
        int width = CommentRows.width(widths, last);
        // the unit's own words under the figures they are about
        r = CommentRows.write(sheet, cells, view, goal.id(), r, last, width);
        for (Indicator indicator : goal.indicators()) {
          indicatorRow(cells, view, notes, cols, Cells.row(sheet, r++), indicator, main);
          r = CommentRows.write(sheet, cells, view, indicator.id(), r, last, width);
        }
        // a goal prints with its indicators, and a target group's heading with its first goal
        pages.keep(first ? groupRow : goalRow, r - 1);
        first = false;
      }
    }
    new Headers(sheet).table(HEADER_ROW, r - 1, 0, heads.length - 1);
    pages.apply();
    PageSetup.apply(sheet, view, publish, HEADER_ROW, 1, widths);
  }

  private static void indicatorRow(
      Cells cells,
      ReportView view,
      Notes notes,
      Columns cols,
      Row row,
      Indicator indicator,
      Period main) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    Optional<Outcome> outcome = view.outcome(indicator.id(), main);
    cells.text(row, 0, indicator.name(), styles.indented());
    cells.outcome(row, cols.outcome(), outcome, indicator);
    if (cols.hasCity()) {
      Unit whole = view.results().programme().whole();
      cells.outcome(row, cols.city(), view.outcome(indicator.id(), whole, main), indicator);
    }
    String counts = indicator.isShare() ? outcome.map(o -> Cells.counts(o, labels)).orElse("") : "";
    cells.text(row, cols.counts(), counts, styles.centered());
    cells.target(row, cols.target(), outcome, indicator);
    Status status = outcome.map(Outcome::status).orElse(Status.NOT_ASSESSABLE);
    cells.text(row, cols.status(), labels.status(status), styles.status(status));
    Trend trend = outcome.map(Outcome::trend).orElse(Trend.NOT_COMPARABLE);
    cells.text(row, cols.change(), labels.trend(trend), styles.centered());
    cells.outcome(
        row, cols.lastYear(), view.outcome(indicator.id(), main.previousYear()), indicator);
    String note = notes.of(indicator, outcome);
    cells.text(row, cols.note(), note, styles.indented());
    int[] widths = cols.widths();
    row.setHeightInPoints(
        Math.max(
            PageSetup.height(indicator.name(), widths[0] - 3),
            PageSetup.height(note, widths[cols.note()])));
  }

  private static void info(Cells cells, XSSFSheet sheet, int r, String label, String value) {
    Row row = Cells.row(sheet, r);
    cells.text(row, 0, label, cells.styles().subtitle());
    cells.text(row, 1, value, cells.styles().subtitle());
  }
}
