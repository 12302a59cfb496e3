package rbs.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A rate per {@code per} inhabitants: numerator / population × per. The population is the sum of
 * {@code populationColumn} over the rows of {@code populationSource} for the district (or the whole
 * municipality) and the year of the period.
 */
public record Rate(Aggregate numerator, String populationSource, String populationColumn, int per)
    implements Measure {

  public Rate {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(populationSource, "populationSource");
    Objects.requireNonNull(populationColumn, "populationColumn");
    if (per <= 0) {
      throw new IllegalArgumentException("per must be positive");
    }
  }

  /** The aggregate the population is: the sum of its column over all rows of its source. */
  public Aggregate population() {
    return Aggregate.sum(populationSource, populationColumn);
  }

  /**
   * Not possible: the population is not known by category (a programme may not break a rate down;
   * the programme reader refuses it).
   */
  @Override
  public Measure in(Slice slice) {
    throw new UnsupportedOperationException("a rate per inhabitants has no breakdown");
  }

  @Override
  public boolean canBreakDown() {
    return false;
  }

  @Override
  public MeasureKind kind() {
    return MeasureKind.RATE;
  }

  @Override
  public List<Aggregate> aggregates() {
    return List.of(numerator, population());
  }

  /**
   * The population is that of the whole year the period starts in (for a rolling twelve months, the
   * earlier year: the latest one wholly known at its end).
   */
  @Override
  public Figures figures(AggregateValues values, Period period) {
    return Figures.ratio(
        values.value(numerator, period),
        values.value(population(), Period.year(period.from().getYear())),
        BigDecimal.valueOf(per));
  }

  @Override
  public boolean countsPeople() {
    return numerator.isCount();
  }

  @Override
  public int quantityCount() {
    return 1;
  }

  @Override
  public long[] quantities(Outcome outcome) {
    return new long[] {Measure.count(outcome.numerator())};
  }

  @Override
  public List<long[]> smallCounts(Outcome outcome, int threshold) {
    return countsPeople() && Measure.small(Measure.count(outcome.numerator()), threshold)
        ? List.<long[]>of(new long[] {1})
        : List.of();
  }

  @Override
  public String figure(Outcome outcome) {
    return Measure.plain(outcome.value());
  }
}
