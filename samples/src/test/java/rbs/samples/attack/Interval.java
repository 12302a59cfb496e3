package rbs.samples.attack;

import java.util.Locale;

/**
 * The values a withheld number can take: lo..hi, hi infinite when nothing bounds it. An exact range
 * is the least and greatest value; an inner one is spanned by values known reachable, and the true
 * range may reach farther (enough to call a count safe, not to measure it).
 */
record Interval(double lo, double hi, boolean exact) {

  Interval {
    if (Double.isNaN(lo) || Double.isNaN(hi) || hi < lo - 1e-6 || lo == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("no interval: " + lo + ".." + hi);
    }
  }

  Interval(double lo, double hi) {
    this(lo, hi, true);
  }

  /** A range the true one holds. */
  static Interval inner(double lo, double hi) {
    return new Interval(lo, hi, false);
  }

  double width() {
    return hi - lo;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s..%s%s", fmt(lo), fmt(hi), exact ? "" : " or wider");
  }

  private static String fmt(double v) {
    if (Double.isInfinite(v)) {
      return "∞";
    }
    double r = Math.rint(v);
    return Math.abs(v - r) < 1e-3 ? Long.toString((long) r) : String.format(Locale.ROOT, "%.2f", v);
  }
}
