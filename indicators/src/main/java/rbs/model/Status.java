package rbs.model;

/** Fulfilment of a target or a goal. */
public enum Status {
  MET("met"),
  PARTLY("partly"),
  NOT_MET("not_met"),
  /** No outcome, no target, or the outcome is withheld. */
  NOT_ASSESSABLE("not_assessable");

  private final String key;

  Status(String key) {
    this.key = key;
  }

  /** The word used in results.csv. */
  public String key() {
    return key;
  }
}
