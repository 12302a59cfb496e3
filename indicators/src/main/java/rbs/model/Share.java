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
  public String kindName() {
    return "share";
  }
}
