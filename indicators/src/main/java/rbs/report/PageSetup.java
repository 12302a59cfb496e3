package rbs.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import rbs.model.SafeText;

/**
 * The print setup every sheet gets: A4 landscape, one page wide, repeated header rows, header with
 * programme and period, footer with page x of y and the as-of date, frozen header rows.
 */
final class PageSetup {

  private PageSetup() {}

  /**
   * @param repeatFirst the first row (0-based) repeated at the top of every printed page
   * @param repeatCount how many rows from it repeat; the rows down to the last of them are frozen
   *     on screen
   * @param widths column widths in characters, from column A
   */
  static void apply(
      XSSFSheet sheet,
      ReportView view,
      boolean publish,
      int repeatFirst,
      int repeatCount,
      int[] widths) {
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(false);
    // the print area spans every column, so the page's scale is the one rbs laid the pages out
    // for, whatever the columns hold
    int lastRow = sheet.getLastRowNum();
    if (sheet.getWorkbook() instanceof ReportWorkbooks.Book book) {
      lastRow =
          Math.max(lastRow, book.drawingSet(sheet).map(DrawingText::lastRowCovered).orElse(-1));
    }
    if (sheet.getDrawingPatriarch() != null) {
      for (var shape : sheet.getDrawingPatriarch().getShapes()) {
        if (shape.getAnchor() instanceof XSSFClientAnchor anchor) {
          // a chart ending at the top of row2 (no offset into it) covers the rows above it only
          lastRow = Math.max(lastRow, anchor.getRow2() - (anchor.getDy2() == 0 ? 1 : 0));
        }
      }
    }
    DefinedNames.printArea(sheet, 0, widths.length - 1, 0, lastRow);
    DefinedNames.printTitles(sheet, repeatFirst, repeatFirst + repeatCount - 1);
    sheet.createFreezePane(0, repeatFirst + repeatCount);
    Labels labels = view.labels();
    sheet.getHeader().setLeft(escape(view.results().programme().name()));
    sheet
        .getHeader()
        .setRight(
            escape(view.unit().name() + " – " + view.results().period())
                + (publish ? "" : "\n" + escape(labels.get(Label.INTERNAL))));
    sheet.getFooter().setLeft(labels.get(Label.PAGE_OF));
    sheet.getFooter().setRight(labels.format(Label.AS_OF_FOOTER, view.results().asOf()));
  }

  /**
   * A row height that shows wrapped text in a column this many characters wide: its lines (each
   * line break starts one) wrapped at word boundaries, 15 points each. A column's width is counted
   * in widest digits; Calibri's letters average narrower, so a line of 11-point text holds about
   * 1.15 characters per unit of width (measured on the sample's texts, with a margin).
   */
  static float height(String text, int columnChars) {
    return lines(text, (int) (columnChars * 1.15)) * 15f;
  }

  /** The height of wrapped bold text, which is wider. */
  static float boldHeight(String text, int columnChars) {
    return lines(text, (int) (columnChars * 1.05)) * 15f;
  }

  /** The lines wrapped text takes in a column this many characters wide. */
  static int lines(String text, int columnChars) {
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      int used = 0;
      for (String word : paragraph.split(" ", -1)) {
        int length = word.length();
        if (used > 0 && used + 1 + length > columnChars) {
          lines++;
          used = 0;
        }
        used += (used > 0 ? 1 : 0) + length;
        while (used > columnChars) {
          // a word longer than the column breaks inside it
          lines++;
          used -= columnChars;
        }
      }
    }
    return Math.max(1, lines);
  }

  // '&' starts a code in header and footer text; the text is the programme's, so it is masked
  private static String escape(String text) {
    return SafeText.mask(text).replace("&", "&&");
  }
}
