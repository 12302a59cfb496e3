package rbs.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Columns a source derives from its person column before the identifier is replaced by its
 * pseudonym ({@code derive: {sex: kon, age: alder}}): the names filters use for them. Rows carry
 * them after the declared columns, sex first, then age (see {@link Source#rowColumns()}).
 *
 * @param sex the column holding {@link #WOMAN} or {@link #MAN} (the personnummer's second-to-last
 *     digit: even or odd)
 * @param age the column holding the whole years from the birth date to the row's date
 */
public record DerivedColumns(Optional<String> sex, Optional<String> age) {

  /** None derived. */
  public static final DerivedColumns NONE = new DerivedColumns(Optional.empty(), Optional.empty());

  /** The value of the sex column for an even second-to-last digit. */
  public static final String WOMAN = "kvinna";

  /** The value of the sex column for an odd second-to-last digit. */
  public static final String MAN = "man";

  public DerivedColumns {
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(age, "age");
    if (sex.isPresent() && sex.equals(age)) {
      throw new IllegalArgumentException("sex and age need different column names");
    }
  }

  public boolean isEmpty() {
    return sex.isEmpty() && age.isEmpty();
  }

  /**
   * The derived columns as filters see them: sex is text, age an integer; never required (a row
   * whose person cell is empty has them empty), their header is their name.
   */
  public List<Column> columns() {
    List<Column> columns = new ArrayList<>(2);
    sex.ifPresent(
        n -> columns.add(new Column(n, ColumnType.TEXT, List.of(n), Optional.empty(), false)));
    age.ifPresent(
        n -> columns.add(new Column(n, ColumnType.INTEGER, List.of(n), Optional.empty(), false)));
    return List.copyOf(columns);
  }
}
