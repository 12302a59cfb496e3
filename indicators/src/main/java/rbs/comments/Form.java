package rbs.comments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import rbs.model.Period;
import rbs.model.ReportPeriod;
import rbs.model.Results;

/**
 * The layout both the writer and the reader of a comment form know: the columns of the visible
 * sheet, which of them are open, and the hidden record of what rbs wrote in the locked cells.
 *
 * <p>The hidden sheet ({@value #RECORD}) holds the programme id, period and unit, then one row per
 * goal or indicator row of the form: its row number, id, kind and a copy of every locked cell; its
 * last row is a SHA-256 of all of it. The reader compares the visible locked cells with the copy
 * (naming the first cell changed) and the copy with its digest.
 */
final class Form {

  /** The hidden sheet's name. */
  static final String RECORD = "rbs";

  /** The longest text a unit may write in one cell: about a page of analysis. */
  static final int MAX_TEXT = 2_000;

  /** A form is a few dozen rows; a file far larger is not one. */
  static final long MAX_BYTES = 5L << 20;

  static final int COL_ID = 0;
  static final int COL_ITEM = 1;
  static final int COL_OUTCOME = 2;
  static final int COL_LAST_YEAR = 3;
  static final int COL_TARGET = 4;
  static final int COL_FULFILMENT = 5;
  static final int COL_ASSESSMENT = 6;
  static final int COL_ANALYSIS = 7;
  static final int COL_ACTIONS = 8;

  /** The columns rbs fills and locks (the assessment is locked where it is not asked for). */
  static final List<Integer> LOCKED =
      List.of(COL_ID, COL_ITEM, COL_OUTCOME, COL_LAST_YEAR, COL_TARGET, COL_FULFILMENT);

  static final int[] WIDTHS = {12, 48, 11, 11, 10, 15, 16, 55, 45};

  /** The row (0-based) of the column headers. */
  static final int HEADER_ROW = 7;

  /** Rows of the hidden record before the item rows. */
  static final int RECORD_PROGRAMME = 0;

  static final int RECORD_PERIOD = 1;
  static final int RECORD_UNIT = 2;
  static final int RECORD_ITEMS = 4;

  static final String GOAL = "goal";
  static final String INDICATOR = "indicator";

  private Form() {}

  /** {@code <programme>-<period>-<unit>-kommentarer.xlsx}. */
  static String fileName(Results results, rbs.model.Unit unit) {
    String language = results.programme().language();
    return results.programme().id()
        + "-"
        + results.period()
        + "-"
        + unit.slug()
        + "-"
        + FormText.FILE_SUFFIX.in(language)
        + ".xlsx";
  }

  /**
   * The period the figures are for: the year to date of a tertial report, the year of an annual
   * report (year to date December when the results hold no year outcome).
   */
  static Period mainPeriod(Results results) {
    ReportPeriod p = results.period();
    if (p.isAnnual()) {
      Period whole = Period.year(p.year());
      boolean present = results.outcomes().stream().anyMatch(o -> o.period().equals(whole));
      return present ? whole : Period.yearToDate(p.year(), 12);
    }
    return Period.yearToDate(p.year(), p.lastTertial() * 4);
  }

  /**
   * The report period whose forms are offered in a new form: the tertial before, the second tertial
   * for the annual report, the last annual report for the first tertial.
   */
  static ReportPeriod previous(ReportPeriod period) {
    if (period.isAnnual()) {
      return ReportPeriod.tertial(period.year(), 2);
    }
    return period.lastTertial() == 1
        ? ReportPeriod.annual(period.year() - 1)
        : ReportPeriod.tertial(period.year(), period.lastTertial() - 1);
  }

  /** A locked cell's content as compared: its type and value, "" for an empty cell. */
  static String key(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    return switch (type) {
      case STRING -> "s:" + cell.getStringCellValue();
      case NUMERIC -> "n:" + cell.getNumericCellValue();
      case BOOLEAN -> "b:" + cell.getBooleanCellValue();
      case FORMULA -> "f:" + cell.getCellFormula();
      case BLANK, _NONE -> "";
      case ERROR -> "e:" + cell.getErrorCellValue();
    };
  }

  /** {@code Kommentarer!H12}. */
  static String cellName(String sheet, int row, int col) {
    return sheet + "!" + new CellReference(row, col).formatAsString(false);
  }

  /** The SHA-256 of the record's texts, in hex. */
  static String digest(List<String> texts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String t : texts) {
        sha.update(t.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
