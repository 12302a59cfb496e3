package rbs.source;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import rbs.InputException;
import rbs.Location;
import rbs.model.Column;
import rbs.model.ColumnType;
import rbs.model.Source;

/**
 * Turns the raw cells of one file's rows into typed {@link Row}s of its source, or a {@link Reject}
 * saying which column was wrong and why (never quoting a person's identifier).
 */
final class RowConverter {

  private final Source source;
  private final String file;
  private final DistrictNames districts;
  private final PersonIds persons;
  private final boolean date1904;
  private final int[] position; // column index → cell index, -1 when absent
  private final String[] header; // column index → header as written in the file
  private final DateTimeFormatter[] patterns;
  private final int districtColumn;
  private final int dateColumn;
  private final int personColumn;

  RowConverter(
      Source source,
      String file,
      List<String> names,
      long headerRow,
      DistrictNames districts,
      PersonIds persons,
      boolean date1904) {
    this.source = source;
    this.file = file;
    this.districts = districts;
    this.persons = persons;
    this.date1904 = date1904;
    List<Column> columns = source.columns();
    position = new int[columns.size()];
    header = new String[columns.size()];
    patterns = new DateTimeFormatter[columns.size()];
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      position[c] = find(names, col);
      header[c] = position[c] >= 0 ? names.get(position[c]).trim() : col.headers().get(0);
      patterns[c] =
          col.pattern().map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT)).orElse(null);
      if (position[c] < 0 && col.required()) {
        missing.add(String.join(" / ", col.headers()));
      }
    }
    if (!missing.isEmpty()) {
      throw InputException.invalid(
          Location.of(file, (int) headerRow),
          "source '"
              + source.name()
              + "': header lacks the column(s) "
              + String.join(", ", missing)
              + " (found: "
              + String.join(", ", names.stream().map(String::trim).toList())
              + ")");
    }
    districtColumn = source.districtColumn().map(source::indexOf).orElse(-1);
    dateColumn = source.indexOf(source.dateColumn());
    personColumn = source.personColumn().map(source::indexOf).orElse(-1);
  }

  /** The header names are matched without case, surrounding or repeated spaces. */
  static int find(List<String> names, Column col) {
    for (String wanted : concat(col.name(), col.headers())) {
      String w = norm(wanted);
      for (int i = 0; i < names.size(); i++) {
        if (norm(names.get(i)).equals(w)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest);
    all.add(first);
    return all;
  }

  private static String norm(String s) {
    return Normalizer.normalize(s.replace('\uFEFF', ' '), Normalizer.Form.NFC)
        .trim()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /** Converts one row; calls exactly one of the sinks. */
  void convert(long rowNumber, Object[] cells, int size, RowSink rows, RejectSink rejects) {
    Object[] values = new Object[position.length];
    LocalDate date = null;
    int district = Row.NO_DISTRICT;
    for (int c = 0; c < position.length; c++) {
      Column col = source.columns().get(c);
      int p = position[c];
      Object raw = p >= 0 && p < size ? cells[p] : null;
      if (raw == null || col.type() == ColumnType.PERSON_ID) {
        if (raw == null && col.required()) {
          rejects.reject(new Reject(source.name(), file, rowNumber, header[c], "empty"));
          return;
        }
        continue;
      }
      Optional<?> v = convert(col.type(), raw, c);
      if (v.isEmpty()) {
        rejects.reject(new Reject(source.name(), file, rowNumber, header[c], why(col.type(), raw)));
        return;
      }
      values[c] = v.get();
      if (c == dateColumn) {
        date = (LocalDate) v.get();
      }
      if (c == districtColumn) {
        district = (Integer) v.get();
      }
    }
    if (date == null) {
      rejects.reject(new Reject(source.name(), file, rowNumber, header[dateColumn], "empty"));
      return;
    }
    long pseudonym = 0;
    boolean hasPerson = false;
    if (personColumn >= 0) {
      int p = position[personColumn];
      Object raw = p >= 0 && p < size ? cells[p] : null;
      if (raw != null) {
        Optional<Long> id = persons.pseudonym(text(raw, 10), date);
        if (id.isEmpty()) {
          // the value is a personal identifier: never repeat it
          rejects.reject(
              new Reject(
                  source.name(),
                  file,
                  rowNumber,
                  header[personColumn],
                  "not a valid personnummer or samordningsnummer (value withheld)"));
          return;
        }
        pseudonym = id.get();
        hasPerson = true;
      }
    }
    rows.accept(new Row(district, date, pseudonym, hasPerson, values));
  }

  private Optional<?> convert(ColumnType type, Object raw, int c) {
    switch (type) {
      case TEXT:
        return Optional.of(text(raw, 0).trim());
      case INTEGER:
        return raw instanceof BigDecimal
            ? Values.integer(((BigDecimal) raw).toPlainString())
            : Values.integer(raw.toString());
      case DECIMAL:
        return raw instanceof BigDecimal ? Optional.of(raw) : Values.number(raw.toString());
      case DATE:
        return raw instanceof BigDecimal
            ? Values.excelDate((BigDecimal) raw, date1904)
            : Values.date(raw.toString(), Optional.ofNullable(patterns[c]));
      case BOOLEAN:
        return raw instanceof Boolean ? Optional.of(raw) : Values.bool(text(raw, 0));
      case DISTRICT:
        return districts.find(raw.toString());
      default:
        return Optional.empty();
    }
  }

  private static String why(ColumnType type, Object raw) {
    switch (type) {
      case INTEGER:
        return "not a whole number: '" + clip(raw) + "'";
      case DECIMAL:
        return "not a number: '" + clip(raw) + "'";
      case DATE:
        return "not a date: '" + clip(raw) + "'";
      case BOOLEAN:
        return "not yes or no (Ja/Nej, J/N, 1/0): '" + clip(raw) + "'";
      case DISTRICT:
        return "unknown district '"
            + clip(raw)
            + "' (add the spelling as an alias in the programme)";
      default:
        return "unreadable value";
    }
  }

  private static String clip(Object raw) {
    String s = raw.toString();
    if (s.replaceAll("[^0-9]", "").length() >= 10) {
      return "(a value that could identify a person, withheld)";
    }
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /** A cell as text; numbers without exponent or trailing zeros, zero-padded to {@code width}. */
  private static String text(Object raw, int width) {
    if (raw instanceof BigDecimal) {
      String s = ((BigDecimal) raw).stripTrailingZeros().toPlainString();
      while (s.length() < width) {
        s = "0" + s;
      }
      return s;
    }
    return raw.toString();
  }
}
