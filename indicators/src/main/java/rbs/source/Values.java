package rbs.source;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the values of Swedish extracts explicitly (the JDK's sv-SE formats get the minus sign and
 * some grouping spaces wrong): numbers with decimal comma or point and space grouping, dates in
 * ISO, {@code YYYYMMDD} or a declared pattern, Excel serial dates, Ja/Nej-style booleans.
 */
final class Values {

  private static final LocalDate EXCEL_1900 = LocalDate.of(1899, 12, 30);
  private static final LocalDate EXCEL_1904 = LocalDate.of(1904, 1, 1);

  private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+([.][0-9]*)?|[.][0-9]+)");
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?");

  private Values() {}

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A number, or empty when the text is not one. */
  static Optional<BigDecimal> number(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ' ':
        case '\u00A0':
        case '\u202F':
        case '\u2009':
        case '\'':
          break; // grouping
        case '\u2212':
        case '\u2013':
          b.append('-');
          break;
        case ',':
          b.append('.');
          break;
        default:
          b.append(c);
      }
    }
    String s = b.toString();
    if (s.isEmpty() || !NUMBER.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s));
  }

  /** A whole number, or empty (also when it has a non-zero fraction). */
  static Optional<Long> integer(String text) {
    return number(text)
        .filter(n -> n.stripTrailingZeros().scale() <= 0)
        .map(
            n -> {
              try {
                return n.longValueExact();
              } catch (ArithmeticException e) {
                return null;
              }
            });
  }

  /** A date in a declared pattern, ISO form (date or date-time), or {@code YYYYMMDD}. */
  static Optional<LocalDate> date(String raw, Optional<DateTimeFormatter> pattern) {
    String text = raw.trim();
    try {
      if (pattern.isPresent()) {
        return Optional.of(LocalDate.parse(text, pattern.get()));
      }
      int n = text.length();
      if (n == 10
          && text.charAt(4) == '-'
          && text.charAt(7) == '-'
          && digits(text, 0, 4)
          && digits(text, 5, 7)
          && digits(text, 8, 10)) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(text, 0, 4, 10),
                Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10)));
      }
      if (n == 8 && digits(text, 0, 8)) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(text, 0, 4, 10),
                Integer.parseInt(text, 4, 6, 10),
                Integer.parseInt(text, 6, 8, 10)));
      }
      if (ISO_DATE_TIME.matcher(text).matches()) {
        return Optional.of(LocalDateTime.parse(text.replace(' ', 'T')).toLocalDate());
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** An Excel serial date (days since the workbook's epoch; fractions are the time of day). */
  static Optional<LocalDate> excelDate(BigDecimal serial, boolean date1904) {
    long days = serial.longValue();
    if (days < 1 || days > 2_958_465) {
      return Optional.empty();
    }
    // 1900 system: Excel counts a 29 February 1900 that never was; serials from 61 on are off by
    // one, which the 30 December 1899 epoch absorbs.
    return Optional.of(date1904 ? EXCEL_1904.plusDays(days) : EXCEL_1900.plusDays(days));
  }

  /** Ja/Nej, J/N, Sant/Falskt, true/false, 1/0, Yes/No — case-insensitive. */
  static Optional<Boolean> bool(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "ja":
      case "j":
      case "sant":
      case "true":
      case "1":
      case "yes":
      case "y":
      case "x":
        return Optional.of(Boolean.TRUE);
      case "nej":
      case "n":
      case "falskt":
      case "false":
      case "0":
      case "no":
        return Optional.of(Boolean.FALSE);
      default:
        return Optional.empty();
    }
  }
}
