package rbs.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A share in percent: 100 × Σnumerator / Σdenominator, recomputed from the records at every level.
 */
public record Share(Aggregate numerator, Aggregate denominator) implements Measure {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Share {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
  }

  @Override
  public MeasureKind kind() {
    return MeasureKind.SHARE;
  }

  @Override
  public List<Aggregate> aggregates() {
    return List.of(numerator, denominator);
  }

  @Override
  public Share in(Slice slice) {
    return new Share(numerator.in(slice), denominator.in(slice));
  }

  @Override
  public Figures figures(AggregateValues values, Period period) {
    return Figures.ratio(
        values.value(numerator, period), values.value(denominator, period), HUNDRED);
  }

  @Override
  public boolean countsPeople() {
    return numerator.isCount() || denominator.isCount();
  }

  @Override
  public int quantityCount() {
    return 2;
  }

  @Override
  public long[] quantities(Outcome outcome) {
    return new long[] {Measure.count(outcome.numerator()), Measure.count(outcome.denominator())};
  }

  @Override
  public List<long[]> smallCounts(Outcome outcome, int threshold) {
    if (!countsPeople()) {
      return List.of();
    }
    long num = Measure.count(outcome.numerator());
    long den = Measure.count(outcome.denominator());
    List<long[]> small = new ArrayList<>();
    if (Measure.small(num, threshold)) {
      small.add(new long[] {1, 0});
    }
    if (Measure.small(den, threshold)) {
      small.add(new long[] {0, 1});
    }
    if (Measure.small(den - num, threshold)) {
      small.add(new long[] {-1, 1});
    }
    return small;
  }

  @Override
  public String figure(Outcome outcome) {
    return Measure.plain(outcome.numerator()) + "/" + Measure.plain(outcome.denominator());
  }
}
