package rbs.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one guard for text that may carry input (cell values, headers, sheet, file and folder names,
 * parser messages, programme texts) on its way out: every substring shaped like a personnummer or
 * samordningsnummer has its digits masked, and the text is bounded in length. Applied where text
 * leaves rbs: stdout and stderr, the run log, results.csv and rejects.csv, manifest.json, workbook
 * text (cells, sheet names, charts, headers, properties) and charts; and where problems and
 * rejected rows are made, so a message is bounded before anything prints it.
 *
 * <p>Shaped like a personnummer: 10 or 12 digits, not part of a longer run of digits, optionally
 * with '-' or '+' before the last four, whose first six or eight are a plausible date (century 18,
 * 19 or 20; month 01–12; day 01–31, or 61–91 for a samordningsnummer). The check digit is not
 * checked: a number with a typo in it is still a person's.
 */
public final class SafeText {

  /** The default bound: enough for any message rbs writes, far below what a broken file holds. */
  public static final int MAX_LENGTH = 300;

  private static final Pattern PERSONNUMMER =
      Pattern.compile(
          "(?<![0-9])(?:18|19|20)?[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]|6[1-9]|[78][0-9]|9[01])"
              + "[-+]?[0-9]{4}(?![0-9])");

  private SafeText() {}

  /** The text masked and bounded to {@link #MAX_LENGTH} characters. */
  public static String of(String text) {
    return of(text, MAX_LENGTH);
  }

  /** The text masked and bounded: longer text is cut and ends with "…". */
  public static String of(String text, int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1");
    }
    // cut first (a broken file can hand us megabytes), leaving room for a number across the cut
    String head = text.length() > maxLength + 16 ? text.substring(0, maxLength + 16) : text;
    String masked = mask(head);
    if (masked.length() <= maxLength && head.length() == text.length()) {
      return masked;
    }
    int cut = Math.min(maxLength - 1, masked.length());
    if (cut > 0 && Character.isHighSurrogate(masked.charAt(cut - 1))) {
      cut--;
    }
    return masked.substring(0, cut) + "…";
  }

  /** The text with the digits of every personnummer-shaped substring replaced by '*'. */
  public static String mask(String text) {
    if (!mayHold(text)) {
      return text;
    }
    Matcher m = PERSONNUMMER.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    do {
      out.append(text, from, m.start());
      for (int i = m.start(); i < m.end(); i++) {
        char c = text.charAt(i);
        out.append(c >= '0' && c <= '9' ? '*' : c);
      }
      from = m.end();
    } while (m.find());
    return out.append(text, from, text.length()).toString();
  }

  /** Whether the text holds a personnummer-shaped substring. */
  public static boolean holdsIdentifier(String text) {
    return mayHold(text) && PERSONNUMMER.matcher(text).find();
  }

  // most texts have no run of ten digits at all: skip the regular expression for them
  private static boolean mayHold(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits >= 10) {
          return true;
        }
      } else if (c != '-' && c != '+') {
        digits = 0;
      }
    }
    return false;
  }
}
