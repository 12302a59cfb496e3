package rbs.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import rbs.model.DerivedColumns;
import rbs.model.RejectReason;

/**
 * Validates personnummer and samordningsnummer (format, date, Luhn digit) and replaces them by a
 * keyed pseudonym (HMAC-SHA256 of the 12-digit form). Not thread-safe: one per reading thread.
 * Reasons never quote the value.
 */
final class PersonIds {

  private final Mac mac;

  PersonIds(byte[] key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * The pseudonym of a personnummer or samordningsnummer written YYYYMMDD-NNNN or YYMMDD-NNNN, with
   * or without '-', or with '+' (100 years or older).
   *
   * @param referenceYear the year the 10-digit form is relative to (the row's year, so that a run
   *     does not depend on today's date)
   */
  long pseudonym(String text, int referenceYear) throws BadValue {
    return pseudonymOf(twelveDigits(text, referenceYear));
  }

  /**
   * The valid identifier in its 12-digit form YYYYMMDDNNNC (see {@link #pseudonym} for the forms
   * read and the century of a 10-digit one).
   */
  static String twelveDigits(String text, int referenceYear) throws BadValue {
    return normalise(text.strip(), referenceYear);
  }

  /** The pseudonym of a 12-digit form from {@link #twelveDigits}. */
  long pseudonymOf(String twelve) {
    byte[] h = mac.doFinal(twelve.getBytes(StandardCharsets.US_ASCII));
    return ByteBuffer.wrap(h).getLong();
  }

  /**
   * The sex a valid 12-digit form records in its second-to-last digit: odd is a man, even a woman
   * (shared constants: no allocation per row).
   */
  static String sex(String twelve) {
    return (twelve.charAt(10) - '0') % 2 == 1 ? DerivedColumns.MAN : DerivedColumns.WOMAN;
  }

  /**
   * Whole years from the birth date of a valid 12-digit form (a samordningsnummer's day less 60) to
   * the date; -1 when the birth date is after it. One is a year older on one's birthday; one born
   * on 29 February is a year older on 1 March in other years.
   */
  static int age(String twelve, LocalDate at) {
    int year = digits(twelve, 0, 4);
    int month = digits(twelve, 4, 6);
    int day = digits(twelve, 6, 8);
    if (day > 60) {
      day -= 60;
    }
    int years = at.getYear() - year;
    if (at.getMonthValue() < month || (at.getMonthValue() == month && at.getDayOfMonth() < day)) {
      years--;
    }
    return Math.max(years, -1);
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /**
   * The 12-digit form, built in one pass over the characters: this is on every row of every source
   * with persons, so no {@code String.format}, no substrings and no parsing through Integer.
   */
  static String normalise(String s, int referenceYear) throws BadValue {
    int n = s.length();
    boolean plus = false;
    int sep = -1;
    if (n == 11 || n == 13) {
      sep = n - 5;
      char c = s.charAt(sep);
      if (c != '-' && c != '+') {
        throw format();
      }
      plus = c == '+';
    }
    int count = sep < 0 ? n : n - 1;
    if (count != 10 && count != 12) {
      throw format();
    }
    char[] full = new char[12];
    int to = count == 10 ? 2 : 0;
    for (int i = 0; i < n; i++) {
      if (i == sep) {
        continue;
      }
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw format();
      }
      full[to++] = c;
    }
    if (count == 10) {
      int yy = (full[2] - '0') * 10 + (full[3] - '0');
      int year = referenceYear - Math.floorMod(referenceYear - yy, 100);
      if (plus) {
        year -= 100;
      }
      if (year < 0 || year > 9999) {
        throw dateP();
      }
      full[0] = (char) ('0' + year / 1000);
      full[1] = (char) ('0' + year / 100 % 10);
      full[2] = (char) ('0' + year / 10 % 10);
      full[3] = (char) ('0' + year % 10);
    }
    checkDate(full);
    if (!luhn(full)) {
      throw new BadValue(
          RejectReason.PERSON_ID.english() + " " + RejectReason.CHECK_DIGIT.english());
    }
    return new String(full);
  }

  private static void checkDate(char[] full) throws BadValue {
    int year = number(full, 0, 4);
    int month = number(full, 4, 6);
    int day = number(full, 6, 8);
    if (day > 60) {
      day -= 60; // samordningsnummer
    }
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      throw dateP();
    }
  }

  private static int number(char[] digits, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (digits[i] - '0');
    }
    return v;
  }

  private static BadValue dateP() {
    return new BadValue(RejectReason.PERSON_ID.english() + " " + RejectReason.DATE_PART.english());
  }

  /** The Luhn check over the last ten digits of the 12-digit form. */
  private static boolean luhn(char[] full) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int d = full[i + 2] - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  /** The Luhn check over ten digits (YYMMDDNNNC). */
  static boolean luhn(String tenDigits) {
    char[] full = new char[12];
    tenDigits.getChars(0, 10, full, 2);
    return luhn(full);
  }

  private static BadValue format() {
    return new BadValue(
        RejectReason.PERSON_ID.english() + " " + RejectReason.PERSON_ID_FORMAT.english());
  }
}
