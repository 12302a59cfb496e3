package rbs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasureTest {

  private static final Aggregate PERSONS =
      new Aggregate(MeasureKind.PERSONS, "s", Optional.empty(), Optional.of("trygg"));
  private static final Aggregate RECORDS =
      new Aggregate(MeasureKind.COUNT, "s", Optional.empty(), Optional.empty());
  private static final Share SHARE = new Share(PERSONS, RECORDS);
  private static final Rate RATE = new Rate(RECORDS, "befolkning", "antal", 1000);
  private static final Unit WHOLE = new Unit.Municipality("Staden");
  private static final Period MAY = Period.month(2014, 5);

  @Test
  void eachMeasureSaysItsKindInTheProgrammesWord() {
    assertThat(List.of(PERSONS, RECORDS, SHARE, RATE))
        .extracting(m -> m.kind().key())
        .containsExactly("persons", "count", "share", "rate");
    assertThat(MeasureKind.ofKey("sum")).contains(MeasureKind.SUM);
    assertThat(MeasureKind.ofKey("Sum")).isEmpty();
    assertThat(List.of(PERSONS, SHARE, RATE))
        .extracting(Measure::isVolume)
        .containsExactly(true, false, false);
  }

  @Test
  void anAggregateIsACountOrASumNeverARatio() {
    assertThatThrownBy(
            () -> new Aggregate(MeasureKind.SHARE, "s", Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRateIsComputedFromItsNumeratorAndTheYearsPopulation() {
    assertThat(RATE.aggregates())
        .containsExactly(
            RECORDS,
            new Aggregate(MeasureKind.SUM, "befolkning", Optional.of("antal"), Optional.empty()));

    Figures f =
        RATE.figures(
            (aggregate, period) ->
                aggregate.equals(RECORDS) && period.equals(MAY)
                    ? BigDecimal.valueOf(3)
                    : aggregate.kind() == MeasureKind.SUM && period.equals(Period.year(2014))
                        ? BigDecimal.valueOf(8000)
                        : BigDecimal.ONE.negate(),
            MAY);

    assertThat(f.value()).contains(new BigDecimal("0.375"));
    assertThat(f.numerator()).contains(BigDecimal.valueOf(3));
    assertThat(f.denominator()).contains(BigDecimal.valueOf(8000));
  }

  @Test
  void aShareOfNobodyHasNoValueButKeepsItsCounts() {
    Figures f = SHARE.figures((aggregate, period) -> BigDecimal.ZERO, MAY);

    assertThat(f.value()).isEmpty();
    assertThat(f.numerator()).contains(BigDecimal.ZERO);
    assertThat(f.denominator()).contains(BigDecimal.ZERO);
  }

  @Test
  void aShareProtectsASmallComplementAsWellAsASmallNumerator() {
    // 18 of 20 feel safe: the 2 who do not are a small count
    Outcome most = share(18, 20);
    // 2 of 20: the numerator is small
    Outcome few = share(2, 20);

    assertThat(SHARE.smallCounts(most, 5)).extracting(Arrays::toString).containsExactly("[-1, 1]");
    assertThat(SHARE.smallCounts(few, 5)).extracting(Arrays::toString).containsExactly("[1, 0]");
    assertThat(SHARE.isSmall(share(10, 20), 5)).isFalse();
    assertThat(SHARE.quantities(most)).containsExactly(18, 20);
    assertThat(SHARE.figure(most)).isEqualTo("18/20");
  }

  @Test
  void sumsAreNotPeopleAndAddUpExactlyDistinctPersonsDoNot() {
    Aggregate nights = new Aggregate(MeasureKind.SUM, "s", Optional.of("dygn"), Optional.empty());
    Outcome three = count(3);

    assertThat(nights.countsPeople()).isFalse();
    assertThat(nights.smallCounts(three, 5)).isEmpty();
    assertThat(RECORDS.smallCounts(three, 5)).hasSize(1);
    assertThat(nights.addsUpExactly()).isTrue();
    assertThat(RECORDS.addsUpExactly()).isTrue();
    assertThat(PERSONS.addsUpExactly()).isFalse();
    assertThat(SHARE.addsUpExactly()).isFalse();
    assertThat(RATE.addsUpExactly()).isTrue();
  }

  private static Outcome share(long numerator, long denominator) {
    return new Outcome(
        "i",
        WHOLE,
        MAY,
        Optional.of(BigDecimal.valueOf(100 * numerator / denominator)),
        Optional.of(BigDecimal.valueOf(numerator)),
        Optional.of(BigDecimal.valueOf(denominator)),
        Optional.empty(),
        Status.NOT_ASSESSABLE,
        Trend.NOT_COMPARABLE,
        Flag.NONE,
        false);
  }

  private static Outcome count(long value) {
    return new Outcome(
        "i",
        WHOLE,
        MAY,
        Optional.of(BigDecimal.valueOf(value)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Status.NOT_ASSESSABLE,
        Trend.NOT_COMPARABLE,
        Flag.NONE,
        false);
  }
}
