package rbs.model;

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

  @Override
  public boolean isSmall(Outcome outcome, int threshold) {
    return countsPeople() && Measure.small(Measure.count(outcome.numerator()), threshold);
  }

  @Override
  public boolean countsPeople() {
    return numerator.isCount();
  }

  @Override
  public String kindName() {
    return "rate";
  }
}
