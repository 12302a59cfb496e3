package rbs.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import rbs.model.DerivedColumns;
import rbs.model.RejectReason;

/**
 * Validates personnummer and samordningsnummer (format, date, Luhn digit) and replaces them by a
 * keyed pseudonym. Reasons never quote the value.
 *
 * <p>The pseudonym is a keyed permutation of the 12-digit number (constants drawn from the run's
 * key by SHA-256; multiplications by odd numbers, xor-shifts and additions, each of which can be
 * undone only with the constants): equal for the same person within a run, different for different
 * persons, never the number. It is what rows and the person table hold in memory, made on every row
 * in a few nanoseconds where a keyed hash took a sixth of reading a row. It is not a cryptographic
 * hash: what goes to disk is encrypted again under a key of its own ({@code
 * rbs.compute.PersonSpill}), and the numbers themselves are in memory anyway (the file's bytes).
 * Thread-safe.
 */
final class PersonIds {

  private final long k0;
  private final long k1;
  private final long k2;
  private final long k3;

  PersonIds(byte[] key) {
    if (key.length == 0) {
      throw new IllegalArgumentException("the pseudonym key must not be empty");
    }
    ByteBuffer constants;
    try {
      constants = ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(key));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    k0 = constants.getLong();
    k1 = constants.getLong() | 1; // odd: a multiplication by it can be undone
    k2 = constants.getLong() | 1;
    k3 = constants.getLong();
  }

  /**
   * The pseudonym of a personnummer or samordningsnummer written YYYYMMDD-NNNN or YYMMDD-NNNN, with
   * or without '-', or with '+' (100 years or older).
   *
   * @param referenceYear the year the 10-digit form is relative to (the row's year, so that a run
   *     does not depend on today's date)
   */
  long pseudonym(String text, int referenceYear) throws BadValue {
    return pseudonymOf(number(text, referenceYear));
  }

  /**
   * The valid identifier as the number its 12-digit form YYYYMMDDNNNC writes (see {@link
   * #pseudonym}): what a row keeps of it until the pseudonym, with no String made.
   */
  static long number(String text, int referenceYear) throws BadValue {
    return normalise(text.strip(), referenceYear);
  }

  /**
   * {@link #number} of ASCII bytes {@code from..to}, white space around them passed over (for
   * {@link ByteCsvTable}'s fields: no String made).
   */
  static long number(byte[] b, int from, int to, int referenceYear) throws BadValue {
    int s = TextBytes.stripStart(b, from, to);
    return normalise(b, s, TextBytes.stripEnd(b, s, to), referenceYear);
  }

  /**
   * The pseudonym of a number from {@link #number}: the keyed permutation of it (a bijection of the
   * longs, so two persons never share one).
   */
  long pseudonymOf(long number) {
    long x = number ^ k0;
    x *= k1;
    x ^= x >>> 32;
    x *= k2;
    x ^= x >>> 29;
    x += k3;
    x *= 0xBF58476D1CE4E5B9L;
    return x ^ (x >>> 31);
  }

  /**
   * The sex a valid number records in its second-to-last digit: odd is a man, even a woman (shared
   * constants: no allocation per row).
   */
  static String sex(long number) {
    return number / 10 % 10 % 2 == 1 ? DerivedColumns.MAN : DerivedColumns.WOMAN;
  }

  /**
   * Whole years from the birth date of a valid 12-digit form (a samordningsnummer's day less 60) to
   * the date; -1 when the birth date is after it. One is a year older on one's birthday; one born
   * on 29 February is a year older on 1 March in other years.
   */
  static int age(long number, LocalDate at) {
    long birth = number / 10_000; // YYYYMMDD
    int year = (int) (birth / 10_000);
    int month = (int) (birth / 100 % 100);
    int day = (int) (birth % 100);
    if (day > 60) {
      day -= 60;
    }
    int years = at.getYear() - year;
    if (at.getMonthValue() < month || (at.getMonthValue() == month && at.getDayOfMonth() < day)) {
      years--;
    }
    return Math.max(years, -1);
  }

  /**
   * The number of the 12-digit form of an identifier without surrounding white space, built in one
   * pass over the characters: this is on every row of every source with persons, so no {@code
   * String.format}, no substrings, no String made.
   */
  static long normalise(String s, int referenceYear) throws BadValue {
    // only ASCII digits, '-' and '+' are valid: any other character is one that is not
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return normalise(b, 0, b.length, referenceYear);
  }

  /** {@link #normalise(String, int)} of the ASCII bytes {@code from..to}. */
  static long normalise(byte[] b, int from, int to, int referenceYear) throws BadValue {
    int n = to - from;
    if (n == 13 && b[from + 8] == '-') {
      return twelveDigits(b, from);
    }
    return anyForm(b, from, to, referenceYear);
  }

  /** {@link #normalise} of any of the forms, a digit at a time. */
  static long anyForm(byte[] b, int from, int to, int referenceYear) throws BadValue {
    int n = to - from;
    boolean plus = false;
    int sep = -1;
    if (n == 11 || n == 13) {
      sep = n - 5;
      int c = b[from + sep];
      if (c != '-' && c != '+') {
        throw format();
      }
      plus = c == '+';
    }
    int count = sep < 0 ? n : n - 1;
    if (count != 10 && count != 12) {
      throw format();
    }
    // one pass: the digits as written, the date's parts, and the Luhn sum over the last ten of
    // the 12-digit form (position: the digit's place in it)
    long written = 0;
    int luhn = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    int position = count == 10 ? 2 : 0;
    for (int i = 0; i < n; i++) {
      if (i == sep) {
        continue;
      }
      int c = b[from + i] - '0';
      if (c < 0 || c > 9) {
        throw format();
      }
      written = written * 10 + c;
      if (position < 4) {
        year = year * 10 + c;
      } else if (position < 6) {
        month = month * 10 + c;
      } else if (position < 8) {
        day = day * 10 + c;
      }
      if (position >= 2) {
        int v = position % 2 == 0 ? 2 * c : c;
        luhn += v > 9 ? v - 9 : v;
      }
      position++;
    }
    long number = written;
    if (count == 10) {
      int yy = year;
      year = referenceYear - Math.floorMod(referenceYear - yy, 100);
      if (plus) {
        year -= 100;
      }
      if (year < 0 || year > 9999) {
        throw dateP();
      }
      number = year * 100_000_000L + written % 100_000_000L;
    }
    return checked(number, year, month, day, luhn);
  }

  /**
   * The number once its date is one the calendar has (a samordningsnummer's day less 60) and its
   * Luhn sum is whole tens; the reason otherwise, the date's first.
   */
  private static long checked(long number, int year, int month, int day, int luhn) throws BadValue {
    int realDay = day > 60 ? day - 60 : day; // samordningsnummer
    if (month < 1 || month > 12 || realDay < 1 || realDay > lengthOfMonth(year, month)) {
      throw dateP();
    }
    if (luhn % 10 != 0) {
      throw new BadValue(
          RejectReason.PERSON_ID.english() + " " + RejectReason.CHECK_DIGIT.english());
    }
    return number;
  }

  /**
   * {@link #normalise} of the form most extracts write, YYYYMMDD-NNNN at {@code s}: the same checks
   * in the same order, without the loop's questions per digit (every row of a source with persons).
   */
  private static long twelveDigits(byte[] b, int s) throws BadValue {
    int y1 = b[s] - '0';
    int y2 = b[s + 1] - '0';
    int y3 = b[s + 2] - '0';
    int y4 = b[s + 3] - '0';
    int m1 = b[s + 4] - '0';
    int m2 = b[s + 5] - '0';
    int d1 = b[s + 6] - '0';
    int d2 = b[s + 7] - '0';
    int n1 = b[s + 9] - '0';
    int n2 = b[s + 10] - '0';
    int n3 = b[s + 11] - '0';
    int n4 = b[s + 12] - '0';
    // a byte that is no digit makes one of these negative
    if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2 | n1 | n2 | n3 | n4 | 9 - y1 | 9 - y2 | 9 - y3
            | 9 - y4 | 9 - m1 | 9 - m2 | 9 - d1 | 9 - d2 | 9 - n1 | 9 - n2 | 9 - n3 | 9 - n4)
        < 0) {
      throw format();
    }
    int year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
    int month = m1 * 10 + m2;
    int day = d1 * 10 + d2;
    // the Luhn sum over YYMMDDNNNC: every other digit from the first doubled
    int luhn =
        doubled(y3)
            + y4
            + doubled(m1)
            + m2
            + doubled(d1)
            + d2
            + doubled(n1)
            + n2
            + doubled(n3)
            + n4;
    int date = year * 10_000 + month * 100 + day;
    int last = n1 * 1000 + n2 * 100 + n3 * 10 + n4;
    return checked(date * 10_000L + last, year, month, day, luhn);
  }

  private static int doubled(int digit) {
    int v = 2 * digit;
    return v > 9 ? v - 9 : v;
  }

  /** The days of a month of the proleptic Gregorian calendar (YearMonth's, without a YearMonth). */
  static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
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
