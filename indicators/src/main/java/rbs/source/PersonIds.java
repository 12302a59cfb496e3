package rbs.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personnummer and samordningsnummer: validated (form, date, Luhn check digit) and replaced by a
 * keyed pseudonym at once, so the identifier itself is never stored, logged or printed.
 */
final class PersonIds {

  private final Mac mac;

  PersonIds(byte[] key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /**
   * The pseudonym of a valid identifier, equal for both of its written forms ({@code 19850312-1234}
   * and {@code 850312-1234}); empty when the text is not a valid one.
   */
  Optional<Long> pseudonym(String text, LocalDate asOfRow) {
    return normalise(text, asOfRow)
        .map(
            digits -> {
              byte[] h = mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII));
              return ByteBuffer.wrap(h).getLong();
            });
  }

  /** Twelve digits (century included), or empty when invalid. */
  static Optional<String> normalise(String raw, LocalDate reference) {
    StringBuilder b = new StringBuilder(12);
    boolean hundred = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        b.append(c);
      } else if (c == '+') {
        hundred = true;
      } else if (c != '-' && c != ' ') {
        return Optional.empty();
      }
    }
    String digits = b.toString();
    if (digits.length() != 10 && digits.length() != 12) {
      return Optional.empty();
    }
    if (digits.length() == 10) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      int year = reference.getYear() - (reference.getYear() % 100) + yy;
      if (year > reference.getYear()) {
        year -= 100;
      }
      if (hundred) {
        year -= 100;
      }
      digits = (year / 100) + digits;
    }
    int month = Integer.parseInt(digits.substring(4, 6));
    int day = Integer.parseInt(digits.substring(6, 8));
    if (day > 60) {
      day -= 60; // samordningsnummer
    }
    try {
      LocalDate.of(Integer.parseInt(digits.substring(0, 4)), month, day);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return luhnValid(digits.substring(2)) ? Optional.of(digits) : Optional.empty();
  }

  static boolean luhnValid(String tenDigits) {
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
}
