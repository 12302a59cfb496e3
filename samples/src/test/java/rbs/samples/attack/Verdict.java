package rbs.samples.attack;

/** What a reader can learn about a small count. */
enum Verdict {
  /** Shown outright: primary suppression missed it. */
  SHOWN,
  /** Withheld, but the relations leave it one value: hi − lo &lt; 0.5. */
  DETERMINED,
  /** Withheld, but confined to a range narrower than the threshold: hi − lo &lt; threshold. */
  BOXED,
  /** Withheld, and the range it can take is at least as wide as the threshold. */
  SAFE;

  /** The verdict for a withheld count that the relations confine to {@code range}. */
  static Verdict of(Interval range, int threshold) {
    if (range.width() < 0.5) {
      return DETERMINED;
    }
    return range.width() < threshold ? BOXED : SAFE;
  }

  boolean leaks() {
    return this != SAFE;
  }
}
