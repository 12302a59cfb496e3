package rbs.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
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

  static String normalise(String s, int referenceYear) throws BadValue {
    boolean plus = false;
    String digits = s;
    int n = s.length();
    if (n == 11 || n == 13) {
      char sep = s.charAt(n - 5);
      if (sep != '-' && sep != '+') {
        throw format();
      }
      plus = sep == '+';
      digits = s.substring(0, n - 5) + s.substring(n - 4);
    }
    if (!Values.allDigits(digits) || (digits.length() != 10 && digits.length() != 12)) {
      throw format();
    }
    String full;
    if (digits.length() == 12) {
      full = digits;
    } else {
      int yy = Integer.parseInt(digits.substring(0, 2));
      int year = referenceYear - Math.floorMod(referenceYear - yy, 100);
      if (plus) {
        year -= 100;
      }
      full = String.format("%04d", year) + digits.substring(2);
    }
    checkDate(full);
    if (!luhn(full.substring(2))) {
      throw new BadValue(
          RejectReason.PERSON_ID.english() + " " + RejectReason.CHECK_DIGIT.english());
    }
    return full;
  }

  private static void checkDate(String full) throws BadValue {
    int day = Integer.parseInt(full.substring(6, 8));
    if (day > 60) {
      day -= 60; // samordningsnummer
    }
    try {
      LocalDate.of(
          Integer.parseInt(full.substring(0, 4)), Integer.parseInt(full.substring(4, 6)), day);
    } catch (DateTimeException e) {
      throw new BadValue(RejectReason.PERSON_ID.english() + " " + RejectReason.DATE_PART.english());
    }
  }

  static boolean luhn(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int d = tenDigits.charAt(i) - '0';
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

  private static BadValue format() {
    return new BadValue(
        RejectReason.PERSON_ID.english() + " " + RejectReason.PERSON_ID_FORMAT.english());
  }
}
