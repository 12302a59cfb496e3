package rbs.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import rbs.model.Flag;
import rbs.model.Indicator;
import rbs.model.Outcome;
import rbs.model.Period;
import rbs.model.SafeText;

/** Writes values as numeric cells with their format, and '-' or '..' as centred text. */
final class Cells {

  private final Styles styles;

  Cells(Styles styles) {
    this.styles = styles;
  }

  Styles styles() {
    return styles;
  }

  static Row row(Sheet sheet, int index) {
    Row row = sheet.getRow(index);
    return row == null ? sheet.createRow(index) : row;
  }

  /** A text cell; the text passes {@link SafeText}, as it may be a file name, header or reason. */
  Cell text(Row row, int col, String text, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(SafeText.mask(text));
    cell.setCellStyle(style);
    return cell;
  }

  Cell number(Row row, int col, double value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** The number style of an indicator's values (percent for shares). */
  CellStyle style(Indicator indicator) {
    return indicator.isShare()
        ? styles.percent(indicator.decimals())
        : styles.number(indicator.decimals());
  }

  /** The number style of an indicator's values, marked " *" when incomplete. */
  CellStyle style(Indicator indicator, boolean incomplete) {
    return indicator.isShare()
        ? styles.percent(indicator.decimals(), incomplete)
        : styles.number(indicator.decimals(), incomplete);
  }

  /** A month as a date cell (its first day) showing the month's name in the language: "maj". */
  void month(Row row, int col, Period month, Labels labels) {
    Cell cell = row.createCell(col);
    cell.setCellValue(LocalDate.of(month.year(), month.firstMonth(), 1));
    cell.setCellStyle(styles.date(labels.monthFormat(), HorizontalAlignment.LEFT));
  }

  /** A date cell, ISO 8601 ("2014-09-15") as the programme's reports write dates. */
  void date(Row row, int col, LocalDate date, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellValue(date);
    cell.setCellStyle(style);
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
      row.createCell(col).setCellStyle(styles.centered());
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
