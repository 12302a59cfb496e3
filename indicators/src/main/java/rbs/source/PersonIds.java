package rbs.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
    String twelve = normalise(text.strip(), referenceYear);
    byte[] h = mac.doFinal(twelve.getBytes(StandardCharsets.US_ASCII));
    return ByteBuffer.wrap(h).getLong();
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
