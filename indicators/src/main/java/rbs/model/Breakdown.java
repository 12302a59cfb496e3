package rbs.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A breakdown of indicators by one column of their sources (sex, age band, …): the categories a
 * value falls into, in the order the programme declares them, and a last category for rows whose
 * value is empty or in none of them, so that the categories always add up to the whole.
 *
 * @param id how indicators name it ({@code breakdown: [kon]}), and its key in results.csv
 * @param label the heading of its tables
 * @param column the source column (declared or derived, e.g. {@code kon}) whose value decides the
 *     category; every source of an indicator broken down by it must have it
 * @param categories the declared categories followed by {@link Category.Unknown}
 */
public record Breakdown(String id, String label, String column, List<Category> categories) {

  public Breakdown {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(column, "column");
    categories = List.copyOf(categories);
    if (categories.size() < 2
        || !(categories.get(categories.size() - 1) instanceof Category.Unknown)) {
      throw new IllegalArgumentException(
          "a breakdown has at least one category and ends with the unknown one");
    }
    Set<String> codes = new HashSet<>();
    for (Category c : categories) {
      if (!codes.add(c.code())) {
        throw new IllegalArgumentException("category '" + c.code() + "' twice in " + id);
      }
    }
  }

  // written out, as on Period (why there): the slices of one breakdown share it, so the usual
  // comparison is of the same object; the id stands for it in the hash
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Breakdown b
            && id.equals(b.id)
            && label.equals(b.label)
            && column.equals(b.column)
            && categories.equals(b.categories));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * A breakdown of the declared categories with the unknown category (code {@value
   * Category#UNKNOWN}) labelled {@code unknownLabel} added last.
   */
  public static Breakdown of(
      String id, String label, String column, List<Category> declared, String unknownLabel) {
    List<Category> all = new ArrayList<>(declared);
    all.add(new Category.Unknown(unknownLabel));
    return new Breakdown(id, label, column, all);
  }

  /**
   * The index of the category a row's value falls into: the first declared category that takes it,
   * else the unknown one (the value is empty or matches none).
   *
   * @param value the row's typed value (String, Long, …), empty when the cell is empty
   */
  public int categoryOf(Optional<Object> value) {
    if (value.isPresent()) {
      for (int c = 0; c < categories.size() - 1; c++) {
        if (categories.get(c).takes(value.get())) {
          return c;
        }
      }
    }
    return categories.size() - 1;
  }

  /** Every slice of this breakdown, one per category in order. */
  public List<Slice> slices() {
    List<Slice> slices = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      slices.add(new Slice(this, c));
    }
    return List.copyOf(slices);
  }

  /** A category of a breakdown: the values it takes, its code in results.csv and its label. */
  public sealed interface Category {

    /** The code of the category of values that are empty or in no declared category. */
    String UNKNOWN = "okand";

    /** Its key in results.csv: the value, the band as written ("18-24", "65+"), or "okand". */
    String code();

    /** How tables and charts name it. */
    String label();

    /** Whether a (non-empty) value falls into it. */
    boolean takes(Object value);

    /** Rows whose value is this text (ignoring case), e.g. {@code kvinna}. */
    record Value(String value, String label) implements Category {
      public Value {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (value.isBlank()) {
          throw new IllegalArgumentException("a category value may not be blank");
        }
      }

      @Override
      public String code() {
        return value;
      }

      @Override
      public boolean takes(Object v) {
        return v.toString().trim().equalsIgnoreCase(value);
      }
    }

    /**
     * Rows whose whole number lies from {@code from} to {@code to} (both included), or from {@code
     * from} up when there is no upper end ("65+").
     */
    record Band(long from, Optional<Long> to, String label) implements Category {
      public Band {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        if (to.isPresent() && to.get() < from) {
          throw new IllegalArgumentException("a band ends before it begins: " + from + "-" + to);
        }
      }

      @Override
      public String code() {
        return to.map(t -> from + "-" + t).orElse(from + "+");
      }

      @Override
      public boolean takes(Object v) {
        if (!(v instanceof Number n)) {
          return false;
        }
        long x = n.longValue();
        return x >= from && to.map(t -> x <= t).orElse(true);
      }
    }

    /** Rows whose value is empty or in no declared category. */
    record Unknown(String label) implements Category {
      public Unknown {
        Objects.requireNonNull(label, "label");
      }

      @Override
      public String code() {
        return UNKNOWN;
      }

      @Override
      public boolean takes(Object v) {
        return false;
      }
    }
  }
}
