package rbs.samples.attack;

import java.util.Objects;

/**
 * A soft relation: lowest ≤ excess ≤ highest, to be met as closely as possible. For whole = Σ parts
 * the excess is Σ parts − whole, and the bounds are the overlap allowed (both 0: exact).
 */
record Band(LinearForm excess, LinearForm lowest, LinearForm highest) {

  Band {
    Objects.requireNonNull(excess, "excess");
    Objects.requireNonNull(lowest, "lowest");
    Objects.requireNonNull(highest, "highest");
  }

  static Band exact(LinearForm excess) {
    return new Band(excess, LinearForm.zero(), LinearForm.zero());
  }

  boolean isExact() {
    return lowest.isZero() && highest.isZero();
  }

  /** The form the least-squares estimate sets to 0: excess − the middle of the band. */
  LinearForm centred() {
    return excess.plus(lowest, -0.5).plus(highest, -0.5);
  }

  Band renumbered(java.util.Map<Integer, Integer> numbers) {
    return new Band(
        excess.renumbered(numbers), lowest.renumbered(numbers), highest.renumbered(numbers));
  }

  /** The variables the band involves. */
  java.util.SortedSet<Integer> variables() {
    java.util.SortedSet<Integer> v = new java.util.TreeSet<>(excess.coefficients().keySet());
    v.addAll(lowest.coefficients().keySet());
    v.addAll(highest.coefficients().keySet());
    return v;
  }
}
