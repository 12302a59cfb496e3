package rbs.compute;

import java.time.LocalDate;

/**
 * A person as tests generate them: birth date, whether a samordningsnummer (day + 60), a
 * three-digit serial whose last digit is the sex digit; written in the ways extracts write
 * personnummer.
 */
record TestPerson(LocalDate birth, boolean coordination, String serial) {

  boolean woman() {
    return (serial.charAt(2) - '0') % 2 == 0;
  }

  /** The number in one of the ways extracts write it (all naming the same person). */
  String written(int way) {
    int day = birth.getDayOfMonth() + (coordination ? 60 : 0);
    String date = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), day);
    String nine = date.substring(2) + serial;
    int check = 0;
    while (!luhn(nine + check)) {
      check++;
    }
    String twelve = date + serial + check;
    return switch (way) {
      case 0 -> twelve.substring(0, 8) + "-" + twelve.substring(8);
      case 1 -> twelve;
      default -> twelve.substring(2, 8) + "-" + twelve.substring(8); // born 1915..2013
    };
  }

  /** Whether ten digits pass the Luhn check. */
  static boolean luhn(String ten) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int d = (ten.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return sum % 10 == 0;
  }
}
