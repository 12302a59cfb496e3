package rbs.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import rbs.InputException;
import rbs.Location;

/**
 * A CSV extract read with Commons CSV: the encoding and delimiter as declared or detected (see
 * {@link FileFacts}), a byte-order mark dropped, quoted fields with delimiters and line breaks.
 */
final class CsvTable implements Table {

  private final Path file;
  private final String shown;
  private final Charset charset;
  private final boolean bom;
  private final Optional<Character> delimiter;
  private final int headerRow;

  CsvTable(
      Path file,
      String shown,
      Charset charset,
      boolean bom,
      Optional<Character> delimiter,
      int headerRow) {
    this.file = file;
    this.shown = shown;
    this.charset = charset;
    this.bom = bom;
    this.delimiter = delimiter;
    this.headerRow = headerRow;
  }

  @Override
  public void read(Handler handler) {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16)) {
      if (bom) {
        in.mark(1);
        if (in.read() != '\uFEFF') {
          in.reset();
        }
      }
      in.mark(1 << 16);
      char d = delimiter.orElseGet(() -> detect(in));
      in.reset();
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(d)
              .setIgnoreEmptyLines(false)
              .setTrim(true)
              .get();
      try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
        Iterator<CSVRecord> records = parser.iterator();
        long line = 1;
        boolean headerSeen = false;
        Object[] cells = new Object[16];
        while (records.hasNext()) {
          CSVRecord r = records.next();
          long start = line;
          line = parser.getCurrentLineNumber() + 1;
          if (start < headerRow) {
            continue;
          }
          if (!headerSeen) {
            List<String> names = new ArrayList<>();
            r.forEach(names::add);
            handler.header(start, names);
            headerSeen = true;
            continue;
          }
          if (r.size() == 1 && r.get(0).isEmpty()) {
            continue; // an empty line
          }
          if (cells.length < r.size()) {
            cells = new Object[r.size()];
          }
          for (int i = 0; i < r.size(); i++) {
            String v = r.get(i);
            cells[i] = v.isEmpty() ? null : v;
          }
          handler.row(start, cells, r.size());
        }
        if (!headerSeen) {
          throw InputException.invalid(
              Location.of(shown, headerRow), "no header row: the file has fewer lines");
        }
      }
    } catch (UncheckedIOException e) {
      throw InputException.invalid(
          Location.of(shown), "not readable as CSV: " + e.getCause().getMessage());
    } catch (IOException e) {
      throw InputException.invalid(Location.of(shown), "not readable as CSV: " + e.getMessage());
    }
  }

  /** The delimiter that occurs most often, outside quotes, in the first line. */
  private static char detect(BufferedReader in) {
    try {
      String line = in.readLine();
      if (line == null) {
        return ';';
      }
      int semi = 0;
      int comma = 0;
      int tab = 0;
      boolean quoted = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted) {
          semi += c == ';' ? 1 : 0;
          comma += c == ',' ? 1 : 0;
          tab += c == '\t' ? 1 : 0;
        }
      }
      if (tab > semi && tab > comma) {
        return '\t';
      }
      return comma > semi ? ',' : ';';
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
