package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rbs.model.RejectReason;

class ValuesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1234,5|1234.5",
        "1234.5|1234.5",
        "1 234,50|1234.50",
        "1\u00a0234,50|1234.50",
        "1\u202f234\u202f567|1234567",
        "\u22123,25|-3.25",
        "-3,25|-3.25",
        "1.234,5|1234.5",
        "1,234.5|1234.5",
        "+7|7"
      })
  void readsSwedishAndPlainNumbers(String text, String expected) throws BadValue {
    assertThat(Values.decimal(text)).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void rejectsWhatIsNotANumber() {
    assertThatThrownBy(() -> Values.decimal("12 kr")).hasMessage("not a number: '12 kr'");
    assertThatThrownBy(() -> Values.decimal("1,2,3")).hasMessage("not a number: '1,2,3'");
    assertThatThrownBy(() -> Values.integer("2,5")).hasMessage("not a whole number: '2,5'");
  }

  @Test
  void wholeNumbersAcceptAZeroFraction() throws BadValue {
    assertThat(Values.integer("12,0")).isEqualTo(12L);
    assertThat(Values.integer("\u22121 000")).isEqualTo(-1000L);
  }

  @ParameterizedTest
  @CsvSource({
    "2013-04-05",
    "20130405",
    "2013-04-05T10:15",
    "2013-04-05T10:15:30",
    "2013-04-05 10:15:30"
  })
  void readsStandardDateForms(String text) throws BadValue {
    assertThat(Values.date(text, Optional.empty())).isEqualTo(LocalDate.of(2013, 4, 5));
  }

  @Test
  void readsTheDeclaredPattern() throws BadValue {
    Optional<DateTimeFormatter> pattern = Optional.of(DateTimeFormatter.ofPattern("d/M/yyyy"));
    assertThat(Values.date("5/4/2013", pattern)).isEqualTo(LocalDate.of(2013, 4, 5));
    assertThat(Values.date("2013-04-05", pattern)).isEqualTo(LocalDate.of(2013, 4, 5));
  }

  @Test
  void rejectsImpossibleDates() {
    assertThatThrownBy(() -> Values.date("2013-02-30", Optional.empty()))
        .hasMessage("not a date: '2013-02-30'");
    assertThatThrownBy(() -> Values.date("5 april", Optional.empty()))
        .hasMessage("not a date: '5 april'");
  }

  @Test
  void readsExcelSerialsInBothDateSystems() throws BadValue {
    assertThat(Values.excelDate(new BigDecimal("41369"), false))
        .isEqualTo(LocalDate.of(2013, 4, 5));
    assertThat(Values.excelDate(new BigDecimal("41369.75"), false))
        .isEqualTo(LocalDate.of(2013, 4, 5));
    assertThat(Values.excelDate(new BigDecimal("39907"), true)).isEqualTo(LocalDate.of(2013, 4, 5));
    assertThat(Values.excelDate(BigDecimal.ONE, false)).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(Values.excelDate(new BigDecimal("61"), false)).isEqualTo(LocalDate.of(1900, 3, 1));
  }

  @ParameterizedTest
  @CsvSource({
    "Ja,true",
    "JA,true",
    "j,true",
    "Sant,true",
    "TRUE,true",
    "1,true",
    "Nej,false",
    "n,false",
    "FALSKT,false",
    "false,false",
    "0,false"
  })
  void readsBooleanWords(String text, boolean expected) throws BadValue {
    assertThat(Values.bool(text)).isEqualTo(expected);
  }

  @Test
  void rejectsOtherBooleanWords() {
    assertThatThrownBy(() -> Values.bool("kanske")).hasMessage("not a yes/no value: 'kanske'");
  }

  @Test
  void masksValuesThatCouldIdentifyAPerson() {
    assertThat(Mask.quote("19121212-1212")).isEqualTo("'********-****'");
    assertThat(Mask.quote("1212121212")).isEqualTo("'**********'");
    assertThat(Mask.quote("20130405")).isEqualTo("'20130405'");
    assertThat(Mask.quote("tre")).isEqualTo("'tre'");
    assertThat(Mask.quote("x".repeat(200))).isEqualTo("'" + "x".repeat(39) + "…'");
  }

  @Test
  void aPersonnummerTypedAsANumberInADateCellIsMasked() {
    assertThatThrownBy(() -> Values.excelDate(new BigDecimal("194002079004"), false))
        .hasMessage("not a date: '************'");
  }

  /**
   * Date-times read by hand ("2014-05-03 12:30", with seconds, with 'T') give the date the JDK's
   * parser gives, and whatever it rejects is rejected with the same reason.
   */
  @Test
  void readsDateTimesAsTheJdkDoes() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    String[] shapes = {
      "%04d-%02d-%02d %02d:%02d",
      "%04d-%02d-%02dT%02d:%02d:%02d",
      "%04d-%02d-%02d %02d:%02d:%02d",
      "%04d-%02d-%02d %02d:%02d:%02d.5",
      "%04d-%02d-%02d %d:%02d"
    };
    for (int i = 0; i < 100_000; i++) {
      String shape = shapes[random.nextInt(shapes.length)];
      String text =
          String.format(
              java.util.Locale.ROOT,
              shape,
              1990 + random.nextInt(40),
              random.nextInt(14),
              random.nextInt(33),
              random.nextInt(26),
              random.nextInt(62),
              random.nextInt(62));
      if (random.nextInt(50) == 0) {
        int at = random.nextInt(text.length() - 1);
        at = at >= 10 ? at + 1 : at; // not the separator: the JDK is handed a 'T' there
        text = text.substring(0, at) + "x" + text.substring(at + 1);
      }
      assertThat(parsed(text)).as(text).isEqualTo(byTheJdk(text));
    }
  }

  private static String parsed(String text) {
    try {
      return Values.date(text, Optional.empty()).toString();
    } catch (BadValue e) {
      return "rejected: " + e.getMessage();
    }
  }

  private static String byTheJdk(String text) {
    try {
      return java.time.LocalDateTime.parse(text.substring(0, 10) + 'T' + text.substring(11))
          .toLocalDate()
          .toString();
    } catch (java.time.DateTimeException e) {
      return "rejected: " + RejectReason.NOT_DATE.with(Mask.quote(text));
    }
  }
}
