package rbs.model;

import java.util.Objects;

/**
 * A share in percent: 100 × Σnumerator / Σdenominator, recomputed from the records at every level.
 */
public record Share(Aggregate numerator, Aggregate denominator) implements Measure {

  public Share {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
  }

  @Override
  public boolean isSmall(Outcome outcome, int threshold) {
    if (!countsPeople()) {
      return false;
    }
    long num = Measure.count(outcome.numerator());
    long den = Measure.count(outcome.denominator());
    return Measure.small(num, threshold)
        || Measure.small(den, threshold)
        || Measure.small(den - num, threshold);
  }

  @Override
  public boolean countsPeople() {
    return numerator.isCount() || denominator.isCount();
  }

  @Override
  public String kindName() {
    return "share";
  }
}
