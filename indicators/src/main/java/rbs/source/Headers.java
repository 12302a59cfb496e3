package rbs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.model.Column;
import rbs.model.Source;

/**
 * Finds each declared column in a file's header row, comparing names case- and
 * whitespace-insensitively against the column's name and header aliases; extra columns are ignored.
 */
final class Headers {

  private final int[] positions;
  private final String[] written;

  private Headers(int[] positions, String[] written) {
    this.positions = positions;
    this.written = written;
  }

  /** The file position of each column (-1 when absent), or problems for missing required ones. */
  static Headers match(Source source, List<String> header, String file, long headerRow) {
    List<Problem> problems = check(source, header, file, headerRow);
    if (!problems.isEmpty()) {
      throw InputException.invalid(problems);
    }
    List<Column> columns = source.columns();
    int[] positions = new int[columns.size()];
    String[] written = new String[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      positions[c] = find(columns.get(c), header);
      written[c] = positions[c] < 0 ? columns.get(c).name() : header.get(positions[c]).strip();
    }
    return new Headers(positions, written);
  }

  /** One problem per required column the header lacks. */
  static List<Problem> check(Source source, List<String> header, String file, long headerRow) {
    List<Problem> problems = new ArrayList<>();
    Location at = Location.of(file, (int) Math.min(headerRow, Integer.MAX_VALUE));
    if (header.isEmpty()) {
      problems.add(
          new Problem(at, "no header row (the file has fewer than " + headerRow + " rows)"));
      return problems;
    }
    for (Column column : source.columns()) {
      if (isRequired(source, column) && find(column, header) < 0) {
        problems.add(
            new Problem(
                at,
                "column '"
                    + column.name()
                    + "' is missing from header row "
                    + headerRow
                    + ": expected one of "
                    + String.join(", ", names(column))
                    + "; the row has "
                    + header.stream().map(String::strip).collect(Collectors.joining(", "))));
      }
    }
    return problems;
  }

  /** Whether an empty or absent value rejects the row. */
  static boolean isRequired(Source source, Column column) {
    return column.required()
        || column.name().equals(source.dateColumn())
        || source.districtColumn().filter(column.name()::equals).isPresent()
        || source.personColumn().filter(column.name()::equals).isPresent();
  }

  int position(int column) {
    return positions[column];
  }

  /** The header as the file writes it (the column name when absent). */
  String written(int column) {
    return written[column];
  }

  private static List<String> names(Column column) {
    List<String> names = new ArrayList<>(column.headers());
    if (!names.contains(column.name())) {
      names.add(column.name());
    }
    return names;
  }

  private static int find(Column column, List<String> header) {
    List<String> wanted = names(column).stream().map(Headers::key).collect(Collectors.toList());
    for (int i = 0; i < header.size(); i++) {
      if (wanted.contains(key(header.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  static String key(String header) {
    return header
        .replace("\ufeff", "")
        .replaceAll("[\\s\u00a0\u202f]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
