package rbs.model;

/**
 * Whether a higher or a lower outcome is better; decides fulfilment and what a trend arrow means.
 */
public enum Polarity {
  HIGHER_IS_BETTER("higher"),
  LOWER_IS_BETTER("lower");

  private final String key;

  Polarity(String key) {
    this.key = key;
  }

  /** The word used in the programme file. */
  public String key() {
    return key;
  }
}
