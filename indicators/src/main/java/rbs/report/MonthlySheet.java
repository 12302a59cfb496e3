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
import rbs.model.Period;
import rbs.model.TargetGroup;

/**
 * One sheet per target group of a monthly follow-up ({@code --period 2014-05} or {@code 2014-R05}):
 * per indicator a table of its months and the period (year to date or rolling twelve months)
 * against the same period a year earlier and the target, and its breakdowns' tables. No charts: a
 * month's report is read on screen and compared with the last one, not printed for a committee.
 */
final class MonthlySheet {

  static final int HEADER_ROWS = 2;
  private static final int[] WIDTHS = {26, 12, 12, 12, 15, 14, 11, 11};

  private MonthlySheet() {}

  static void write(
      XSSFWorkbook workbook,
      ReportView view,
      Cells cells,
      boolean publish,
      TargetGroup group,
      String sheetName) {
    XSSFSheet sheet = workbook.createSheet(sheetName);
    Styles styles = cells.styles();
    Labels labels = view.labels();
    Row title = Cells.row(sheet, 0);
    cells.text(title, 0, group.name(), styles.title());
    title.setHeightInPoints(20);
    cells.text(
        Cells.row(sheet, 1),
        0,
        view.unit().name()
            + " – "
            + view.periodInWords(view.mainPeriod())
            + ".   "
            + labels.get(Label.MONTHLY_NOTE)
            + "   "
            + labels.get(Label.FOOTNOTE),
        styles.footnote());
    Pages pages = new Pages(sheet, WIDTHS, 0, HEADER_ROWS - 1, HEADER_ROWS);
    Headers headers = new Headers(sheet);
    int r = HEADER_ROWS;
    for (Goal goal : group.goals()) {
      for (Indicator indicator : goal.indicators()) {
        int end = block(sheet, view, cells, headers, indicator, r);
        pages.keep(r, end - 1);
        r = end + 1;
        for (Breakdown breakdown : BreakdownTable.shown(view, indicator)) {
          // tables only, like the rest of a monthly follow-up
          end =
              BreakdownTable.write(
                  sheet, view, cells, headers, Optional.empty(), indicator, breakdown, r, 0);
          pages.keep(r, end - 1);
          r = end + 1;
        }
      }
    }
    pages.apply();
    PageSetup.apply(sheet, view, publish, 0, HEADER_ROWS, WIDTHS);
  }

  /** Writes one indicator's table from row {@code r}; returns the row after it. */
  private static int block(
      XSSFSheet sheet, ReportView view, Cells cells, Headers headers, Indicator indicator, int r) {
    Styles styles = cells.styles();
    Labels labels = view.labels();
    cells.text(Cells.row(sheet, r), 0, indicator.name(), styles.subtitle());
    cells.text(Cells.row(sheet, r + 1), 0, indicator.description(), styles.footnote());
    int header = r + 2;
    List<String> heads =
        new ArrayList<>(
            List.of(
                labels.get(Label.PERIOD),
                labels.get(Label.OUTCOME),
                labels.get(Label.LAST_YEAR),
                labels.get(Label.TARGET),
                labels.get(Label.FULFILMENT),
                labels.get(Label.CHANGE)));
    if (indicator.isShare()) {
      heads.add(labels.get(Label.NUMERATOR));
      heads.add(labels.get(Label.DENOMINATOR));
    }
    Row head = Cells.row(sheet, header);
    for (int c = 0; c < heads.size(); c++) {
      cells.text(head, c, heads.get(c), styles.header());
    }
    head.setHeightInPoints(30);
    int row = header + 1;
    for (Period period : view.tablePeriods()) {
      TargetGroupSheet.periodRow(cells, view, Cells.row(sheet, row++), indicator, period);
    }
    headers.table(header, row - 1, 0, heads.size() - 1);
    return BaselineBlock.write(sheet, view, cells, headers, indicator, row);
  }
}
