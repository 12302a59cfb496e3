package rbs.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.Comment;
import rbs.model.Goal;
import rbs.model.Indicator;
import rbs.model.TargetGroup;

/**
 * The municipality's workbook gathers every district's own analysis: per goal, each district's
 * words about the goal and its indicators, in the order of the programme and of the districts. A
 * goal's heading prints with its first rows; the column headers repeat on every page.
 */
final class DistrictsAnalysisSheet {

  static final int HEADER_ROW = 3;

  private static final int[] WIDTHS = {20, 40, 55, 45};

  private DistrictsAnalysisSheet() {}

  /** Whether the city workbook has the sheet: some district returned a comment. */
  static boolean wanted(ReportView view) {
    return view.unit().isWhole()
        && view.comments().all().stream().anyMatch(c -> !c.unit().isWhole());
  }

  static void write(XSSFWorkbook workbook, ReportView view, Cells cells, String name) {
    Labels labels = view.labels();
    Styles styles = cells.styles();
    XSSFSheet sheet = workbook.createSheet(name);
    Row title = Cells.row(sheet, 0);
    cells.text(title, 0, labels.get(Label.DISTRICTS_ANALYSIS), styles.title());
    title.setHeightInPoints(20);
    cells.text(
        Cells.row(sheet, 1),
        0,
        view.unit().name() + " – " + view.results().period(),
        styles.footnote());
    Row note = Cells.row(sheet, 2);
    cells.text(note, 0, labels.get(Label.DISTRICTS_ANALYSIS_NOTE), styles.footnote());
    Row header = Cells.row(sheet, HEADER_ROW);
    String[] heads = {
      labels.get(Label.DISTRICT),
      labels.get(Label.CONCERNS),
      labels.get(Label.ANALYSIS),
      labels.get(Label.ACTIONS)
    };
    for (int c = 0; c < heads.length; c++) {
      cells.text(header, c, heads[c], styles.header());
    }
    header.setHeightInPoints(20);
    Pages pages = new Pages(sheet, WIDTHS, HEADER_ROW, HEADER_ROW, HEADER_ROW + 1);
    int r = HEADER_ROW + 1;
    int width = CommentRows.width(WIDTHS, WIDTHS.length - 1);
    for (TargetGroup group : view.results().programme().targetGroups()) {
      for (Goal goal : group.goals()) {
        List<Line> lines = lines(view, goal);
        if (lines.isEmpty()) {
          continue;
        }
        int goalRow = r;
        Row g = Cells.row(sheet, r++);
        cells.text(g, 0, goal.text(), styles.goal());
        for (int c = 1; c < heads.length; c++) {
          cells.blank(g, c, styles.goal());
        }
        sheet.addMergedRegion(new CellRangeAddress(goalRow, goalRow, 0, heads.length - 1));
        g.setHeightInPoints(PageSetup.boldHeight(goal.text(), width));
        boolean first = true;
        for (Line line : lines) {
          Row row = Cells.row(sheet, r);
          cells.text(row, 0, line.comment().unit().name(), styles.text());
          cells.text(row, 1, line.about(), styles.wrapped());
          String analysis = line.comment().analysis();
          String assessment =
              line.comment()
                  .assessment()
                  .map(s -> labels.get(Label.OWN_ASSESSMENT) + ": " + labels.status(s))
                  .orElse("");
          if (!assessment.isEmpty()) {
            analysis = analysis.isEmpty() ? assessment : analysis + "\n" + assessment;
          }
          cells.text(row, 2, analysis, styles.wrapped());
          cells.text(row, 3, line.comment().actions(), styles.wrapped());
          float h =
              Math.max(
                  PageSetup.height(line.about(), WIDTHS[1]),
                  Math.max(
                      PageSetup.height(analysis, WIDTHS[2]),
                      PageSetup.height(line.comment().actions(), WIDTHS[3])));
          row.setHeightInPoints(Math.min(409, h));
          // a goal's heading prints with its first district's words
          pages.keep(first ? goalRow : r, r);
          first = false;
          r++;
        }
      }
    }
    if (r == HEADER_ROW + 1) {
      cells.text(Cells.row(sheet, r++), 0, labels.get(Label.NO_DISTRICT_COMMENTS), styles.text());
    }
    new Headers(sheet).table(HEADER_ROW, r - 1, 0, heads.length - 1);
    pages.apply();
    PageSetup.apply(sheet, view, view.published(), HEADER_ROW, 2, WIDTHS);
  }

  /** One district's comment on the goal or one of its indicators. */
  private record Line(Comment comment, String about) {}

  /** Per district (in order), its words on the goal, then on each of its indicators. */
  private static List<Line> lines(ReportView view, Goal goal) {
    List<Line> lines = new ArrayList<>();
    for (var unit : view.results().programme().units()) {
      if (unit.isWhole()) {
        continue;
      }
      view.comments()
          .of(unit, goal.id())
          .ifPresent(c -> lines.add(new Line(c, view.labels().get(Label.THE_GOAL))));
      for (Indicator indicator : goal.indicators()) {
        view.comments()
            .of(unit, indicator.id())
            .ifPresent(c -> lines.add(new Line(c, indicator.name())));
      }
    }
    return lines;
  }
}
