package rbs.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What an indicator measures: a single aggregate, a share of two, or a rate per population. Each
 * measure knows its kind, the aggregates it is computed from, how its value follows from theirs,
 * and which of its numbers a published report must protect, so no code elsewhere asks which measure
 * it has.
 */
public sealed interface Measure permits Aggregate, Share, Rate {

  /** The values an engine computed, by aggregate and period (for one unit). */
  @FunctionalInterface
  interface AggregateValues {
    BigDecimal value(Aggregate aggregate, Period period);
  }

  /** The indicator kind, as written in the programme file. */
  MeasureKind kind();

  /**
   * Every aggregate the measure is computed from, in order: the aggregate itself; a share's
   * numerator and denominator; a rate's numerator and population.
   */
  List<Aggregate> aggregates();

  /** The outcome's numbers for a period, from its aggregates' values. */
  Figures figures(AggregateValues values, Period period);

  /**
   * The same measure over the records of one category of a breakdown only: every aggregate
   * restricted to the slice.
   *
   * @throws UnsupportedOperationException when the measure cannot be broken down ({@link
   *     #canBreakDown()})
   */
  Measure in(Slice slice);

  /** Whether it can be broken down by a column of its records (not a rate per inhabitants). */
  default boolean canBreakDown() {
    return true;
  }

  /** Whether the value is a volume (a count or a sum), not a ratio; see {@link MeasureKind}. */
  default boolean isVolume() {
    return kind().isVolume();
  }

  /**
   * Whether the measure counts people or records, so that published reports withhold its small
   * values; a sum of a numeric column (nights, kronor) is not a count of people.
   */
  boolean countsPeople();

  /**
   * Whether sums of its numbers over months and districts hold exactly: counts of records and sums
   * do, distinct persons do not (a person in two months counts once in the tertial).
   */
  default boolean addsUpExactly() {
    return aggregates().stream().noneMatch(a -> a.kind() == MeasureKind.PERSONS);
  }

  /**
   * How many numbers of an outcome a reader can add up over months and districts: two for a share
   * (numerator and denominator), one otherwise.
   */
  int quantityCount();

  /**
   * The numbers of an outcome that sums run over, {@link #quantityCount()} of them, as whole
   * counts: a share's numerator and denominator, a rate's numerator, otherwise the value.
   */
  long[] quantities(Outcome outcome);

  /**
   * The small counts of people in an outcome, each as coefficients over {@link #quantities}: a
   * count from 1 to threshold − 1; for a share also its numerator, denominator or complement
   * (denominator − numerator, the people who answered "no") that small; for a rate its numerator.
   * Zero is not small. Empty for measures that do not count people.
   */
  List<long[]> smallCounts(Outcome outcome, int threshold);

  /** Whether a published report must withhold this outcome as a small count of people. */
  default boolean isSmall(Outcome outcome, int threshold) {
    return !smallCounts(outcome, threshold).isEmpty();
  }

  /** The outcome's numbers in one short text: a share's numerator/denominator, else the value. */
  String figure(Outcome outcome);

  /** A whole count from an outcome's number (0 when there is none). */
  static long count(Optional<BigDecimal> value) {
    return value.map(v -> v.setScale(0, RoundingMode.HALF_UP).longValue()).orElse(0L);
  }

  /** Whether a count lies from 1 to threshold − 1. */
  static boolean small(long count, int threshold) {
    return count >= 1 && count < threshold;
  }

  /** A number as plain text ("" when there is none). */
  static String plain(Optional<BigDecimal> number) {
    return number.map(BigDecimal::toPlainString).orElse("");
  }
}
