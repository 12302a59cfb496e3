package rbs.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import rbs.model.SafeText;

/**
 * The print setup every sheet gets: A4 landscape, one page wide, repeated header rows, header with
 * programme and period, footer with page x of y and the as-of date, frozen header rows.
 */
final class PageSetup {

  private PageSetup() {}

  /**
   * @param headerRows rows (from the top, 1-based last row) repeated on every printed page and
   *     frozen on screen
   * @param widths column widths in characters, from column A
   */
  static void apply(
      XSSFSheet sheet, ReportView view, boolean publish, int headerRows, int[] widths) {
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
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + headerRows));
    sheet.createFreezePane(0, headerRows);
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

  /** A row height that shows wrapped text of this length in a column this many characters wide. */
  static float height(String text, int columnChars) {
    int lines = Math.max(1, (int) Math.ceil(text.length() / (columnChars * 1.2)));
    return lines * 15f;
  }

  // '&' starts a code in header and footer text; the text is the programme's, so it is masked
  private static String escape(String text) {
    return SafeText.mask(text).replace("&", "&&");
  }
}
