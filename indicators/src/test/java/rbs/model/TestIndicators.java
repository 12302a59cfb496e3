package rbs.model;

import java.util.List;

/** Indicators for tests, made from others. */
public final class TestIndicators {

  private TestIndicators() {}

  /** The same indicator broken down by these breakdowns (a programme reads them from its file). */
  public static Indicator brokenDown(Indicator i, List<Breakdown> breakdowns) {
    return new Indicator(
        i.id(),
        i.name(),
        i.description(),
        i.measure(),
        i.unit(),
        i.decimals(),
        i.polarity(),
        i.tolerance(),
        i.prorate(),
        i.targets(),
        i.comparableFrom(),
        i.notes(),
        breakdowns);
  }
}
