package rbs.samples.attack;

import java.util.List;
import java.util.Objects;

/**
 * whole = Σ parts, as a reader knows it: exact for counts of records, approximate for distinct
 * persons (a person in two months or two districts counts once in the whole).
 */
record Relation(Item whole, List<Item> parts, Kind kind) {

  /** Which relation of the list in {@link PublicationAttacker}. */
  enum Kind {
    /** A period is the sum of the shorter periods that tile it (months, tertials). */
    PERIODS,
    /** The municipality is the sum of its districts. */
    DISTRICTS,
    /** An indicator's number is the sum of its breakdown's categories (by sex, by age band). */
    CATEGORIES
  }

  Relation {
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(kind, "kind");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a relation needs parts");
    }
  }

  @Override
  public String toString() {
    return whole + " = " + parts.size() + " " + kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
