package rbs.model;

/** What an indicator measures: a single aggregate, a share of two, or a rate per population. */
public sealed interface Measure permits Aggregate, Share, Rate {

  /** The indicator kind as written in the programme file: count, persons, sum, share or rate. */
  String kindName();

  /**
   * Whether the measure counts people or records, so that published reports withhold its small
   * values; a sum of a numeric column (nights, kronor) is not a count of people.
   */
  boolean countsPeople();

  /**
   * Whether a published report must withhold this outcome as a small count of people: a count from
   * 1 to threshold − 1; for a share also a numerator or a complement (denominator − numerator, the
   * people who answered "no") that small; for a rate a numerator that small. Zero is not small.
   * Always false for measures that do not count people.
   */
  boolean isSmall(Outcome outcome, int threshold);

  /** A whole count from an outcome's number (0 when there is none). */
  static long count(java.util.Optional<java.math.BigDecimal> value) {
    return value.map(v -> v.setScale(0, java.math.RoundingMode.HALF_UP).longValue()).orElse(0L);
  }

  /** Whether a count lies from 1 to threshold − 1. */
  static boolean small(long count, int threshold) {
    return count >= 1 && count < threshold;
  }
}
