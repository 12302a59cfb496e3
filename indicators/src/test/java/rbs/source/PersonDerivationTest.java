package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import rbs.model.DerivedColumns;

class PersonDerivationTest {

  /**
   * A valid number: the birth date YYYYMMDD (day + 60 for a samordningsnummer), 3 digits, check.
   */
  static String number(String birth, String serial) {
    String nine = birth.substring(2) + serial;
    for (int c = 0; c <= 9; c++) {
      if (PersonIds.luhn(nine + c)) {
        return birth + serial + c;
      }
    }
    throw new AssertionError("no check digit");
  }

  private static long twelve(String text, int year) throws BadValue {
    return PersonIds.number(text, year);
  }

  @Test
  void anOddSecondToLastDigitIsAManAnEvenOneAWoman() throws BadValue {
    // the second-to-last digit is the serial's last: 98[7], 98[2], 00[1], 00[0]
    assertThat(PersonIds.sex(twelve(number("19811218", "987"), 2014)))
        .isEqualTo(DerivedColumns.MAN);
    assertThat(PersonIds.sex(twelve(number("19811218", "982"), 2014)))
        .isEqualTo(DerivedColumns.WOMAN);
    assertThat(PersonIds.sex(twelve(number("19811218", "001"), 2014)))
        .isEqualTo(DerivedColumns.MAN);
    assertThat(PersonIds.sex(twelve(number("19811218", "000"), 2014)))
        .isEqualTo(DerivedColumns.WOMAN);
  }

  @Test
  void oneIsAYearOlderOnTheBirthdayNotTheDayBefore() throws BadValue {
    long born = twelve(number("19960315", "123"), 2014);
    assertThat(PersonIds.age(born, LocalDate.of(2014, 3, 14))).isEqualTo(17);
    assertThat(PersonIds.age(born, LocalDate.of(2014, 3, 15))).isEqualTo(18);
    assertThat(PersonIds.age(born, LocalDate.of(2014, 2, 28))).isEqualTo(17);
    assertThat(PersonIds.age(born, LocalDate.of(2014, 12, 31))).isEqualTo(18);
  }

  @Test
  void aSamordningsnummersBirthDayIsItsDayLessSixty() throws BadValue {
    long coordination = twelve(number("19960375", "122"), 2014); // born 15 March 1996
    assertThat(PersonIds.age(coordination, LocalDate.of(2014, 3, 14))).isEqualTo(17);
    assertThat(PersonIds.age(coordination, LocalDate.of(2014, 3, 15))).isEqualTo(18);
    assertThat(PersonIds.sex(coordination)).isEqualTo(DerivedColumns.WOMAN);
  }

  @Test
  void aTwelveDigitNumberNamesItsCentury() throws BadValue {
    LocalDate event = LocalDate.of(2014, 5, 5);
    assertThat(PersonIds.age(twelve(number("19140505", "555"), 2014), event)).isEqualTo(100);
    assertThat(PersonIds.age(twelve(number("20140505", "555"), 2014), event)).isZero();
    assertThat(PersonIds.age(twelve(number("18990101", "555"), 2014), event)).isEqualTo(115);
  }

  @Test
  void aTenDigitNumberIsAtMostNinetyNineYearsBeforeTheEventsYearUnlessWrittenWithPlus()
      throws BadValue {
    LocalDate event = LocalDate.of(2014, 5, 5);
    String full = number("19150505", "555");
    String ten = full.substring(2, 8) + "-" + full.substring(8);
    String plus = full.substring(2, 8) + "+" + full.substring(8);
    // '-': 15 in 2014 is 1915 (99 years back), not 2015
    assertThat(PersonIds.age(twelve(ten, 2014), event)).isEqualTo(99);
    // '+': a hundred years more
    assertThat(PersonIds.age(twelve(plus, 2014), event)).isEqualTo(199);
    String baby = number("20140101", "555");
    assertThat(PersonIds.age(twelve(baby.substring(2), 2014), event)).isZero();
    String centenarian = number("19140101", "555");
    assertThat(
            PersonIds.age(
                twelve(centenarian.substring(2, 8) + "+" + centenarian.substring(8), 2014), event))
        .isEqualTo(100);
  }

  @Test
  void aBirthDateAfterTheEventHasNoAge() throws BadValue {
    long born = twelve(number("20141001", "555"), 2014);
    assertThat(PersonIds.age(born, LocalDate.of(2014, 5, 5))).isEqualTo(-1);
  }

  @Test
  void oneBornOnTheTwentyNinthOfFebruaryIsAYearOlderOnTheFirstOfMarch() throws BadValue {
    long leap = twelve(number("20000229", "555"), 2001);
    assertThat(PersonIds.age(leap, LocalDate.of(2001, 2, 28))).isZero();
    assertThat(PersonIds.age(leap, LocalDate.of(2001, 3, 1))).isEqualTo(1);
    assertThat(PersonIds.age(leap, LocalDate.of(2004, 2, 29))).isEqualTo(4);
  }
}
