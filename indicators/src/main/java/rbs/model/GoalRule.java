package rbs.model;

/**
 * How a goal's fulfilment follows from its indicators' fulfilment. Indicators that are not
 * assessable are left out; a goal none of whose indicators is assessable is not assessable.
 */
public enum GoalRule {
  /**
   * Met when every assessable indicator is met; not met when none is met or partly met; else
   * partly.
   */
  ALL("all"),
  /** Met when more than half are met; not met when none is met or partly met; else partly. */
  MAJORITY("majority"),
  /** Met when at least one is met; partly when at least one is partly met; else not met. */
  ANY("any");

  private final String key;

  GoalRule(String key) {
    this.key = key;
  }

  /** The word used in the programme file. */
  public String key() {
    return key;
  }
}
