package rbs.source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.RejectReason;
import rbs.model.Source;
import rbs.rows.Reject;
import rbs.rows.RejectSink;
import rbs.rows.Row;
import rbs.rows.RowSink;

/**
 * Turns the raw cells of one data row into a typed {@link Row}, or into a {@link Reject} naming the
 * first bad cell's header.
 */
final class RowMaker {

  private final Source source;
  private final String file;
  private final Headers headers;
  private final DistrictNames districts;
  private final boolean hasDistricts;
  private final PersonIds persons;
  private final ColumnType[] types;
  private final boolean[] required;
  private final List<Optional<DateTimeFormatter>> patterns = new ArrayList<>();
  private final int dateColumn;
  private final int districtColumn;
  private final int personColumn;
  private final int sexColumn;
  private final int ageColumn;
  // a row's values: the source's columns, then sex and age when derived
  private final int width;
  // the column being read, which a reject names
  private int column;
  // the last district spelling found and its index (one file's rows, one thread)
  private String lastSpelling;
  private Object lastDistrict;
  // its bytes, when it came from a text read as bytes (at first none: a field that gets here is not
  // blank, so the first row takes the way every change of district takes, not a way of its own)
  private byte[] lastBytes = NO_BYTES;
  // the dates made, by a hash of YYYYMMDD (a key of 0: none)
  private static final int DATES = 1024;
  private static final byte[] NO_BYTES = new byte[0];
  private final int[] dateKeys = new int[DATES];
  private final LocalDate[] dates = new LocalDate[DATES];

  RowMaker(
      Source source,
      String file,
      Headers headers,
      DistrictNames districts,
      boolean hasDistricts,
      PersonIds persons) {
    this.source = source;
    this.file = file;
    this.headers = headers;
    this.districts = districts;
    this.hasDistricts = hasDistricts;
    this.persons = persons;
    List<Column> columns = source.columns();
    types = new ColumnType[columns.size()];
    required = new boolean[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      types[c] = column.type();
      required[c] = Headers.isRequired(source, column);
      patterns.add(column.pattern().map(DateTimeFormatter::ofPattern));
    }
    dateColumn = source.indexOf(source.dateColumn());
    districtColumn = source.districtColumn().map(source::indexOf).orElse(-1);
    personColumn = source.personColumn().map(source::indexOf).orElse(-1);
    int next = columns.size();
    sexColumn = source.derived().sex().isPresent() ? next++ : -1;
    ageColumn = source.derived().age().isPresent() ? next++ : -1;
    width = next;
  }

  /** Reads a table's current (or a held) row: sends it to rows or to rejects; true when used. */
  boolean make(RawRow table, boolean date1904, RowSink rows, RejectSink rejects) {
    column = 0;
    try {
      // a text read as bytes: the usual values are read from them, without a String. Each kind of
      // table has a method of its own, compiled to code of its own: one method for both was
      // compiled again whenever a run met the other kind (in the 3 M-row sample's report nine
      // times, a third of the optimising compiler's time; see docs/performance.md, stop 37)
      Row row =
          table instanceof ByteCsvTable bytes
              ? fromBytes(bytes, date1904, rows)
              : fromCells(table, date1904, rows);
      rows.accept(row);
      return true;
    } catch (BadValue e) {
      rejects.reject(
          new Reject(
              source.name(), file, table.rowNumber(), headers.written(column), e.getMessage()));
      return false;
    }
  }

  /** The row of a text read as bytes: its usual values read from the bytes. */
  private Row fromBytes(ByteCsvTable bytes, boolean date1904, RowSink rows) throws BadValue {
    Object[] values = new Object[width];
    for (column = 0; column < types.length; column++) {
      if (types[column] == ColumnType.PERSON_ID) {
        continue; // needs the row's date; done in row()
      }
      int at = headers.position(column);
      if (at >= 0 && bytes.asWritten(at)) {
        if (bytes.blankAt(at)) {
          requireEmptyAllowed(column);
          continue;
        }
        Object quick = quick(bytes, column, at);
        if (quick != null) {
          values[column] = quick;
          continue;
        }
      }
      values[column] = valueOf(bytes, column, date1904);
    }
    return row(bytes, bytes, values, rows);
  }

  /** The row of any other table (cells of a workbook, a text read as Strings). */
  private Row fromCells(RawRow table, boolean date1904, RowSink rows) throws BadValue {
    Object[] values = new Object[width];
    for (column = 0; column < types.length; column++) {
      if (types[column] != ColumnType.PERSON_ID) {
        values[column] = valueOf(table, column, date1904);
      }
    }
    return row(table, null, values, rows);
  }

  /** A column's value from its cell's String or number; null for an empty cell that may be. */
  private Object valueOf(RawRow table, int column, boolean date1904) throws BadValue {
    Object raw = cellOf(table, column);
    if (raw == null) {
      requireEmptyAllowed(column);
      return null;
    }
    return convert(column, raw, date1904);
  }

  /**
   * The row of these values, once its date is known: the person's identifier checked (from the
   * bytes when {@code bytes}, the same table read as bytes, is given) and, for a row the sink
   * wants, pseudonymised with its sex and age derived.
   */
  private Row row(RawRow table, ByteCsvTable bytes, Object[] values, RowSink rows) throws BadValue {
    column = dateColumn;
    if (dateColumn < 0 || !(values[dateColumn] instanceof LocalDate)) {
      throw new BadValue(RejectReason.NOT_DATE.english());
    }
    LocalDate date = (LocalDate) values[dateColumn];
    // a row the sink does not want (outside the report's window) is checked, not pseudonymised
    boolean wanted = rows.wants(date);
    long person = 0;
    for (column = 0; column < types.length; column++) {
      if (types[column] != ColumnType.PERSON_ID) {
        continue;
      }
      int at = headers.position(column);
      long number;
      if (bytes != null && at >= 0 && bytes.asWritten(at) && bytes.ascii(at)) {
        if (bytes.blankAt(at)) {
          requireEmptyAllowed(column);
          continue;
        }
        number = PersonIds.number(bytes.bytes(), bytes.start(at), bytes.end(at), date.getYear());
      } else {
        Object raw = cellOf(table, column);
        if (raw == null) {
          requireEmptyAllowed(column);
          continue;
        }
        number = PersonIds.number(text(raw), date.getYear());
      }
      if (wanted && column == personColumn) {
        person = persons.pseudonymOf(number);
        derive(number, date, values);
      }
    }
    int district = Row.NO_DISTRICT;
    if (districtColumn >= 0 && values[districtColumn] instanceof Integer) {
      district = (Integer) values[districtColumn];
    }
    return new Row(district, date, person, personColumn >= 0, values, file, table.rowNumber());
  }

  /**
   * Sex and age from the person's identifier, before only its pseudonym remains; an age is left
   * empty when the birth date is after the row's date. Sex values are shared constants and ages
   * below 128 cached Longs: no allocation per row.
   */
  private void derive(long number, LocalDate date, Object[] values) {
    if (sexColumn >= 0) {
      values[sexColumn] = PersonIds.sex(number);
    }
    if (ageColumn >= 0) {
      int age = PersonIds.age(number, date);
      if (age >= 0) {
        values[ageColumn] = Long.valueOf(age);
      }
    }
  }

  /**
   * A value read from the bytes of a field that is not blank, or null when the String path is to
   * read it (any shape but the usual; what it makes of it, or how it rejects it, is then its own).
   */
  private Object quick(ByteCsvTable table, int column, int at) throws BadValue {
    byte[] b = table.bytes();
    int s = table.start(at);
    int e = table.end(at);
    return switch (types[column]) {
      case DATE -> patterns.get(column).isEmpty() && table.ascii(at) ? isoDate(b, s, e) : null;
      case BOOLEAN -> table.ascii(at) ? Values.bool(b, s, e) : null;
      case DISTRICT -> district(table, at, b, s, e);
      // a text that starts and ends with a printable ASCII character needs no strip (nor the
      // String path's blank check: blankAt said no): its String as it is
      case TEXT -> b[s] > ' ' && b[e - 1] > ' ' ? table.cell(at) : null;
      default -> null;
    };
  }

  /** The district of a field: its bytes compared with the last district's first. */
  private Object district(ByteCsvTable table, int at, byte[] b, int s, int e) throws BadValue {
    if (!hasDistricts) {
      return null;
    }
    if (same(lastBytes, b, s, e)) {
      return lastDistrict;
    }
    Object district = district(text(table.cell(at)));
    lastBytes = Arrays.copyOfRange(b, s, e);
    return district;
  }

  /**
   * Whether bytes {@code s..e} are these, a byte at a time: {@code Arrays.equals} takes other ways
   * for other lengths, and a district of another length sent the compiled reading loop back to be
   * compiled again.
   */
  private static boolean same(byte[] known, byte[] b, int s, int e) {
    if (e - s != known.length) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < known.length; i++) {
      diff |= known[i] ^ b[s + i];
    }
    return diff == 0;
  }

  /**
   * The date YYYY-MM-DD of ten ASCII bytes ({@link Values#isoDate}), or null for any other; the
   * dates of a file repeat, and each is made once.
   */
  private LocalDate isoDate(byte[] b, int s, int e) {
    int key = Values.isoDate(b, s, e);
    if (key < 0) {
      return null;
    }
    int slot = (key ^ (key >>> 9)) & (DATES - 1);
    if (dateKeys[slot] != key) {
      dateKeys[slot] = key;
      dates[slot] = LocalDate.of(key / 10_000, key / 100 % 100, key % 100);
    }
    return dates[slot];
  }

  private Object cellOf(RawRow table, int column) {
    int at = headers.position(column);
    if (at < 0) {
      return null;
    }
    Object raw = table.cell(at);
    if (raw instanceof String s && s.isBlank()) {
      return null;
    }
    return raw;
  }

  private void requireEmptyAllowed(int column) throws BadValue {
    if (required[column] && !(types[column] == ColumnType.DISTRICT && !hasDistricts)) {
      throw new BadValue(RejectReason.EMPTY.english());
    }
  }

  private Object convert(int column, Object raw, boolean date1904) throws BadValue {
    return switch (types[column]) {
      case TEXT -> text(raw).strip();
      case INTEGER ->
          raw instanceof BigDecimal d ? Values.whole(d, text(raw)) : Values.integer(text(raw));
      case DECIMAL -> raw instanceof BigDecimal ? raw : Values.decimal(text(raw));
      case DATE ->
          raw instanceof BigDecimal d
              ? Values.excelDate(d, date1904)
              : Values.date(text(raw), patterns.get(column));
      case BOOLEAN -> raw instanceof Boolean ? raw : Values.bool(text(raw));
      case DISTRICT -> district(text(raw));
      default -> throw new IllegalStateException("person ids are converted separately");
    };
  }

  private Object district(String spelling) throws BadValue {
    if (!hasDistricts) {
      return null;
    }
    // a district's extract names its district on every row: one comparison instead of hashing the
    // spelling into the shared table (a tenth of making a row)
    if (spelling.equals(lastSpelling)) {
      return lastDistrict;
    }
    Optional<Integer> index = districts.find(spelling);
    if (index.isEmpty()) {
      throw new BadValue(
          RejectReason.UNKNOWN_DISTRICT.with(Mask.quote(spelling.strip()))
              + " "
              + RejectReason.ADD_ALIAS.english());
    }
    lastSpelling = spelling;
    lastDistrict = index.get();
    return lastDistrict;
  }

  private static String text(Object raw) {
    if (raw instanceof BigDecimal b) {
      BigDecimal d = b.stripTrailingZeros();
      return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
    return raw.toString();
  }
}
