package rbs.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.model.Column;
import rbs.model.SafeText;
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

  /** Header cells listed in a message, each bounded: enough to recognise the row. */
  private static final int SHOWN_CELLS = 12;

  /**
   * The file position of each column (-1 when absent), or problems for missing required ones and
   * for columns whose header occurs twice.
   *
   * @param label how the user names the column at a 0-based position ("column C", "column 3")
   */
  static Headers match(Source source, HeaderSearch search, String file, IntFunction<String> label) {
    List<Problem> problems = check(source, search, file, label);
    if (!problems.isEmpty()) {
      throw InputException.invalid(problems);
    }
    List<String> header = search.cells();
    List<Column> columns = source.columns();
    int[] positions = new int[columns.size()];
    String[] written = new String[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      positions[c] = find(columns.get(c), header);
      written[c] = positions[c] < 0 ? columns.get(c).name() : header.get(positions[c]).strip();
    }
    return new Headers(positions, written);
  }

  /** The search for this source's header: rows holding every required column's header. */
  static HeaderSearch.Scan scan(Source source) {
    int required = 0;
    for (Column column : source.columns()) {
      if (isRequired(source, column)) {
        required++;
      }
    }
    return new HeaderSearch.Scan(cells -> score(source, cells), required, source.headerRow());
  }

  /** How many of the source's required columns these cells name. */
  private static int score(Source source, List<String> cells) {
    int found = 0;
    for (Column column : source.columns()) {
      if (isRequired(source, column) && find(column, cells) >= 0) {
        found++;
      }
    }
    return found;
  }

  /**
   * When no header was found: one problem for the required columns the closest row lacks (its cells
   * listed once, masked and bounded) and the rows searched. One problem per column whose header
   * occurs twice.
   */
  static List<Problem> check(
      Source source, HeaderSearch search, String file, IntFunction<String> label) {
    List<Problem> problems = new ArrayList<>();
    List<String> header = search.cells();
    long headerRow = search.row();
    Location at = Location.of(file, (int) Math.min(headerRow, Integer.MAX_VALUE));
    if (header.isEmpty()) {
      problems.add(
          new Problem(
              at,
              "no header row: rows "
                  + search.from()
                  + " to "
                  + search.to()
                  + " are empty or missing (looked for "
                  + requiredNames(source)
                  + ")"));
      return problems;
    }
    List<Column> missing = new ArrayList<>();
    boolean anyFound = false;
    for (Column column : source.columns()) {
      int first = find(column, header);
      if (first < 0) {
        if (isRequired(source, column)) {
          missing.add(column);
        }
        continue;
      }
      anyFound = true;
      String key = key(header.get(first));
      for (int i = first + 1; i < header.size(); i++) {
        if (key(header.get(i)).equals(key)) {
          problems.add(
              new Problem(
                  at,
                  label.apply(first)
                      + " and "
                      + label.apply(i)
                      + " of header row "
                      + headerRow
                      + " are both "
                      + Mask.quote(header.get(first).strip())
                      + " (column '"
                      + column.name()
                      + "'): rename or remove one, rbs cannot tell which to read"));
          break;
        }
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          new Problem(
              at,
              missingMessage(missing, header, headerRow, anyFound)
                  + " (rows "
                  + search.from()
                  + " to "
                  + search.to()
                  + " searched for the header)"));
    }
    return problems;
  }

  private static String missingMessage(
      List<Column> missing, List<String> header, long headerRow, boolean anyFound) {
    StringBuilder m = new StringBuilder();
    if (missing.size() == 1) {
      m.append("column '")
          .append(missing.get(0).name())
          .append("' is missing from header row ")
          .append(headerRow)
          .append(": expected one of ")
          .append(String.join(", ", names(missing.get(0))));
    } else {
      m.append("columns ")
          .append(missing.stream().map(c -> "'" + c.name() + "'").collect(Collectors.joining(", ")))
          .append(" are missing from header row ")
          .append(headerRow)
          .append(": expected ")
          .append(missing.stream().map(c -> names(c).get(0)).collect(Collectors.joining(", ")));
    }
    m.append("; the row has ")
        .append(
            header.stream()
                .limit(SHOWN_CELLS)
                .map(h -> SafeText.of(h.strip(), 40))
                .collect(Collectors.joining(", ")));
    if (header.size() > SHOWN_CELLS) {
      m.append(" and ").append(header.size() - SHOWN_CELLS).append(" more cells");
    }
    if (!anyFound) {
      m.append(" (no declared column at all: is the header row missing?)");
    }
    return m.toString();
  }

  /** The required columns as the header must name them: "Stadsdel or SDF, Datum". */
  private static String requiredNames(Source source) {
    return source.columns().stream()
        .filter(c -> isRequired(source, c))
        .map(c -> String.join(" or ", names(c)))
        .collect(Collectors.joining(", "));
  }

  /** Whether an empty or absent value rejects the row. */
  static boolean isRequired(Source source, Column column) {
    // a district column declared not required may be empty: the row counts for the whole only
    return column.required()
        || column.name().equals(source.dateColumn())
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

  /**
   * A header as compared: without byte-order marks, each run of white space (regex {@code \s},
   * no-break and narrow no-break spaces) one space, stripped, lower case. Asked for every header
   * cell against every column's names, so no regex.
   */
  static String key(String header) {
    StringBuilder out = new StringBuilder(header.length());
    boolean inSpace = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '\ufeff') {
        continue;
      }
      if (isSpace(c)) {
        if (!inSpace) {
          out.append(' ');
          inSpace = true;
        }
      } else {
        out.append(c);
        inSpace = false;
      }
    }
    return out.toString().strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isSpace(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u202f' -> true;
      default -> false;
    };
  }
}
