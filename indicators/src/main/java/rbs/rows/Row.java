package rbs.rows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One valid record of a source, passed from a reader to the computation: its district, its date,
 * the person's pseudonym (never the identifier itself), the typed values of the source's columns in
 * declaration order (String, Long, BigDecimal, LocalDate, Boolean; Integer district index; Long
 * pseudonym) followed by the columns derived from the person (sex String, age Long; see {@code
 * Source.rowColumns()}), and where it was read (for messages about it).
 */
public final class Row {

  /** District index of a row when the programme has no districts (the whole municipality). */
  public static final int NO_DISTRICT = -1;

  private final int district;
  private final LocalDate date;
  private final long person;
  private final boolean hasPerson;
  private final Object[] values;
  private final String file;
  private final long line;

  /**
   * A row whose origin is not a file (rows made in code).
   *
   * @param values typed values by column index; a {@code null} element is an empty cell (the array
   *     is owned by the row afterwards)
   */
  public Row(int district, LocalDate date, long person, boolean hasPerson, Object[] values) {
    this(district, date, person, hasPerson, values, "", 0);
  }

  /**
   * @param file the file as the user named it
   * @param line the row number the user sees in Excel or an editor
   */
  public Row(
      int district,
      LocalDate date,
      long person,
      boolean hasPerson,
      Object[] values,
      String file,
      long line) {
    this.district = district;
    this.date = Objects.requireNonNull(date, "date");
    this.person = person;
    this.hasPerson = hasPerson;
    this.values = Objects.requireNonNull(values, "values");
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
  }

  /** The file the row was read from, as the user named it ("" for rows made in code). */
  public String file() {
    return file;
  }

  /** Its row or line number in that file (0 when unknown). */
  public long line() {
    return line;
  }

  /** Index into the programme's districts, or {@link #NO_DISTRICT}. */
  public int district() {
    return district;
  }

  public LocalDate date() {
    return date;
  }

  public YearMonth month() {
    return YearMonth.from(date);
  }

  /** Whether the row identifies a person. */
  public boolean hasPerson() {
    return hasPerson;
  }

  /**
   * The person's keyed pseudonym: equal for the same person within a run, different for different
   * persons, meaningless outside it. Made cheaply for every row (a keyed permutation of the
   * number), it is for memory: whatever keeps persons on disk encrypts it first.
   */
  public long person() {
    if (!hasPerson) {
      throw new IllegalStateException("row has no person");
    }
    return person;
  }

  public int size() {
    return values.length;
  }

  /** Whether the cell of this column is non-empty. */
  public boolean has(int column) {
    return values[column] != null;
  }

  /** The typed value of this column; only for non-empty cells (see {@link #has}). */
  public Object get(int column) {
    Object v = values[column];
    if (v == null) {
      throw new IllegalStateException("column " + column + " is empty");
    }
    return v;
  }
}
