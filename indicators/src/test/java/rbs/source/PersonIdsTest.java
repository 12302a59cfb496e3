package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonIdsTest {

  private final PersonIds ids = new PersonIds(Fixtures.KEY);

  @Test
  void everyWritingOfOneNumberGivesOnePseudonym() throws BadValue {
    long p = ids.pseudonym("20121212-1212", 2013);
    assertThat(ids.pseudonym("201212121212", 2013)).isEqualTo(p);
    assertThat(ids.pseudonym("121212-1212", 2013)).isEqualTo(p);
    assertThat(ids.pseudonym(" 1212121212 ", 2013)).isEqualTo(p);
    assertThat(ids.pseudonym("19121212-1212", 2013)).isNotEqualTo(p);
    assertThat(ids.pseudonym("121212+1212", 2013)).isEqualTo(ids.pseudonym("191212121212", 2013));
  }

  @Test
  void pseudonymsDependOnTheKey() throws BadValue {
    PersonIds other =
        new PersonIds("another key".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(other.pseudonym("811218-9876", 2013))
        .isNotEqualTo(ids.pseudonym("811218-9876", 2013));
  }

  @Test
  void acceptsSamordningsnummer() throws BadValue {
    assertThat(PersonIds.normalise("701063-2391", 2013)).isEqualTo("197010632391");
  }

  @ParameterizedTest
  @ValueSource(strings = {"121212-1213", "811218-9875", "197010632392"})
  void rejectsAWrongCheckDigitWithoutQuotingTheNumber(String text) {
    assertThatThrownBy(() -> ids.pseudonym(text, 2013))
        .hasMessage("not a valid personnummer or samordningsnummer (check digit)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12121-1212", "abcdef-1234", "121212_1212", "1212121212121", ""})
  void rejectsMalformedNumbersWithoutQuotingThem(String text) {
    assertThatThrownBy(() -> ids.pseudonym(text, 2013))
        .hasMessage(
            "not a valid personnummer or samordningsnummer (expected YYYYMMDD-NNNN or"
                + " YYMMDD-NNNN)");
  }

  @Test
  void rejectsImpossibleBirthDates() {
    assertThatThrownBy(() -> ids.pseudonym("811318-9876", 2013))
        .hasMessage("not a valid personnummer or samordningsnummer (date part)");
  }
}
