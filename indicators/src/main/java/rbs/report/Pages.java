package rbs.report;

import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Where a sheet's printed pages end, decided by rbs rather than left to the spreadsheet program, so
 * that a heading never ends a page, a table never loses its header and a chart is never cut.
 *
 * <p>Pages are measured as Excel prints a sheet set up by {@link PageSetup}: A4 landscape, margins
 * 0.7" left and right and 0.75" top and bottom, scaled (in whole percent, at most 100) so that the
 * columns fill the page's width, a column being 7 pixels (Calibri 11's widest digit at 96 dpi) per
 * character of its width. Excel fits the fewest rows on a page of the programs that open the
 * workbooks (LibreOffice measures columns wider, so scales the page down more), so pages that hold
 * in Excel hold everywhere.
 */
final class Pages {

  static final double PAPER_WIDTH = 841.89;
  static final double PAPER_HEIGHT = 595.28;
  static final double MARGIN_LEFT_RIGHT = 0.7 * 72;
  static final double MARGIN_TOP_BOTTOM = 0.75 * 72;
  static final double PIXELS_PER_CHARACTER = 7;

  private final XSSFSheet sheet;
  private final double capacity;
  private final double repeated;
  private final TreeSet<Integer> breaks = new TreeSet<>();
  private double used;

  /**
   * @param widths the sheet's column widths in characters
   * @param repeatFirst the first row (0-based) repeated at the top of every page
   * @param repeatLast the last repeated row
   * @param bodyStart the first row after the rows that open the first page
   */
  Pages(XSSFSheet sheet, int[] widths, int repeatFirst, int repeatLast, int bodyStart) {
    this.sheet = sheet;
    this.capacity = capacity(widths);
    this.repeated = height(repeatFirst, repeatLast);
    this.used = height(0, bodyStart - 1);
  }

  /** The print scale Excel chooses to fit columns of these widths on the page's width. */
  static int scalePercent(int[] widths) {
    int characters = 0;
    for (int w : widths) {
      characters += w;
    }
    double points = characters * PIXELS_PER_CHARACTER * 0.75;
    double printable = PAPER_WIDTH - 2 * MARGIN_LEFT_RIGHT;
    return (int) Math.min(100, Math.floor(printable / points * 100));
  }

  /** The points of rows one printed page holds, at the sheet's scale. */
  static double capacity(int[] widths) {
    return (PAPER_HEIGHT - 2 * MARGIN_TOP_BOTTOM) * 100 / scalePercent(widths);
  }

  /** The points of body rows one page holds below the repeated rows. */
  double room() {
    return capacity - repeated;
  }

  /** The rows' heights, in points, from {@code first} to {@code last} inclusive. */
  double height(int first, int last) {
    double h = 0;
    for (int r = first; r <= last; r++) {
      Row row = sheet.getRow(r);
      h += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }
    return h;
  }

  /** Whether this many points still fit on the current page. */
  boolean fits(double points) {
    return used + points <= capacity;
  }

  /** Whether the current page holds nothing but its repeated rows. */
  boolean atTop() {
    return used <= repeated;
  }

  /** Starts a new page at {@code row}. */
  void breakBefore(int row) {
    breaks.add(row - 1);
    used = repeated;
  }

  /**
   * Places rows written together (a heading and what it heads, a table, a block of charts): on the
   * current page when they fit, else on a new page.
   *
   * @return whether they start a new page
   */
  boolean keep(int first, int last) {
    double h = height(first, last);
    boolean next = !fits(h) && !atTop();
    if (next) {
      breakBefore(first);
    }
    used += h;
    return next;
  }

  /** Sets the breaks on the sheet. */
  void apply() {
    breaks.forEach(sheet::setRowBreak);
  }
}
