package rbs.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.RejectLimit;
import rbs.model.SheetSelection;
import rbs.model.Source;
import rbs.rows.Row;

class CelFiltersTest {

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
          List.of(
              col("stadsdel", ColumnType.DISTRICT),
              col("person", ColumnType.PERSON_ID),
              col("datum", ColumnType.DATE),
              col("malgrupp", ColumnType.TEXT),
              col("samtycke", ColumnType.BOOLEAN),
              col("dygn", ColumnType.INTEGER),
              col("belopp", ColumnType.DECIMAL)),
          Optional.of("stadsdel"),
          "datum",
          Optional.of("person"),
          false,
          false,
          RejectLimit.standard());

  final CelFilters filters = new CelFilters(List.of("Norr", "Söder"));

  @Test
  void evaluatesEveryColumnTypeAndTreatsEmptyCellsAsEmptyValues() {
    Row full = row(1, "kvinna", Boolean.TRUE, 12L, new BigDecimal("2.5"));
    Row empty = row(0, null, null, null, null);

    assertThat(pass("malgrupp == \"kvinna\" && samtycke", full)).isTrue();
    assertThat(pass("stadsdel == \"Söder\" && datum >= \"2014-05-01\"", full)).isTrue();
    assertThat(pass("dygn > 10 && belopp < 3.0", full)).isTrue();
    assertThat(pass("malgrupp.startsWith(\"kv\")", full)).isTrue();
    assertThat(pass("malgrupp != \"\"", empty)).isFalse();
    assertThat(pass("!samtycke && dygn == 0 && belopp == 0.0", empty)).isTrue();
  }

  @Test
  void explainsProblemsInTheUsersTerms() {
    assertThat(filters.check(SOURCE, "dygn > 1 && malgrup == \"kvinna\""))
        .contains(
            new CelFilters.FilterProblem(
                "unknown column 'malgrup' in source 's' (columns: stadsdel, datum, malgrupp,"
                    + " samtycke, dygn, belopp)",
                12));
    assertThat(filters.check(SOURCE, "malgrup == 1").orElseThrow().withOffset())
        .endsWith("(at character 1 of the filter)");
    assertThat(filters.check(SOURCE, "person == \"x\"").orElseThrow().message())
        .startsWith("column 'person' identifies persons and cannot be used in a filter");
    assertThat(filters.check(SOURCE, "dygn == \"tio\"").orElseThrow().message())
        .contains("no matching overload");
    assertThat(filters.check(SOURCE, "dygn + 1"))
        .contains(
            new CelFilters.FilterProblem(
                "a filter must be true or false for each row, not int", 0));
    assertThat(filters.check(SOURCE, "kommun.namn == \"x\"").orElseThrow().message())
        .startsWith("unknown column 'kommun' in source 's'");
    assertThat(filters.check(SOURCE, "malgrup.startsWith(\"kv\")").orElseThrow().message())
        .startsWith("unknown column 'malgrup' in source 's'");
    assertThat(filters.check(SOURCE, "malgrupp == \"kvinna\"")).isEmpty();
  }

  @Test
  void remembersAnswersPerValueCombinationAndStaysRightWhenThereAreTooMany() {
    RowFilter f = filters.compile(SOURCE, "dygn % 3 == 0 && malgrupp == \"kvinna\"");
    for (long d = 0; d < 10_000; d++) {
      Row r = row(0, d % 2 == 0 ? "kvinna" : "man", Boolean.TRUE, d, BigDecimal.ONE);
      assertThat(f.test(r)).as("dygn %d", d).isEqualTo(d % 3 == 0 && d % 2 == 0);
      assertThat(f.test(r)).as("dygn %d again", d).isEqualTo(d % 3 == 0 && d % 2 == 0);
    }
  }

  @Test
  void aFilterThatCannotBeEvaluatedFailsInsteadOfAnsweringFalse() {
    RowFilter regex = filters.compile(SOURCE, "malgrupp == \"kvinna\" && !malgrupp.matches(\"(\")");
    Row kvinna = row(0, "kvinna", Boolean.TRUE, 1L, BigDecimal.ONE);

    for (int i = 0; i < 3; i++) {
      // every time: a failure is not remembered as an answer
      assertThatThrownBy(() -> regex.test(kvinna))
          .isInstanceOf(FilterFailure.class)
          .hasMessage(
              "an invalid argument (e.g. a regular expression that does not compile) at character"
                  + " 42 of the filter");
    }
    // && decides without the failing part
    assertThat(regex.test(row(0, "man", Boolean.TRUE, 1L, BigDecimal.ONE))).isFalse();
  }

  @Test
  void aFailureNeverQuotesTheRowsValues() {
    RowFilter conversion = filters.compile(SOURCE, "int(malgrupp) != 7");

    assertThatThrownBy(
            () -> conversion.test(row(0, "19400207-9004 kvinna", Boolean.TRUE, 1L, BigDecimal.ONE)))
        .isInstanceOf(FilterFailure.class)
        .hasMessage(
            "a conversion failed (a value that is not the number, date or time it expects) at"
                + " character 4 of the filter");
    assertThatThrownBy(
            () -> filters.compile(SOURCE, "dygn / 0 == 1").test(row(0, "x", true, 5L, null)))
        .hasMessageStartingWith("a division by zero");
  }

  static final Source DERIVING =
      new Source(
          "d",
          "",
          "x/*.csv",
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          SheetSelection.FIRST,
          1,
          SOURCE.columns(),
          Optional.of("stadsdel"),
          "datum",
          Optional.of("person"),
          false,
          false,
          RejectLimit.standard(),
          rbs.model.Periodicity.yearly(),
          new rbs.model.DerivedColumns(Optional.of("kon"), Optional.of("alder")));

  @Test
  void derivedSexAndAgeAreAStringAndAnIntAfterTheDeclaredColumns() {
    String young = "kon == \"kvinna\" && alder >= 18 && alder <= 24";
    assertThat(filters.check(DERIVING, young)).isEmpty();
    assertThat(filters.check(DERIVING, "kon > 3").orElseThrow().message())
        .contains("no matching overload");
    assertThat(filters.check(DERIVING, "alder == \"18\"")).isPresent();
    assertThat(filters.check(SOURCE, young).orElseThrow().message())
        .startsWith("unknown column 'kon'");

    RowFilter f = filters.compile(DERIVING, young);
    assertThat(f.test(derived("kvinna", 18L))).isTrue();
    assertThat(f.test(derived("kvinna", 25L))).isFalse();
    assertThat(f.test(derived("man", 20L))).isFalse();
    // no person on the row: both empty
    assertThat(filters.compile(DERIVING, "kon == \"\" && alder == 0").test(derived(null, null)))
        .isTrue();
  }

  private static Row derived(String sex, Long age) {
    return new Row(
        0,
        LocalDate.of(2014, 5, 3),
        42L,
        true,
        new Object[] {0, null, LocalDate.of(2014, 5, 3), null, null, null, null, sex, age});
  }

  /** SOURCE with the column dygn as text instead of an integer. */
  private static Source withTextDygn() {
    List<Column> columns =
        SOURCE.columns().stream()
            .map(c -> c.name().equals("dygn") ? col("dygn", ColumnType.TEXT) : c)
            .toList();
    return new Source(
        SOURCE.name(),
        SOURCE.description(),
        SOURCE.path(),
        SOURCE.format(),
        SOURCE.encoding(),
        SOURCE.delimiter(),
        SOURCE.sheets(),
        SOURCE.headerRow(),
        columns,
        SOURCE.districtColumn(),
        SOURCE.dateColumn(),
        SOURCE.personColumn(),
        SOURCE.optional(),
        SOURCE.monthly(),
        SOURCE.rejectLimit(),
        SOURCE.periodicity(),
        SOURCE.derived());
  }

  @Test
  void aFilterCheckedForOneSourceIsCheckedAgainForASourceWithOtherColumnTypes() {
    String expression = "dygn > 10";
    assertThat(filters.check(SOURCE, expression)).isEmpty();
    assertThat(filters.compile(SOURCE, expression).test(row(1, "kvinna", true, 12L, null)))
        .isTrue();

    // the same source name and filter text, but dygn is text: the checker must refuse it again
    Source text = withTextDygn();
    CelFilters fresh = new CelFilters(List.of("Norr", "Söder"));
    assertThat(fresh.check(text, expression)).isPresent();
    assertThatThrownBy(() -> fresh.compile(text, expression))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private boolean pass(String expression, Row row) {
    assertThat(filters.check(SOURCE, expression)).isEmpty();
    return filters.compile(SOURCE, expression).test(row);
  }

  private static Row row(
      int district, String malgrupp, Boolean samtycke, Long dygn, BigDecimal belopp) {
    return new Row(
        district,
        LocalDate.of(2014, 5, 3),
        42L,
        true,
        new Object[] {district, null, LocalDate.of(2014, 5, 3), malgrupp, samtycke, dygn, belopp});
  }

  private static Column col(String name, ColumnType type) {
    return new Column(name, type, List.of(name), Optional.empty(), true);
  }
}
