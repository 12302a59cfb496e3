package rbs.model;

/** The change against the same period last year, judged with the indicator's polarity. */
public enum Trend {
  BETTER("better"),
  UNCHANGED("unchanged"),
  WORSE("worse"),
  /** Higher than last year, for a neutral indicator (neither better nor worse). */
  HIGHER("higher"),
  /** Lower than last year, for a neutral indicator (neither better nor worse). */
  LOWER("lower"),
  /**
   * No outcome this year or last, a value withheld, or the definition changed between the years.
   */
  NOT_COMPARABLE("not_comparable");

  private final String key;

  Trend(String key) {
    this.key = key;
  }

  /** The word used in results.csv. */
  public String key() {
    return key;
  }
}
