package rbs.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

  @ParameterizedTest
  @CsvSource({
    "'not a date: 194002079004', 'not a date: ************'",
    "'not a date: 19400207-9004', 'not a date: ********-****'",
    "'x 400207-9004 y', 'x ******-**** y'",
    "'400207+9004', '******+****'",
    "'4002079004', '**********'",
    // samordningsnummer: day + 60
    "'19400267-9004', '********-****'",
    // a wrong check digit is still a person's number
    "'19400207-9005', '********-****'",
    "'data/19811224-1008/0105091011.csv', 'data/********-****/**********.csv'",
    // typed as a number with a fraction
    "'194002079004.0', '************.0'"
  })
  void masksEveryPersonnummerShapedSubstring(String text, String masked) {
    assertThat(SafeText.mask(text)).isEqualTo(masked);
    assertThat(SafeText.holdsIdentifier(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2014-03-10",
        "20140310",
        "1234567,50",
        "rows read 12,900,000",
        // no plausible date: an epoch time, an amount
        "1694790000",
        "1234567890",
        // part of a longer run of digits (a temporary folder's name, a hash)
        "/tmp/junit-9085572622459510019/out",
        "2014-01..2014-08"
      })
  void leavesOtherNumbersAlone(String text) {
    assertThat(SafeText.mask(text)).isEqualTo(text);
    assertThat(SafeText.holdsIdentifier(text)).isFalse();
  }

  @Test
  void boundsTheLengthAndMasksANumberAcrossTheCut() {
    String row = "x".repeat(295) + "19400207-9004" + "y".repeat(10_000_000);

    String safe = SafeText.of(row);

    assertThat(safe).hasSize(SafeText.MAX_LENGTH).endsWith("…").doesNotContain("9004");
    assertThat(SafeText.of("short")).isEqualTo("short");
    assertThat(SafeText.of("abcdef", 4)).isEqualTo("abc…");
  }

  @Test
  void neverCutsASurrogatePairInHalf() {
    assertThat(SafeText.of("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
  }
}
