package rbs.samples.attack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How far the parts of a relation may add up beyond its whole, as a reader learns it from the
 * publications. Counts of records add up exactly; distinct persons add up to more than the whole (a
 * woman supported in March and in June is one woman in the year to date). Taking every relation as
 * exact would pin withheld months to 0 whenever the shown months already add up to more than their
 * tertial, and "prove" wrong values.
 *
 * <p>A family is indicator × quantity × relation kind × length of the whole and of the parts; the
 * excess of a relation is (Σ parts − whole) / whole. Per family, in this order:
 *
 * <ol>
 *   <li>if some relation of the family is shown in full (whole at least the threshold, or else any
 *       positive whole), the band is [min(0, least), max(0, greatest)] of their excesses — unless a
 *       partly shown relation already exceeds that greatest excess with its shown parts alone, when
 *       the band is the sound one (below);
 *   <li>if none is shown in full but a partly shown one exceeds its whole with its shown parts
 *       alone, the sound band [0, parts − 1]: the whole is at most the sum of its parts and at
 *       least each part, which holds for any count;
 *   <li>if the family gives no evidence, the indicator × quantity × kind is asked the same way;
 *   <li>otherwise the relation is exact.
 * </ol>
 */
final class Calibration {

  /** A band of excess: (Σ parts − whole) / whole lies in [least, greatest]. */
  record Overlap(double least, double greatest) {
    static final Overlap EXACT = new Overlap(0, 0);

    Overlap {
      if (least > 0 || greatest < 0) {
        throw new IllegalArgumentException("a band must hold 0: " + least + ".." + greatest);
      }
    }

    /** The band that holds for any count: each part at most the whole, the whole at most Σ. */
    static Overlap sound(Relation r) {
      return new Overlap(0, r.parts().size() - 1.0);
    }

    Overlap with(double excess) {
      return new Overlap(Math.min(least, excess), Math.max(greatest, excess));
    }
  }

  private record Family(
      String indicator, Quantity quantity, Relation.Kind kind, int whole, int part) {}

  private record Kin(String indicator, Quantity quantity, Relation.Kind kind) {}

  /** What the relations of one family show. */
  private static final class Evidence {
    Overlap large;
    Overlap any;
    double partial;

    void full(double excess, boolean isLarge) {
      if (isLarge) {
        large = (large == null ? Overlap.EXACT : large).with(excess);
      }
      any = (any == null ? Overlap.EXACT : any).with(excess);
    }
  }

  private final boolean exact;
  private final int threshold;
  private final Map<Object, Evidence> evidence = new HashMap<>();

  private Calibration(boolean exact, int threshold) {
    this.exact = exact;
    this.threshold = threshold;
  }

  /** Every relation holds exactly: whole = Σ parts. */
  static Calibration exact() {
    return new Calibration(true, 0);
  }

  /** Bands learnt from the relations as the publications show them. */
  static Calibration learn(Knowledge k, List<Relation> relations, int threshold) {
    Calibration c = new Calibration(false, threshold);
    relations.forEach(r -> c.read(k, r));
    return c;
  }

  private void read(Knowledge k, Relation r) {
    OptionalDouble whole = k.value(r.whole());
    if (whole.isEmpty() || whole.getAsDouble() <= 0) {
      return;
    }
    double w = whole.getAsDouble();
    double shown = 0;
    boolean full = true;
    for (Item p : r.parts()) {
      OptionalDouble v = k.value(p);
      full &= v.isPresent();
      shown += v.orElse(0);
    }
    double excess = (shown - w) / w;
    for (Object key : List.of(family(r), kin(r))) {
      Evidence e = evidence.computeIfAbsent(key, x -> new Evidence());
      if (full) {
        e.full(excess, w >= threshold);
      } else {
        e.partial = Math.max(e.partial, excess);
      }
    }
  }

  /** The band of excess a relation may take. */
  Overlap overlap(Relation r) {
    if (exact) {
      return Overlap.EXACT;
    }
    for (Object key : List.of(family(r), kin(r))) {
      Evidence e = evidence.get(key);
      if (e == null) {
        continue;
      }
      Overlap full = e.large != null ? e.large : e.any;
      if (full == null) {
        if (e.partial > 0) {
          return Overlap.sound(r);
        }
        continue;
      }
      return e.partial > 0 && e.partial >= full.greatest() ? Overlap.sound(r) : full;
    }
    return Overlap.EXACT;
  }

  private static Family family(Relation r) {
    return new Family(
        r.whole().cell().indicator(),
        r.whole().quantity(),
        r.kind(),
        r.whole().cell().span().length(),
        r.parts().get(0).cell().span().length());
  }

  private static Kin kin(Relation r) {
    return new Kin(r.whole().cell().indicator(), r.whole().quantity(), r.kind());
  }
}
