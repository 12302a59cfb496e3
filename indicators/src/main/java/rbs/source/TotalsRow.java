package rbs.source;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.Source;
import rbs.rows.Row;
import rbs.rows.RowSink;

/**
 * Recognises the totals row an export puts below its data. A row is a totals row only when it is
 * the last non-blank row of its file or sheet, has no person identifier, and either
 *
 * <ul>
 *   <li>its district cell or its first cell reads {@code Summa}, {@code Summa totalt}, {@code
 *       Totalsumma}, {@code Totalt}, {@code Total}, {@code Totals}, {@code Sum} or {@code S:a} (any
 *       case, a trailing colon ignored), or
 *   <li>its district and date cells are empty and every declared number column it fills equals that
 *       column's sum over the rows used above it (at least one such column).
 * </ul>
 *
 * The reader holds such a row back; when another row follows, it is read as data after all (and is
 * usually rejected, visibly). A totals row is never counted as data nor as rejected: the manifest
 * lists it.
 */
final class TotalsRow {

  private static final List<String> WORDS =
      List.of("summa", "summa totalt", "totalsumma", "totalt", "total", "totals", "sum", "s:a");

  private final int districtAt;
  private final int dateAt;
  private final int personAt;
  private final int[] numbers;
  private final int[] numbersAt;
  private final BigDecimal[] sums;
  private final int width;

  TotalsRow(Source source, Headers headers) {
    districtAt = source.districtColumn().map(c -> headers.position(source.indexOf(c))).orElse(-1);
    dateAt = headers.position(source.indexOf(source.dateColumn()));
    personAt = source.personColumn().map(c -> headers.position(source.indexOf(c))).orElse(-1);
    List<Integer> numeric = new ArrayList<>();
    List<Column> columns = source.columns();
    int max = 0;
    for (int c = 0; c < columns.size(); c++) {
      ColumnType type = columns.get(c).type();
      if ((type == ColumnType.INTEGER || type == ColumnType.DECIMAL) && headers.position(c) >= 0) {
        numeric.add(c);
      }
      max = Math.max(max, headers.position(c));
    }
    numbers = numeric.stream().mapToInt(Integer::intValue).toArray();
    numbersAt = numeric.stream().mapToInt(headers::position).toArray();
    sums = new BigDecimal[numbers.length];
    Arrays.fill(sums, BigDecimal.ZERO);
    width = max + 1;
  }

  /** A sink that adds each used row to the column sums before passing it on. */
  RowSink summing(RowSink rows) {
    return new RowSink() {
      @Override
      public void accept(Row row) {
        add(row);
        rows.accept(row);
      }

      @Override
      public boolean wants(java.time.LocalDate date) {
        return rows.wants(date);
      }
    };
  }

  private void add(Row row) {
    for (int i = 0; i < numbers.length; i++) {
      if (row.has(numbers[i])) {
        Object v = row.get(numbers[i]);
        sums[i] = sums[i].add(v instanceof BigDecimal d ? d : BigDecimal.valueOf((Long) v));
      }
    }
  }

  /** Whether this row would be a totals row if it were the last. */
  boolean looksLike(RawRow row) {
    if (personAt >= 0 && !empty(row, personAt)) {
      return false;
    }
    if (isWord(row.cell(0)) || (districtAt >= 0 && isWord(row.cell(districtAt)))) {
      return true;
    }
    if ((districtAt >= 0 && !empty(row.cell(districtAt)))
        || (dateAt >= 0 && !empty(row.cell(dateAt)))) {
      return false;
    }
    int equal = 0;
    for (int i = 0; i < numbers.length; i++) {
      Object raw = row.cell(numbersAt[i]);
      if (empty(raw)) {
        continue;
      }
      BigDecimal value;
      try {
        value = raw instanceof BigDecimal d ? d : Values.decimal(raw.toString());
      } catch (BadValue e) {
        return false;
      }
      if (value.compareTo(sums[i]) != 0) {
        return false;
      }
      equal++;
    }
    return equal > 0;
  }

  /** A copy of the row's cells, to be read later if it turns out not to be the last. */
  RawRow hold(RawRow row) {
    Object[] cells = new Object[width];
    for (int i = 0; i < width; i++) {
      cells[i] = row.cell(i);
    }
    return new Held(row.rowNumber(), cells);
  }

  /**
   * Whether the cell is one of the words, compared without a regular expression: this runs on a
   * cell or two of every row of an extract, and a length mismatch ends most comparisons at once.
   */
  private static boolean isWord(Object cell) {
    if (!(cell instanceof String s) || s.length() > 20) {
      return false;
    }
    String word = s.strip();
    if (word.endsWith(":")) {
      word = word.substring(0, word.length() - 1).strip();
    }
    for (String w : WORDS) {
      if (word.equalsIgnoreCase(w)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #empty(Object)} of a cell, read from the bytes when they are at hand (every row). */
  private static boolean empty(RawRow row, int index) {
    if (row instanceof ByteCsvTable bytes && bytes.asWritten(index)) {
      return bytes.blankAt(index);
    }
    return empty(row.cell(index));
  }

  private static boolean empty(Object cell) {
    return cell == null || (cell instanceof String s && s.isBlank());
  }

  private static final class Held implements RawRow {
    private final long rowNumber;
    private final Object[] cells;

    Held(long rowNumber, Object[] cells) {
      this.rowNumber = rowNumber;
      this.cells = cells;
    }

    @Override
    public long rowNumber() {
      return rowNumber;
    }

    @Override
    public Object cell(int index) {
      return index < cells.length ? cells[index] : null;
    }
  }
}
