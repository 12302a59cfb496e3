package rbs.model;

/** Fulfilment of a target or a goal. */
public enum Status {
  MET("met"),
  PARTLY("partly"),
  NOT_MET("not_met"),
  /** No outcome, no target, or the outcome is withheld. */
  NOT_ASSESSABLE("not_assessable"),
  /**
   * An outcome beside its target (a budget) that the programme does not judge: a neutral indicator.
   * Goals leave it out, as they do what cannot be assessed.
   */
  NOT_JUDGED("not_judged");

  private final String key;

  Status(String key) {
    this.key = key;
  }

  /** The word used in results.csv. */
  public String key() {
    return key;
  }
}
