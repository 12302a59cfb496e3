package rbs.issues;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Valid personnummer to plant in test inputs, and a scanner that finds any valid one in a text. */
final class Personnummer {

  /**
   * 10 or 12 digits with an optional '-' or '+' before the last four, not part of a longer run of
   * digits.
   */
  private static final Pattern SHAPE =
      Pattern.compile("(?<![0-9])((?:18|19|20)?[0-9]{6})[-+]?([0-9]{4})(?![0-9])");

  /** SHA-256 hex: its digit runs are no identifiers. */
  private static final Pattern SHA256 = Pattern.compile("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");

  private Personnummer() {}

  /**
   * A valid 12-digit personnummer (samordningsnummer when the day is over 60): the date, a
   * three-digit serial and the Luhn check digit.
   */
  static String of(String yyyymmdd, int serial) {
    String eleven = yyyymmdd + String.format("%03d", serial);
    return eleven + checkDigit(eleven.substring(2));
  }

  /** The forms an extract or a person may write it in. */
  static String dashed(String twelve) {
    return twelve.substring(0, 8) + "-" + twelve.substring(8);
  }

  static String short10(String twelve) {
    return twelve.substring(2);
  }

  static String shortDashed(String twelve) {
    return twelve.substring(2, 8) + "-" + twelve.substring(8);
  }

  static String shortPlus(String twelve) {
    return twelve.substring(2, 8) + "+" + twelve.substring(8);
  }

  /**
   * Every valid personnummer or samordningsnummer in the text, as the 10 digits after the century.
   */
  static List<String> findIn(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = SHAPE.matcher(SHA256.matcher(text).replaceAll("<sha256>"));
    while (m.find()) {
      String head = m.group(1);
      String ten = head.substring(head.length() - 6) + m.group(2);
      if (plausibleDate(ten) && luhn(ten)) {
        found.add(ten);
      }
    }
    return found;
  }

  private static boolean plausibleDate(String ten) {
    int month = Integer.parseInt(ten.substring(2, 4));
    int day = Integer.parseInt(ten.substring(4, 6));
    if (day > 60) {
      day -= 60;
    }
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  private static int checkDigit(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }

  private static boolean luhn(String ten) {
    return checkDigit(ten.substring(0, 9)) == ten.charAt(9) - '0';
  }
}
