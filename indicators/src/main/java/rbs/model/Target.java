package rbs.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A target value for one year, optionally for one district only and optionally for one report
 * period (tertial 1, 2 or 3 = the year-to-date report at its end) only. The most specific matching
 * target wins: district+tertial, district, tertial, year.
 */
public record Target(
    int year, Optional<String> district, Optional<Integer> tertial, BigDecimal value) {

  public Target {
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(tertial, "tertial");
    Objects.requireNonNull(value, "value");
    tertial.ifPresent(
        t -> {
          if (t < 1 || t > 3) {
            throw new IllegalArgumentException("tertial must be 1, 2 or 3");
          }
        });
  }
}
