package rbs.model;

import java.util.Objects;

/**
 * One category of a breakdown: the part of an indicator's records whose breakdown column falls into
 * it (the women, the 18–24-year-olds).
 *
 * @param category the index into the breakdown's categories
 */
public record Slice(Breakdown breakdown, int category) {

  public Slice {
    Objects.requireNonNull(breakdown, "breakdown");
    if (category < 0 || category >= breakdown.categories().size()) {
      throw new IllegalArgumentException("no category " + category + " in " + breakdown.id());
    }
  }

  // written out, as on Period (why there)
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Slice s && category == s.category && breakdown.equals(s.breakdown));
  }

  @Override
  public int hashCode() {
    return 31 * breakdown.hashCode() + category;
  }

  public Breakdown.Category of() {
    return breakdown.categories().get(category);
  }

  /** The category's code, as results.csv writes it. */
  public String code() {
    return of().code();
  }

  public String label() {
    return of().label();
  }

  /** Breakdown and category in one text, {@code kon=kvinna}: unique within an indicator. */
  public String key() {
    return breakdown.id() + "=" + code();
  }

  /** Whether this is the breakdown's category of unknown values. */
  public boolean isUnknown() {
    return of() instanceof Breakdown.Category.Unknown;
  }
}
