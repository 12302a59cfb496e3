package rbs.source;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rbs.model.RejectReason;

/**
 * Parses the cell values of Swedish extracts: numbers with decimal comma or point and space-like
 * grouping, dates in the usual forms and Excel serials, and the usual boolean words. Normalised by
 * hand because the JDK's sv-SE formats reject NBSP grouping and the U+2212 minus.
 */
final class Values {

  private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

  private Values() {}

  /** A decimal number from text, or a bad value. */
  static BigDecimal decimal(String text) throws BadValue {
    String s = normaliseNumber(text);
    int comma = s.indexOf(',');
    int dot = s.indexOf('.');
    if (comma >= 0 && dot >= 0) {
      // both: the last one is the decimal separator, the other groups thousands
      if (comma > dot) {
        s = s.replace(".", "").replace(',', '.');
      } else {
        s = s.replace(",", "");
      }
    } else if (comma >= 0) {
      s = s.replace(',', '.');
    }
    if (s.indexOf('.') != s.lastIndexOf('.') || !looksNumeric(s)) {
      throw new BadValue(RejectReason.NOT_NUMBER.with(Mask.quote(text)));
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new BadValue(RejectReason.NOT_NUMBER.with(Mask.quote(text)));
    }
  }

  /** A whole number from text (a zero fraction such as "12,0" is accepted). */
  static long integer(String text) throws BadValue {
    return whole(decimal(text), text);
  }

  static long whole(BigDecimal value, String shown) throws BadValue {
    try {
      return value.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      throw new BadValue(RejectReason.NOT_WHOLE.with(Mask.quote(shown)));
    }
  }

  private static String normaliseNumber(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ' ', '\u00a0', '\u202f', '\u2009', '\'' -> {
          // grouping
        }
        case '\u2212', '\u2013' -> b.append('-');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean looksNumeric(String s) {
    int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    boolean digit = false;
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c != '.') {
        return false;
      }
    }
    return digit;
  }

  /**
   * A date from text: the declared pattern if any, else ISO date, ISO date-time (with 'T' or a
   * space) or YYYYMMDD.
   */
  static LocalDate date(String text, Optional<DateTimeFormatter> pattern) throws BadValue {
    String s = text.strip();
    if (pattern.isPresent()) {
      try {
        return LocalDate.from(pattern.get().parse(s));
      } catch (DateTimeException e) {
        // fall through to the standard forms: an extract may mix them
      }
    }
    try {
      if (s.length() == 8 && allDigits(s)) {
        return LocalDate.of(
            Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6, 8)));
      }
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        // by hand: LocalDate.parse is several times slower and this is on every row
        return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
      }
      if (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
        LocalDate quick = dateTime(s);
        return quick != null
            ? quick
            : LocalDateTime.parse(s.substring(0, 10) + 'T' + s.substring(11)).toLocalDate();
      }
    } catch (DateTimeException e) {
      throw new BadValue(RejectReason.NOT_DATE.with(Mask.quote(text)));
    }
    throw new BadValue(RejectReason.NOT_DATE.with(Mask.quote(text)));
  }

  /**
   * The date of "YYYY-MM-DD hh:mm" or "YYYY-MM-DD hh:mm:ss" (or with 'T'), read by hand because
   * such cells are common and {@code LocalDateTime.parse} costs several times a row's other work;
   * null for any other shape or a field out of range, which the caller leaves to the JDK's parser
   * (so what is rejected, and how, is the same).
   */
  static LocalDate dateTime(String s) {
    int n = s.length();
    if ((n != 16 && n != 19)
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(13) != ':'
        || (n == 19 && s.charAt(16) != ':')) {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = n == 19 ? digits(s, 17, 19) : 0;
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The number the ASCII digits from..to spell, or -1 when one is no digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + c - '0';
    }
    return n;
  }

  /** A date from an Excel serial number in the workbook's date system. */
  static LocalDate excelDate(BigDecimal serial, boolean date1904) throws BadValue {
    double d = serial.doubleValue();
    if (d < 0 || d > 2_958_465) {
      throw new BadValue(RejectReason.NOT_DATE.with(Mask.quote(serial.toPlainString())));
    }
    long days = (long) Math.floor(d);
    if (date1904) {
      return EPOCH_1904.plusDays(days);
    }
    if (days == 60) {
      throw new BadValue(
          RejectReason.NOT_DATE.with("1900-02-29 " + RejectReason.NO_SUCH_DAY.english()));
    }
    // Excel counts 1900 as a leap year: serials before 60 are one day later than the epoch says
    return days < 60 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
  }

  /** Ja/Nej, J/N, Sant/Falskt, true/false, 1/0, any case. */
  static boolean bool(String text) throws BadValue {
    Boolean value = WORDS.get(text.strip().toLowerCase(Locale.ROOT));
    if (value == null) {
      throw new BadValue(RejectReason.NOT_YES_NO.with(Mask.quote(text)));
    }
    return value;
  }

  /** The yes/no words, lower case, and what they mean. */
  private static final Map<String, Boolean> WORDS =
      Map.of(
          "ja", true, "j", true, "sant", true, "true", true, "1", true, "nej", false, "n", false,
          "falskt", false, "false", false, "0", false);

  /** The words by their length, for bytes (a length has two at most). */
  private static final String[][] WORDS_BY_LENGTH = byLength(WORDS.keySet());

  /** What each of them means, in the same places: no map lookup per cell. */
  private static final Boolean[][] MEANINGS_BY_LENGTH =
      Arrays.stream(WORDS_BY_LENGTH)
          .map(words -> Arrays.stream(words).map(WORDS::get).toArray(Boolean[]::new))
          .toArray(Boolean[][]::new);

  private static String[][] byLength(Set<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    String[][] byLength = new String[longest + 1][];
    for (int n = 0; n <= longest; n++) {
      int length = n;
      byLength[n] =
          words.stream().filter(w -> w.length() == length).sorted().toArray(String[]::new);
    }
    return byLength;
  }

  /**
   * {@link #bool(String)} of ASCII bytes {@code s..e}: the value, or null when they are not one of
   * its words (the String path then says why).
   */
  static Boolean bool(byte[] b, int s, int e) {
    int from = TextBytes.stripStart(b, s, e);
    int length = TextBytes.stripEnd(b, from, e) - from;
    if (length >= WORDS_BY_LENGTH.length) {
      return null;
    }
    String[] words = WORDS_BY_LENGTH[length];
    for (int w = 0; w < words.length; w++) {
      if (is(words[w], b, from)) {
        return MEANINGS_BY_LENGTH[length][w];
      }
    }
    return null;
  }

  /** Whether the bytes from {@code s} are the lower-case ASCII word in any case. */
  private static boolean is(String word, byte[] b, int s) {
    for (int i = 0; i < word.length(); i++) {
      if (lower(b[s + i]) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int lower(byte c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }

  /**
   * The date YYYY-MM-DD of exactly ten ASCII bytes as the number YYYYMMDD, or -1 for any other
   * shape or a day the calendar does not have ({@link #date} then reads it, or rejects it in its
   * words).
   */
  static int isoDate(byte[] b, int s, int e) {
    if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
      return -1;
    }
    int year = digits(b, s, 4);
    int month = digits(b, s + 5, 2);
    int day = digits(b, s + 8, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > PersonIds.lengthOfMonth(year, month)) {
      return -1;
    }
    return (year * 100 + month) * 100 + day;
  }

  /** The number {@code count} ASCII digits from {@code from} spell, or -1 when one is no digit. */
  private static int digits(byte[] b, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }

  private static int number(String s, int from, int to) throws BadValue {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new BadValue(RejectReason.NOT_DATE.with(Mask.quote(s)));
      }
      n = n * 10 + c - '0';
    }
    return n;
  }

  static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }
}
