package rbs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import rbs.model.Comment;

/**
 * A unit's own words under the figures they are about: one row, as wide as the table, holding its
 * analysis, actions and (for a goal its indicators cannot judge) its own assessment. The text is
 * the unit's, as it returned it: never withheld, masked like every text of a workbook.
 */
final class CommentRows {

  /** Excel's tallest row. */
  private static final float MAX_HEIGHT = 409;

  private CommentRows() {}

  /** The comment in words, a line for each part written. */
  static String text(Comment comment, Labels labels) {
    List<String> lines = new ArrayList<>();
    if (!comment.analysis().isBlank()) {
      lines.add(labels.get(Label.ANALYSIS) + ": " + comment.analysis());
    }
    if (!comment.actions().isBlank()) {
      lines.add(labels.get(Label.ACTIONS) + ": " + comment.actions());
    }
    comment
        .assessment()
        .ifPresent(s -> lines.add(labels.get(Label.OWN_ASSESSMENT) + ": " + labels.status(s)));
    return String.join("\n", lines);
  }

  /**
   * Writes the workbook's unit's comment on a goal or indicator at row {@code r}, merged over the
   * columns {@code 0..lastCol} ({@code widthChars} wide together).
   *
   * @return the row after it, or {@code r} when the unit wrote nothing about the item
   */
  static int write(
      XSSFSheet sheet,
      Cells cells,
      ReportView view,
      String itemId,
      int r,
      int lastCol,
      int widthChars) {
    Optional<Comment> comment = view.comment(itemId);
    if (comment.isEmpty()) {
      return r;
    }
    String text = text(comment.get(), view.labels());
    Row row = Cells.row(sheet, r);
    cells.text(row, 0, text, cells.styles().indented());
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
    // the indent takes about two characters; a line for the gap to the next row
    row.setHeightInPoints(Math.min(MAX_HEIGHT, PageSetup.height(text, widthChars - 3) + 4));
    return r + 1;
  }

  /** The sum of the widths of columns {@code 0..lastCol}. */
  static int width(int[] widths, int lastCol) {
    int w = 0;
    for (int c = 0; c <= lastCol; c++) {
      w += widths[c];
    }
    return w;
  }
}
