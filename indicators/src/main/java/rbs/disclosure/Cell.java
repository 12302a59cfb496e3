package rbs.disclosure;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import rbs.model.Unit;

/**
 * One number of a table as a reader sees it: a unit and a span of months of one indicator, with its
 * quantities (the count; for a share its numerator and denominator), whether its true value is
 * known to this run, and whether it may be withheld at all.
 */
final class Cell {

  /** What an earlier publication did with this cell. */
  enum Earlier {
    NONE,
    SHOWN,
    WITHHELD
  }

  final Unit unit;

  /** The breakdown category ({@code kon=kvinna}), or "" for the indicator's own number. */
  final String slice;

  final YearMonth from;
  final YearMonth to;

  /** The quantities: computed now, or as an earlier publication showed them. */
  final long[] values;

  /** Whether this run computed the cell (its true value is known). */
  final boolean current;

  /**
   * Whether this publication shows the cell's level. A cell of an unpublished level is withheld by
   * definition, yet it is in the table when a reader can still work it out by subtraction (a
   * district's tertial 2 is its year to date in August minus its year to date in April): if small,
   * it is protected like any other.
   */
  final boolean published;

  final Earlier earlier;

  /** Shown as "-" (no data): a reader knows it adds nothing to any total. */
  final boolean missing;

  /** The quantities (or combinations of them) whose range must be protected; empty if none. */
  final List<long[]> protect;

  Cell(
      Unit unit,
      String slice,
      YearMonth from,
      YearMonth to,
      long[] values,
      boolean current,
      boolean published,
      Earlier earlier,
      boolean missing,
      List<long[]> protect) {
    this.unit = Objects.requireNonNull(unit);
    this.slice = Objects.requireNonNull(slice);
    this.from = Objects.requireNonNull(from);
    this.to = Objects.requireNonNull(to);
    this.values = values.clone();
    this.current = current;
    this.published = published;
    this.earlier = Objects.requireNonNull(earlier);
    this.missing = missing;
    this.protect = List.copyOf(protect);
  }

  /** A small count: withheld for itself, and protected. */
  boolean primary() {
    return !protect.isEmpty();
  }

  /**
   * Withheld whatever else happens: its level is not published, or an earlier publication withheld
   * it (showing it now would make the two publications together tell what each alone hides).
   */
  boolean sticky() {
    return (!published && earlier != Earlier.SHOWN) || earlier == Earlier.WITHHELD;
  }

  /**
   * Must stay visible: a reader already knows it (an earlier publication showed it, or it is "-"),
   * so withholding it now protects nothing. A small count shown earlier is withheld anyway.
   */
  boolean fixed() {
    return !primary() && !sticky() && (missing || earlier == Earlier.SHOWN || !current);
  }

  boolean isMonth() {
    return from.equals(to);
  }

  int months() {
    return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
  }

  /** The count that stands for the cell's size: a share's denominator, otherwise the count. */
  long size() {
    return values[values.length - 1];
  }

  /**
   * What withholding this cell costs readers: smaller numbers first, a breakdown's category before
   * the indicator's own number, a district or group of districts before the municipality, and a
   * municipality figure above the month level (a headline) only when nothing else will do.
   */
  double cost() {
    double base = 1 + size();
    if (!slice.isEmpty()) {
      return unit.isWhole() ? base : base / 2;
    }
    if (!unit.isWhole()) {
      return base;
    }
    return isMonth() ? 4 * base : 1e6 * base;
  }

  @Override
  public String toString() {
    return unit.name() + (slice.isEmpty() ? "" : " " + slice) + " " + from + ".." + to;
  }
}
