package rbs.samples.attack;

import java.util.Objects;

/** One number of a cell: the unknowns and knowns of the attack. */
record Item(Cell cell, Quantity quantity) implements Comparable<Item> {

  Item {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(quantity, "quantity");
  }

  @Override
  public int compareTo(Item o) {
    int c = cell.compareTo(o.cell);
    return c != 0 ? c : quantity.compareTo(o.quantity);
  }

  @Override
  public String toString() {
    return quantity == Quantity.VALUE
        ? cell.toString()
        : cell + " " + quantity.name().toLowerCase(java.util.Locale.ROOT);
  }
}
