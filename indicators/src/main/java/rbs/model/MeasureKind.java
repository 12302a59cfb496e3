package rbs.model;

import java.util.Optional;

/**
 * The kinds of indicator a programme declares (its {@code kind:} key): the one place their words
 * are spelled. Each {@link Measure} says its kind.
 */
public enum MeasureKind {
  /** A number of records. */
  COUNT("count"),
  /** A number of distinct persons. */
  PERSONS("persons"),
  /** The sum of a numeric column. */
  SUM("sum"),
  /** A share in percent of two aggregates. */
  SHARE("share"),
  /** A number per population. */
  RATE("rate");

  private final String key;

  MeasureKind(String key) {
    this.key = key;
  }

  /** The word used in the programme file (and in the labels' {@code kind.} keys). */
  public String key() {
    return key;
  }

  /** The kind a word of the programme file names (exactly as written), if any. */
  public static Optional<MeasureKind> ofKey(String word) {
    for (MeasureKind k : values()) {
      if (k.key.equals(word)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the value itself is a volume (a count or a sum, adding up over months and districts),
   * not a ratio: volumes get pro-rated city-wide targets and a full-year forecast, ratios one
   * decimal by default.
   */
  public boolean isVolume() {
    return this == COUNT || this == PERSONS || this == SUM;
  }
}
