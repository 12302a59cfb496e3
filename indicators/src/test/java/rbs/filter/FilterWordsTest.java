package rbs.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.filter.FilterWords.Vocabulary;
import rbs.model.Column;
import rbs.model.RejectLimit;
import rbs.model.SheetSelection;
import rbs.model.Source;

class FilterWordsTest {

  /** The filter test's source with header names that differ from the column names. */
  static final Source SOURCE =
      new Source(
          "s",
          "",
          "x/*.csv",
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          SheetSelection.FIRST,
          1,
          CelFiltersTest.SOURCE.columns().stream()
              .map(
                  c ->
                      new Column(
                          c.name(),
                          c.type(),
                          List.of(
                              c.name().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                                  + c.name().substring(1),
                              "alias"),
                          c.pattern(),
                          c.required()))
              .toList(),
          Optional.of("stadsdel"),
          "datum",
          Optional.of("person"),
          false,
          false,
          RejectLimit.standard());

  @Test
  void derivedColumnsAreSaidByTheirNames() {
    assertThat(
            FilterWords.describe(
                CelFiltersTest.DERIVING, "kon == \"kvinna\" && alder >= 65", Vocabulary.SWEDISH))
        .isEqualTo("kon är ”kvinna” och alder är minst 65");
  }

  private static String sv(String expression) {
    return FilterWords.describe(SOURCE, expression, Vocabulary.SWEDISH);
  }

  @Test
  void saysComparisonsWithHeaderNamesAndQuotedValues() {
    assertThat(sv("malgrupp == \"kvinna\" && samtycke"))
        .isEqualTo("Malgrupp är ”kvinna” och Samtycke: ja");
    assertThat(sv("malgrupp != \"\" && !samtycke"))
        .isEqualTo("Malgrupp är inte tomt och Samtycke: nej");
    assertThat(sv("dygn >= 3 && belopp < 2.5"))
        .isEqualTo("Dygn är minst 3 och Belopp är mindre än 2.5");
    assertThat(sv("malgrupp in [\"kvinna\", \"man\"]"))
        .isEqualTo("Malgrupp är någon av ”kvinna”, ”man”");
  }

  @Test
  void datesReadAsBeforeAndAfterAndAValueFirstIsMirrored() {
    assertThat(sv("datum >= \"2014-05-01\"")).isEqualTo("Datum är tidigast ”2014-05-01”");
    assertThat(sv("\"2014-05-01\" > datum")).isEqualTo("Datum är före ”2014-05-01”");
    assertThat(sv("10 <= dygn")).isEqualTo("Dygn är minst 10");
  }

  @Test
  void parenthesisesMixedConnectives() {
    assertThat(sv("malgrupp == \"man\" && (dygn > 1 || samtycke)"))
        .isEqualTo("Malgrupp är ”man” och (Dygn är större än 1 eller Samtycke: ja)");
    assertThat(sv("!(dygn > 1 || samtycke)"))
        .isEqualTo("inte (Dygn är större än 1 eller Samtycke: ja)");
  }

  @Test
  void whatCannotBeSaidPlainlyIsShownAsWritten() {
    assertThat(sv("malgrupp.startsWith(\"kv\")")).isEqualTo("malgrupp.startsWith(\"kv\")");
    assertThat(sv("dygn + 1 > 3")).isEqualTo("dygn + 1 > 3");
    assertThat(sv("dygn > 1 && size(malgrupp) > 2")).isEqualTo("dygn > 1 && size(malgrupp) > 2");
  }

  @Test
  void speaksEnglishToo() {
    assertThat(FilterWords.describe(SOURCE, "malgrupp == \"man\" || dygn < 2", Vocabulary.ENGLISH))
        .isEqualTo("Malgrupp is “man” or Dygn is less than 2");
  }
}
