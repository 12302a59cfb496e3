package rbs.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.SafeText;

/**
 * Writes values as numeric cells with their format, and '-' or '..' as centred text. In a report
 * workbook the cells are set as text ({@link SheetCells}, the bytes POI writes for them), elsewhere
 * through POI.
 */
final class Cells {

  private final Styles styles;
  // null: a workbook of POI's own, whose cells are POI's
  private final ReportWorkbooks.Book book;

  /** Cells set through POI (a workbook of POI's own, as a test makes). */
  Cells(Styles styles) {
    this.styles = styles;
    this.book = null;
  }

  /** Cells of a report workbook, set as text ({@link SheetCells}). */
  Cells(ReportWorkbooks.Book book, Styles styles) {
    this.styles = styles;
    this.book = book;
  }

  Styles styles() {
    return styles;
  }

  static Row row(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    return row == null ? sheet.createRow(index) : row;
  }

  /** A text cell; the text passes {@link SafeText}, as it may be a file name, header or reason. */
  void text(Row row, int col, String text, Style style) {
    String masked = SafeText.mask(text);
    Optional<SheetCells> set = asText(row);
    if (set.isPresent()) {
      SheetCells.checkLength(masked);
      set.get().text(row.getRowNum(), col, book.sharedString(masked), masked, index(style));
    } else {
      Cell cell = row.createCell(col);
      cell.setCellValue(masked);
      style(cell, style);
    }
  }

  void number(Row row, int col, double value, Style style) {
    Optional<SheetCells> set = asText(row);
    if (set.isPresent()) {
      set.get().number(row.getRowNum(), col, value, index(style));
    } else {
      Cell cell = row.createCell(col);
      cell.setCellValue(value);
      style(cell, style);
    }
  }

  /** A cell with a style and no value (a band's colour across a row). */
  void blank(Row row, int col, Style style) {
    Optional<SheetCells> set = asText(row);
    if (set.isPresent()) {
      set.get().blank(row.getRowNum(), col, index(style));
    } else {
      style(row.createCell(col), style);
    }
  }

  /**
   * Where the row's cells go as text: in a report workbook, unless the sheet's cells were handed to
   * POI ({@link ReportWorkbooks.Book#handCellsToPoi}).
   */
  private Optional<SheetCells> asText(Row row) {
    return book == null ? Optional.empty() : book.cells(row.getSheet());
  }

  /**
   * The style's index in the workbook, as a cell's {@code s} holds it.
   *
   * @throws IllegalArgumentException when the style is another workbook's
   */
  private long index(Style style) {
    return style.indexIn(book.getStylesSource());
  }

  /**
   * A cell of POI's gets the style: POI's own in a workbook of POI's own, else its index (a report
   * workbook's formats are text, {@link StylesText}).
   */
  private static void style(Cell cell, Style style) {
    if (style.poi().isPresent()) {
      cell.setCellStyle(style.poi().get());
    } else {
      XSSFWorkbook workbook = (XSSFWorkbook) cell.getSheet().getWorkbook();
      ((XSSFCell) cell).getCTCell().setS(style.indexIn(workbook.getStylesSource()));
    }
  }

  /** The number style of an indicator's values (percent for shares, money with its unit). */
  Style style(Indicator indicator) {
    return style(indicator, false);
  }

  /** The number style of an indicator's values, marked " *" when incomplete. */
  Style style(Indicator indicator, boolean incomplete) {
    if (indicator.isShare()) {
      return styles.percent(indicator.decimals(), incomplete);
    }
    return indicator
        .money()
        .map(m -> styles.money(m, indicator.decimals(), incomplete))
        .orElseGet(() -> styles.number(indicator.decimals(), incomplete));
  }

  /** A month as a date cell (its first day) showing the month's name in the language: "maj". */
  void month(Row row, int col, Period month, Labels labels) {
    date(
        row,
        col,
        LocalDate.of(month.year(), month.firstMonth(), 1),
        styles.date(labels.monthFormat(), HorizontalAlignment.LEFT));
  }

  /** A date cell, ISO 8601 ("2014-09-15") as the programme's reports write dates. */
  void date(Row row, int col, LocalDate date, Style style) {
    // the number POI's cell makes of the date
    boolean date1904 = ((XSSFWorkbook) row.getSheet().getWorkbook()).isDate1904();
    number(row, col, DateUtil.getExcelDate(date.atStartOfDay(), date1904), style);
  }

  /**
   * The outcome's value, or its symbol: '..' when withheld, '-' when missing or absent; a value
   * over months some of which had no data is marked " *".
   */
  void outcome(Row row, int col, Optional<Outcome> outcome, Indicator indicator) {
    Optional<BigDecimal> value = ReportView.value(outcome);
    if (value.isPresent()) {
      boolean incomplete = outcome.map(Outcome::incomplete).orElse(false);
      number(row, col, value.get().doubleValue(), style(indicator, incomplete));
    } else {
      text(row, col, symbol(outcome), styles.centered());
    }
  }

  /** A count behind a share (numerator or denominator), or the outcome's symbol. */
  void count(Row row, int col, Optional<Outcome> outcome, Optional<BigDecimal> count) {
    if (count.isPresent()) {
      number(row, col, count.get().doubleValue(), styles.number(0));
    } else {
      text(row, col, symbol(outcome), styles.centered());
    }
  }

  /** The target (numeric), or an empty cell when none applies. */
  void target(Row row, int col, Optional<Outcome> outcome, Indicator indicator) {
    Optional<BigDecimal> target = outcome.flatMap(Outcome::target);
    if (target.isPresent()) {
      number(row, col, target.get().doubleValue(), style(indicator));
    } else {
      blank(row, col, styles.centered());
    }
  }

  static String symbol(Optional<Outcome> outcome) {
    Flag flag = outcome.map(Outcome::flag).orElse(Flag.MISSING);
    return flag == Flag.NONE ? Flag.MISSING.symbol() : flag.symbol();
  }

  /** "16 av 20" for a share; empty when a count is not shown. */
  static String counts(Outcome outcome, Labels labels) {
    if (outcome.numerator().isEmpty() || outcome.denominator().isEmpty()) {
      return "";
    }
    return plain(outcome.numerator().get())
        + " "
        + labels.get(Label.OF)
        + " "
        + plain(outcome.denominator().get());
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }
}
