package rbs.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellStyle;

/**
 * The printed pages of a workbook's sheets as Excel prints them, worked out from what the workbook
 * says and nothing else (no LibreOffice): the print area's columns give the scale (A4 landscape,
 * fitted to one page wide, 7 pixels per character of column width, whole percent), the scale the
 * points of rows a page holds; the manual row breaks, the row heights and the repeated rows give
 * each page. Written independently of {@link Pages}, which lays the pages out.
 */
public final class PrintedPages {

  /**
   * One printed page: its first and last row of the sheet, and its height in the sheet's points.
   */
  public record Page(String sheet, int first, int last, double height, double capacity) {}

  private PrintedPages() {}

  /** The pages of one sheet, in order. */
  public static List<Page> of(XSSFSheet sheet) {
    XSSFWorkbook wb = sheet.getWorkbook();
    String area = wb.getPrintArea(wb.getSheetIndex(sheet));
    if (area == null) {
      throw new IllegalStateException(sheet.getSheetName() + " has no print area");
    }
    CellRangeAddress range = rangeOf(area);
    int characters = 0;
    for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
      characters += Math.round(sheet.getColumnWidth(c) / 256f);
    }
    double printable = 841.89 - 2 * 0.7 * 72;
    int percent = (int) Math.min(100, Math.floor(printable / (characters * 7 * 0.75) * 100));
    double capacity = (595.28 - 2 * 0.75 * 72) * 100 / percent;
    CellRangeAddress repeat = sheet.getRepeatingRows();
    double repeated = repeat == null ? 0 : height(sheet, repeat.getFirstRow(), repeat.getLastRow());
    List<Page> pages = new ArrayList<>();
    int start = 0;
    List<Integer> ends = new ArrayList<>();
    for (int b : sheet.getRowBreaks()) {
      ends.add(b);
    }
    ends.add(range.getLastRow());
    for (int end : ends) {
      double h = height(sheet, start, end);
      if (start > 0) {
        h += repeated;
      }
      pages.add(new Page(sheet.getSheetName(), start, end, h, capacity));
      start = end + 1;
    }
    return pages;
  }

  /**
   * What would print wrong: a page taller than a page holds (a break the program would add where
   * rbs did not mean one), a page whose last row is a heading, a chart crossing a break.
   */
  public static List<String> problems(XSSFWorkbook wb) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.isSheetHidden(i)) {
        continue;
      }
      XSSFSheet sheet = wb.getSheetAt(i);
      List<Page> pages = of(sheet);
      for (int p = 0; p < pages.size(); p++) {
        Page page = pages.get(p);
        if (page.height() > page.capacity() + 0.01) {
          problems.add(page + " is taller than a printed page");
        }
        int last = lastWithContent(sheet, page.first(), page.last());
        if (p < pages.size() - 1 && last >= 0 && heading(sheet.getRow(last))) {
          problems.add(page + " ends with the heading '" + sheet.getRow(last).getCell(0) + "'");
        }
      }
      if (sheet.getDrawingPatriarch() != null) {
        for (XSSFShape shape : sheet.getDrawingPatriarch().getShapes()) {
          XSSFClientAnchor anchor = (XSSFClientAnchor) shape.getAnchor();
          for (int b : sheet.getRowBreaks()) {
            if (b >= anchor.getRow1() && b < anchor.getRow2() - 1) {
              problems.add(sheet.getSheetName() + ": a chart is cut by the break after row " + b);
            }
          }
        }
      }
    }
    return problems;
  }

  /** The printed pages of every visible sheet. */
  public static int count(XSSFWorkbook wb) {
    int n = 0;
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (!wb.isSheetHidden(i)) {
        n += of(wb.getSheetAt(i)).size();
      }
    }
    return n;
  }

  /**
   * A heading: a row whose first cell has a Title or Heading cell style and that holds no number (a
   * table's row of its main period is bold too, but holds numbers).
   */
  public static boolean heading(Row row) {
    if (row == null || row.getCell(0) == null) {
      return false;
    }
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.NUMERIC) {
        return false;
      }
    }
    String name =
        styleName(
            (XSSFWorkbook) row.getSheet().getWorkbook(),
            (XSSFCellStyle) row.getCell(0).getCellStyle());
    return name.equals("Title") || name.startsWith("Heading");
  }

  /** The name of the cell style a cell's format is based on. */
  public static String styleName(XSSFWorkbook wb, XSSFCellStyle style) {
    long xfId = style.getCoreXf().getXfId();
    for (CTCellStyle s :
        wb.getStylesSource().getCTStylesheet().getCellStyles().getCellStyleList()) {
      if (s.getXfId() == xfId) {
        return s.getName();
      }
    }
    return "";
  }

  private static int lastWithContent(XSSFSheet sheet, int first, int last) {
    for (int r = last; r >= first; r--) {
      Row row = sheet.getRow(r);
      if (row != null) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.BLANK) {
            return r;
          }
        }
      }
    }
    return -1;
  }

  private static double height(XSSFSheet sheet, int first, int last) {
    double h = 0;
    for (int r = first; r <= last; r++) {
      Row row = sheet.getRow(r);
      h += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }
    return h;
  }

  private static CellRangeAddress rangeOf(String area) {
    AreaReference ref = new AreaReference(area, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
    return new CellRangeAddress(
        ref.getFirstCell().getRow(),
        ref.getLastCell().getRow(),
        ref.getFirstCell().getCol(),
        ref.getLastCell().getCol());
  }
}
