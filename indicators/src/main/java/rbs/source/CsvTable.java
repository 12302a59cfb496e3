package rbs.source;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import rbs.InputException;
import rbs.Location;
import rbs.model.FileFormat;

/**
 * A delimited text extract read with FastCSV: declared or detected encoding (a byte-order mark
 * wins) and delimiter, quoted fields with delimiters and line breaks, CRLF, LF or CR; row numbers
 * are the physical line on which a record starts. A record longer than {@link #MAX_RECORD}
 * characters stops the reading with its line number, before it can fill the memory; so does a quote
 * that is never closed, or a character between a closing quote and the delimiter.
 */
final class CsvTable implements TextTable {

  /** The longest record (line, or lines of one quoted field) read: far beyond any extract's. */
  static final int MAX_RECORD = 1 << 20;

  private static final int BUFFER = 64 * 1024;

  private final Path file;
  private final String shown;
  private final Charset charset;
  private final boolean declared;
  private final DigestInputStream in;
  private final BoundedReader bounded;
  private final Fields fields;
  private final CsvReader<Line> parser;
  private final Iterator<Line> records;
  private Line current;
  // the record skipBefore stopped at, read but not yet taken
  private boolean pending;
  private long row;

  private CsvTable(
      Path file,
      String shown,
      Charset charset,
      boolean declared,
      DigestInputStream in,
      BoundedReader bounded,
      Fields fields,
      CsvReader<Line> parser) {
    this.file = file;
    this.shown = shown;
    this.charset = charset;
    this.declared = declared;
    this.in = in;
    this.bounded = bounded;
    this.fields = fields;
    this.parser = parser;
    this.records = parser.iterator();
  }

  /** Opens a text extract, checking first that it is text and not a workbook. */
  static CsvTable open(
      Path file, String shown, FileFormat.Csv format, HeaderSearch.Scan scan, Digest digest)
      throws IOException {
    Decided d = decide(file, shown, format, scan);
    return open(file, shown, d.charset(), d.declared(), d.delimiter(), digest);
  }

  /**
   * Opens a text extract as {@link #open} does, read from its bytes by {@link ByteCsvTable} when
   * that reader takes its encoding and delimiter (the records are the same).
   */
  static TextTable openText(
      Path file, String shown, FileFormat.Csv format, HeaderSearch.Scan scan, Digest digest)
      throws IOException {
    Decided d = decide(file, shown, format, scan);
    Optional<TextTable> bytes =
        Boolean.getBoolean("rbs.experiment.nobytes")
            ? Optional.empty()
            : ByteCsvTable.open(file, shown, d.charset(), d.declared(), d.delimiter(), digest);
    if (bytes.isPresent()) {
      return bytes.get();
    }
    return open(file, shown, d.charset(), d.declared(), d.delimiter(), digest);
  }

  /** The encoding (and whether the source declared it) and the delimiter of a text extract. */
  private record Decided(Charset charset, boolean declared, char delimiter) {}

  private static Decided decide(
      Path file, String shown, FileFormat.Csv format, HeaderSearch.Scan scan) throws IOException {
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
    char delimiter =
        format.delimiter().isPresent()
            ? format.delimiter().get()
            : detectDelimiter(file, charset, scan);
    return new Decided(charset, format.encoding().isPresent(), delimiter);
  }

  /** Opens a text extract whose encoding and delimiter are decided. */
  static CsvTable open(
      Path file, String shown, Charset charset, boolean declared, char delimiter, Digest digest)
      throws IOException {
    DigestInputStream in = digest.wrap(Files.newInputStream(file));
    BufferedReader buffered =
        new BufferedReader(new InputStreamReader(in, charset.newDecoder()), BUFFER);
    skipBom(buffered);
    BoundedReader reader = new BoundedReader(CsvText.of(buffered), MAX_RECORD + 2 * BUFFER);
    Fields fields = new Fields();
    CsvReader<Line> parser =
        CsvReader.builder()
            .fieldSeparator(delimiter)
            .quoteCharacter('"')
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(false)
            .maxBufferSize(2 * MAX_RECORD)
            .build(fields, reader);
    return new CsvTable(file, shown, charset, declared, in, reader, fields, parser);
  }

  /** A byte-order mark is no part of the first header. */
  private static void skipBom(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  /** The declared encoding, unless a byte-order mark says otherwise; else the detected one. */
  private static Charset charset(FileFormat.Csv format, Path file, String shown)
      throws IOException {
    Optional<Charset> bom = Encodings.fromBom(file);
    if (bom.isPresent()) {
      return bom.get();
    }
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

  /**
   * The delimiter with which a line of the header search (see {@link HeaderSearch}) holds the most
   * required columns; when none holds any, the most frequent of ';', ',' and tab on the declared
   * header line (';' when none occurs). Looks at no more than the first {@link #MAX_RECORD}
   * characters of a line.
   */
  static char detectDelimiter(Path file, Charset charset, HeaderSearch.Scan scan)
      throws IOException {
    char[] candidates = {';', ',', '\t'};
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), BUFFER)) {
      String declared = null;
      char best = 0;
      int bestScore = 0;
      for (long n = 1; n <= scan.last(); n++) {
        String line = boundedLine(r);
        if (line == null) {
          break;
        }
        if (n < scan.from()) {
          continue;
        }
        if (declared == null) {
          declared = line.replace("\uFEFF", "");
        }
        for (char c : candidates) {
          int score = scan.score(split(line.replace("\uFEFF", ""), c));
          if (score > bestScore) {
            best = c;
            bestScore = score;
          }
        }
        if (best != 0 && scan.isComplete(bestScore)) {
          return best;
        }
      }
      if (best != 0) {
        return best;
      }
      return declared == null ? ';' : mostFrequent(declared);
    }
  }

  private static char mostFrequent(String line) {
    int semi = count(line, ';');
    int comma = count(line, ',');
    int tab = count(line, '\t');
    if (tab > semi && tab > comma) {
      return '\t';
    }
    return comma > semi ? ',' : ';';
  }

  /** A line's fields, quotes respected (enough to recognise a header). */
  private static List<String> split(String line, char delimiter) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char x = line.charAt(i);
      if (x == '"') {
        quoted = !quoted;
      } else if (x == delimiter && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (x != '\r') {
        field.append(x);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** A line of at most MAX_RECORD characters (the rest of a longer line is skipped). */
  private static String boundedLine(BufferedReader r) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = r.read()) >= 0 && c != '\n') {
      if (line.length() < MAX_RECORD) {
        line.append((char) c);
      }
    }
    return c < 0 && line.length() == 0 ? null : line.toString();
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
  public HeaderSearch header(HeaderSearch.Scan scan) throws IOException {
    while (true) {
      if (!advance() || current.line() > scan.last()) {
        return scan.result();
      }
      long line = current.line();
      if (line >= scan.from()
          && !blank(current)
          && scan.offer(Arrays.asList(current.fields()), line)) {
        return scan.result();
      }
    }
  }

  @Override
  public boolean next() throws IOException {
    while (advance()) {
      row = current.line();
      if (!blank(current)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads past the records that start before this line: the next record read is the first at or
   * after it (for {@link ByteCsvTable}, which read those records itself).
   */
  void skipBefore(long line) {
    while (advance()) {
      if (current.line() >= line) {
        pending = true;
        return;
      }
    }
  }

  /** The next record, or false at the end of the text; a broken text stops at its line. */
  private boolean advance() {
    if (pending) {
      pending = false;
      return true;
    }
    try {
      bounded.startRecord();
      if (!records.hasNext()) {
        if (current != null) {
          // the end mark was read into the last record: a quote opened in it is never closed
          throw InputException.invalid(
              at(current.line()),
              "broken CSV (a quote not closed or misplaced?): a quoted value that starts in the"
                  + " record on this line is not closed before the end of the file");
        }
        return false;
      }
      Line next = records.next();
      current = next.isEndMark() ? null : next;
      return current != null;
    } catch (UncheckedIOException | CsvParseException e) {
      throw broken(notTheTexts(e), fields.line());
    }
  }

  /**
   * FastCSV wraps whatever stops it in a CsvParseException: a full heap or a bug of ours is no
   * fault of the file and goes on as itself (out of memory is exit 4, with its own message).
   */
  static RuntimeException notTheTexts(RuntimeException e) {
    Throwable root = root(e);
    if (root instanceof Error error) {
      throw error;
    }
    if (root instanceof RuntimeException other && !(root instanceof CsvParseException)) {
      throw other;
    }
    return e;
  }

  private static Throwable root(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /** Why the reading stopped, in words, at the line it concerns. */
  private InputException broken(RuntimeException e, long start) {
    Throwable root = root(e);
    if (root instanceof BoundedReader.TooLong) {
      return InputException.invalid(
          at(start),
          String.format(
              "a record longer than %,d characters starts here (a quote not closed, or no CSV"
                  + " extract?)",
              MAX_RECORD));
    }
    if (root instanceof CharacterCodingException) {
      long line;
      try {
        line = Encodings.firstBadLine(file, charset);
      } catch (IOException io) {
        line = 0;
      }
      return InputException.invalid(
          at(line == 0 ? start : line),
          "bytes that are not "
              + charset.displayName()
              + " text ("
              + (declared ? "the encoding the source declares" : "the encoding detected")
              + "): save the file as UTF-8, or declare the encoding it is in (e.g. encoding:"
              + " windows-1252)");
    }
    if (root instanceof IOException io) {
      return InputException.unavailable(
          Location.of(shown), "cannot be read: " + InputException.reason(io));
    }
    return InputException.invalid(
        at(start),
        "broken CSV (a quote not closed or misplaced?) in the record that starts here: "
            + String.valueOf(root.getMessage()));
  }

  private Location at(long line) {
    return Location.of(shown, (int) Math.min(Math.max(1, line), Integer.MAX_VALUE));
  }

  private static boolean blank(Line record) {
    for (String field : record.fields()) {
      if (!field.isBlank()) {
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
    String[] cells = current.fields();
    return index < cells.length ? cells[index] : null;
  }

  @Override
  public boolean date1904() {
    return false;
  }

  /** Reads the rest of the bytes so the digest covers the whole file. */
  @Override
  public String sha256() throws IOException {
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

  /** A record: the line on which it starts and its fields (none for an empty line). */
  private static final class Line {

    private final long number;
    private final String[] fields;

    Line(long number, String[] fields) {
      this.number = number;
      this.fields = fields;
    }

    long line() {
      return number;
    }

    String[] fields() {
      return fields;
    }

    boolean isEndMark() {
      return fields.length == 1 && CsvText.END_MARK.equals(fields[0]);
    }
  }

  /** Builds the records of FastCSV's callbacks and knows where the record being read starts. */
  private static final class Fields extends AbstractBaseCsvCallbackHandler<Line> {

    private String[] fields = new String[16];
    private int count;

    long line() {
      return getStartingLineNumber();
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      count = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
      if (count == fields.length) {
        fields = Arrays.copyOf(fields, count * 2);
      }
      fields[count++] = new String(buf, offset, len);
    }

    @Override
    protected Line buildRecord() {
      return new Line(getStartingLineNumber(), Arrays.copyOf(fields, count));
    }
  }
}
