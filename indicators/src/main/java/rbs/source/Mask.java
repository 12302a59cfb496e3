package rbs.source;

/** Quotes cell values in reject reasons unless they could identify a person. */
final class Mask {

  private static final int MAX = 40;

  private Mask() {}

  /**
   * The value in quotes, or "(masked)" when it holds six or more digits in a row (it may be a
   * personnummer in the wrong column).
   */
  static String quote(String value) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run >= 6 && !isPlainNumberOrDate(value)) {
        return "(masked)";
      }
    }
    String v = value.length() > MAX ? value.substring(0, MAX) + "…" : value;
    return "'" + v + "'";
  }

  // "20130405" and "1234567,50" are data, not identifiers; 10 and 12 digit runs never are
  private static boolean isPlainNumberOrDate(String value) {
    String digits = value.replaceAll("[^0-9]", "");
    return digits.length() == 8 && value.strip().length() <= 10;
  }
}
