package rbs.model;

import java.util.List;
import java.util.Optional;

/**
 * The comments the units returned for a report period, in unit order (the districts as declared,
 * then the municipality) and, per unit, in the programme's order of goals and indicators.
 */
public record Comments(List<Comment> all) {

  public Comments {
    all = List.copyOf(all);
  }

  /** No comments: a programme without a comments folder, or none returned yet. */
  public static Comments none() {
    return new Comments(List.of());
  }

  /** The unit's comment on a goal or indicator, if it wrote one. */
  public Optional<Comment> of(Unit unit, String itemId) {
    return all.stream().filter(c -> c.unit().equals(unit) && c.itemId().equals(itemId)).findFirst();
  }

  /** Every unit's comment on a goal or indicator, in unit order. */
  public List<Comment> about(String itemId) {
    return all.stream().filter(c -> c.itemId().equals(itemId)).toList();
  }

  public boolean isEmpty() {
    return all.isEmpty();
  }
}
