package rbs.output;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;

/**
 * CSV records as Commons CSV's {@code CSVFormat.DEFAULT} with {@code \n} between records writes
 * them, a plain field ({@link #plain}) written as it is without the format's checks of every
 * character for quoting, and any other field by the format itself: results.csv has some 120,000
 * fields, nearly all of them codes, numbers and dates, and rejects.csv one line per rejected row.
 */
final class CsvLines {

  /**
   * The format of rbs's CSV files (results.csv, rejects.csv): {@code CSVFormat.DEFAULT}, records
   * ended by {@code \n}. Used as it is rather than through {@code CSVPrinter}, whose class file
   * carries an annotation javac cannot resolve, which {@code -Werror} turns into a build failure.
   */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private CsvLines() {}

  /** Writes one record of these fields. */
  static void record(Writer w, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      String field = fields[i];
      if (plain(field)) {
        if (i > 0) {
          w.write(',');
        }
        w.write(field);
      } else {
        FORMAT.print(field, w, i == 0);
      }
    }
    w.write('\n');
  }

  /**
   * Whether the format writes the field as it is, whatever its place in the record: it is not
   * empty, starts with an ASCII letter or digit, ends with a character above the space, and holds
   * no comma, quote, line break or other control character.
   */
  static boolean plain(String field) {
    int n = field.length();
    if (n == 0) {
      return false;
    }
    char first = field.charAt(0);
    if (!((first >= 'a' && first <= 'z')
        || (first >= 'A' && first <= 'Z')
        || (first >= '0' && first <= '9'))) {
      return false;
    }
    if (field.charAt(n - 1) <= ' ') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = field.charAt(i);
      if (c < ' ' || c == ',' || c == '"' || c == '\u007F') {
        return false;
      }
    }
    return true;
  }
}
