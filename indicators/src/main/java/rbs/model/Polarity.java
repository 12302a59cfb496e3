package rbs.model;

/**
 * Whether a higher or a lower outcome is better, or neither; decides fulfilment and what a trend
 * arrow means.
 */
public enum Polarity {
  HIGHER_IS_BETTER("higher"),
  LOWER_IS_BETTER("lower"),
  /**
   * Neither is better: an outcome set against a budget or a plan, where spending less than the
   * budget is no failure and spending it all no success. The outcome is compared with its target
   * ({@link Status#NOT_JUDGED}) and its change is higher or lower, never better or worse.
   */
  NEUTRAL("neutral");

  private final String key;

  Polarity(String key) {
    this.key = key;
  }

  /** The word used in the programme file. */
  public String key() {
    return key;
  }
}
