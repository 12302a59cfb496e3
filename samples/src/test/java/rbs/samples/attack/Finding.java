package rbs.samples.attack;

import java.util.Locale;
import java.util.Objects;

/**
 * What the attack learnt about one small count: its true value (from the internal run), the range
 * the relations leave it, the least-squares estimate (rounded) and the verdict.
 */
record Finding(
    Cell cell, Count count, double truth, Interval range, double estimate, Verdict verdict) {

  Finding {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(verdict, "verdict");
  }

  /**
   * Whether an exact range holds the true value, give or take rounding (it may not: distinct
   * persons do not add up exactly). Always true for an inner range, which says nothing about it.
   */
  boolean truthInRange() {
    return !range.exact() || (truth >= range.lo() - 0.5 && truth <= range.hi() + 0.5);
  }

  @Override
  public String toString() {
    String what = count == Count.VALUE ? "" : " " + count;
    return String.format(
        Locale.ROOT,
        "%-10s %s%s: true %s, range %s, least squares %s",
        verdict,
        cell,
        what,
        (long) Math.rint(truth),
        range,
        Double.isNaN(estimate) ? "-" : Long.toString((long) estimate));
  }
}
