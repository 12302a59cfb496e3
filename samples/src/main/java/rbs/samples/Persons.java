package rbs.samples;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Synthetic personnummer with a valid check digit (made up, not anyone's). */
final class Persons {

  private Persons() {}

  /** Twelve digits: birth date, a three-digit serial from the 9xx range, check digit. */
  static String personnummer(LocalDate born, int serial) {
    String base =
        String.format(
            "%04d%02d%02d%03d",
            born.getYear(), born.getMonthValue(), born.getDayOfMonth(), 900 + serial % 100);
    return base + luhn(base.substring(2));
  }

  static LocalDate born(SplittableRandom r, int year, int minAge, int maxAge) {
    int age = minAge + r.nextInt(maxAge - minAge + 1);
    return LocalDate.of(year - age, 1, 1).plusDays(r.nextInt(365));
  }

  /** The Luhn check digit of nine digits. */
  static int luhn(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return (10 - sum % 10) % 10;
  }

  /** As districts write it: {@code YYYYMMDD-NNNN}, some {@code YYMMDD-NNNN}. */
  static String written(String twelve, boolean shortForm) {
    String s = shortForm ? twelve.substring(2) : twelve;
    return s.substring(0, s.length() - 4) + "-" + s.substring(s.length() - 4);
  }
}
