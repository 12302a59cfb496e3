package rbs.output;

import rbs.model.SafeText;

/**
 * Cell text for CSV files that spreadsheets open: masked by {@link SafeText} (a cell may quote an
 * extract's file name, header or value), and defused where it would start a formula.
 */
final class CsvCells {

  private CsvCells() {}

  /**
   * The text masked; text starting with {@code = + - @}, tab or carriage return gets a leading
   * apostrophe, so a spreadsheet shows it as text instead of evaluating it.
   */
  static String text(String raw) {
    String s = SafeText.mask(raw);
    if (s.isEmpty()) {
      return s;
    }
    char c = s.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky ? "'" + s : s;
  }

  /** The text {@link #text} was given: the defusing apostrophe taken off again. */
  static String original(String cell) {
    return cell.length() > 1
            && cell.charAt(0) == '\''
            && !text(cell.substring(1)).equals(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }
}
