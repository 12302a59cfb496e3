package rbs.model;

/**
 * The type of a source column; values are parsed to it when read, and filters are checked against
 * it.
 */
public enum ColumnType {
  /** Free text (trimmed). Java type String; CEL type string. */
  TEXT("text"),
  /** Whole number. Java type Long; CEL type int. */
  INTEGER("integer"),
  /** Decimal number, comma or point. Java type BigDecimal; CEL type double. */
  DECIMAL("decimal"),
  /** Calendar date. Java type LocalDate; CEL type timestamp (midnight UTC). */
  DATE("date"),
  /** Ja/Nej, J/N, Sant/Falskt, true/false, 1/0. Java type Boolean; CEL type bool. */
  BOOLEAN("boolean"),
  /** Swedish district name, mapped through the programme's aliases. Java type Integer (index). */
  DISTRICT("district"),
  /** Personnummer or samordningsnummer: validated, then replaced by a keyed pseudonym (Long). */
  PERSON_ID("person_id");

  private final String key;

  ColumnType(String key) {
    this.key = key;
  }

  /** The word used in the programme file. */
  public String key() {
    return key;
  }

  /** Whether a filter may refer to a column of this type (identifiers and districts may not). */
  public boolean filterable() {
    return this != PERSON_ID && this != DISTRICT;
  }
}
