package rbs.samples.attack;

/** Which number of a cell: a count's value, or a share's numerator or denominator. */
enum Quantity {
  VALUE,
  NUMERATOR,
  DENOMINATOR
}
