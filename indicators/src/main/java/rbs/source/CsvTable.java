package rbs.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import rbs.InputException;
import rbs.Location;
import rbs.model.FileFormat;

/**
 * A delimited text extract read with Commons CSV: declared or detected encoding and delimiter,
 * quoted fields with delimiters and line breaks, CRLF or LF; row numbers are the physical line on
 * which a record starts.
 */
final class CsvTable implements Table {

  private static final int BUFFER = 64 * 1024;

  private final String shown;
  private final int headerRow;
  private final DigestInputStream in;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private CSVRecord current;
  private long row;
  private long headerLine;

  private CsvTable(String shown, int headerRow, DigestInputStream in, CSVParser parser) {
    this.shown = shown;
    this.headerRow = headerRow;
    this.in = in;
    this.parser = parser;
    this.records = parser.iterator();
  }

  /** Opens a text extract, checking first that it is text and not a workbook. */
  static CsvTable open(Path file, String shown, FileFormat.Csv format, int headerRow, Digest digest)
      throws IOException {
    Sniff sniff = Sniff.of(file);
    if (sniff == Sniff.ZIP) {
      throw InputException.invalid(
          Location.of(shown),
          "is an xlsx workbook (a zip archive), not CSV text: give it the .xlsx extension or"
              + " declare format: xlsx");
    }
    if (sniff == Sniff.OLE2) {
      throw InputException.invalid(
          Location.of(shown),
          "is an Excel workbook (xls, or a password-protected xlsx), not CSV text");
    }
    Charset charset = charset(format, file, shown);
    boolean bom = charset.equals(StandardCharsets.UTF_8) && Encodings.startsWithBom(file);
    char delimiter =
        format.delimiter().isPresent()
            ? format.delimiter().get()
            : detectDelimiter(file, charset, bom, headerRow);
    DigestInputStream in = digest.wrap(Files.newInputStream(file));
    Reader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()), BUFFER);
    if (bom) {
      reader.skip(1);
    }
    CSVFormat csv =
        CSVFormat.Builder.create()
            .setDelimiter(delimiter)
            .setQuote('"')
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .get();
    return new CsvTable(shown, headerRow, in, CSVParser.parse(reader, csv));
  }

  private static Charset charset(FileFormat.Csv format, Path file, String shown)
      throws IOException {
    if (format.encoding().isEmpty()) {
      return Encodings.detect(file);
    }
    try {
      return Charset.forName(format.encoding().get());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw InputException.invalid(
          Location.of(shown), "unknown encoding '" + format.encoding().get() + "'");
    }
  }

  /** The most frequent of ';', ',' and tab on the header line (';' when none occurs). */
  static char detectDelimiter(Path file, Charset charset, boolean bom, int headerRow)
      throws IOException {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), BUFFER)) {
      String line = null;
      for (int i = 0; i < headerRow; i++) {
        line = r.readLine();
        if (line == null) {
          return ';';
        }
      }
      int semi = count(line, ';');
      int comma = count(line, ',');
      int tab = count(line, '\t');
      if (tab > semi && tab > comma) {
        return '\t';
      }
      return comma > semi ? ',' : ';';
    }
  }

  private static int count(String line, char c) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char x = line.charAt(i);
      if (x == '"') {
        quoted = !quoted;
      } else if (x == c && !quoted) {
        n++;
      }
    }
    return n;
  }

  @Override
  public List<String> header() throws IOException {
    while (true) {
      long before = parser.getCurrentLineNumber();
      if (!advance()) {
        return List.of();
      }
      if (before + 1 >= headerRow) {
        headerLine = before + 1;
        return current.toList();
      }
    }
  }

  @Override
  public long headerRow() {
    return headerLine == 0 ? headerRow : headerLine;
  }

  @Override
  public boolean next() throws IOException {
    while (true) {
      long before = parser.getCurrentLineNumber();
      if (!advance()) {
        return false;
      }
      row = before + 1;
      if (!blank(current)) {
        return true;
      }
    }
  }

  private boolean advance() {
    try {
      if (!records.hasNext()) {
        current = null;
        return false;
      }
      current = records.next();
      return true;
    } catch (UncheckedIOException | IllegalStateException e) {
      long line = Math.max(1, parser.getCurrentLineNumber());
      throw InputException.invalid(
          Location.of(shown, (int) Math.min(line, Integer.MAX_VALUE)),
          "broken CSV (a quote not closed or misplaced?): " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  private static boolean blank(CSVRecord record) {
    for (int i = 0; i < record.size(); i++) {
      if (!record.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public long rowNumber() {
    return row;
  }

  @Override
  public Object cell(int index) {
    return index < current.size() ? current.get(index) : null;
  }

  @Override
  public boolean date1904() {
    return false;
  }

  /** Reads the rest of the bytes so the digest covers the whole file. */
  String sha256() throws IOException {
    byte[] skip = new byte[BUFFER];
    while (in.read(skip) >= 0) {
      // draining
    }
    return Digest.hex(in.getMessageDigest());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
