package rbs.source;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.VarHandle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CsvTable}'s records read straight from the bytes, for a text in UTF-8 or a single-byte
 * encoding that writes ASCII as ASCII (windows-1252, ISO-8859-1) with a one-byte delimiter: no
 * decoder, no character copy, no parser in between, and the repeated values of a column (districts,
 * categories, dates) made into a String once. Decoding through the JDK and parsing with FastCSV
 * cost half of reading an extract.
 *
 * <p>It reads what it is sure of: unquoted fields, quoted fields (doubled quotes, line breaks
 * inside) closed right before a delimiter or line break, CRLF, LF or CR. At the first record with
 * anything else (a quote inside an unquoted field or after a closing one, a quote never closed,
 * bytes that are not text in the encoding, a NUL, a record of over {@link #MAX_BYTES} bytes) it
 * hands the rest of the file to {@link CsvTable}, which reads the file again from the start and
 * goes on from that record: such a file gives the records, errors and messages of {@link CsvTable}
 * alone, with the records before that one read once. (Bytes that are no text fail the file with
 * {@link CsvTable}'s message; {@link CsvTable}, whose decoder reads ahead, may fail some records
 * earlier. The file fails either way, and a failing file fails the run.)
 */
final class ByteCsvTable implements TextTable {

  /**
   * The longest record read here, in bytes; a longer one is left to {@link CsvTable}, whose bound
   * in characters it is (a character is one byte or more).
   */
  static final int MAX_BYTES = CsvTable.MAX_RECORD;

  private static final int READ = 256 * 1024;
  // byte classes: what the scan of a field stops at
  private static final byte PLAIN = 0;
  private static final byte DELIMITER = 1;
  private static final byte LF = 2;
  private static final byte CR = 3;
  private static final byte QUOTE = 4;
  private static final byte HIGH = 5;
  private static final byte BAD = 6;
  private static final byte END = 7;
  private static final VarHandle LONGS = TextBytes.LONGS;
  // what a scan that found no record says
  private static final int MORE = -1;
  private static final int TAKE_OVER = -2;
  // a field's flags
  private static final byte NON_ASCII = 1;
  private static final byte UNESCAPE = 2;
  // columns whose values are remembered (a String per distinct value)
  private static final int CACHED_COLUMNS = 64;

  private final Path file;
  private final String shown;
  private final Charset charset;
  private final boolean declared;
  private final char delimiterChar;
  // the delimiter in each byte of a long
  private final long delimiters;
  private final DigestInputStream in;
  private final byte[] classes = new byte[256];
  // the bytes a white-space character may start with, in this text's encoding
  private final boolean[] mayBeSpace;
  // a single-byte encoding's characters (null for UTF-8) and which bytes it has none for
  private final char[] singleByte;
  // bytes read at a time (tests make it small, so that records cross it everywhere)
  private final int read;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  // what the last scan of nextRead() found no record for: MORE or TAKE_OVER
  private int stopped;
  // whether the last record of the text was given the line break it lacked (by more())
  private boolean ended;
  private long line = 1;
  // the current record: its line, its fields as byte ranges, their flags and Strings once made
  private long recordLine;
  private int count;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private byte[] flags = new byte[16];
  private String[] made = new String[16];
  // per column the Strings of its repeated values, shared by the files one thread reads in one
  // encoding (see SHARED)
  private final RepeatedValues[] caches;
  private Optional<CsvTable> rest = Optional.empty();

  private ByteCsvTable(
      Path file,
      String shown,
      Charset charset,
      boolean declared,
      char delimiter,
      DigestInputStream in,
      char[] singleByte,
      int read) {
    this.read = read;
    this.buf = new byte[2 * read];
    this.file = file;
    this.shown = shown;
    this.charset = charset;
    this.declared = declared;
    this.delimiterChar = delimiter;
    this.delimiters = delimiter * TextBytes.ONES;
    this.in = in;
    this.singleByte = singleByte;
    this.mayBeSpace = singleByte == null ? UTF8_SPACE_STARTS : spaceStarts(singleByte);
    this.caches = SHARED.get().computeIfAbsent(charset, c -> new RepeatedValues[CACHED_COLUMNS]);
    for (int b = 0x80; b < 0x100; b++) {
      classes[b] = singleByte != null && singleByte[b] == '\uFFFF' ? BAD : HIGH;
    }
    classes[0] = BAD; // CsvTable's end mark starts with a NUL: such text is left to it
    classes['\n'] = LF;
    classes['\r'] = CR;
    classes['"'] = QUOTE;
    classes[delimiter] = DELIMITER;
  }

  /**
   * The repeated values of the files a thread reads, per encoding: a value's String depends on its
   * bytes and the encoding only, so the next file of the thread starts with the Strings the last
   * one made. Besides sparing their making, this keeps the compiled reading loop: a file that came
   * with empty caches and new Strings took ways through it no earlier row took, and sent it back to
   * be compiled again, slower for a while (the compute benchmark's 28 files took 0.9 CPU seconds
   * more than the same rows as 2 files; this spares about half of it). A column place that stopped
   * remembering (its values mostly new) stays so for the thread's later files: slower there at
   * worst, never other values. Let go of by {@link #forgetSharedValues} when the thread's reading
   * ends.
   */
  private static final ThreadLocal<Map<Charset, RepeatedValues[]>> SHARED =
      ThreadLocal.withInitial(HashMap::new);

  /** Lets go of the values this thread's files shared (once it has read its files). */
  static void forgetSharedValues() {
    SHARED.remove();
  }

  /** The first bytes of the UTF-8 forms of the characters {@link Character#isWhitespace} takes. */
  private static final boolean[] UTF8_SPACE_STARTS = utf8SpaceStarts();

  private static boolean[] utf8SpaceStarts() {
    boolean[] starts = new boolean[256];
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      // white space is all in the first plane (checked by ByteCsvTableTest)
      if (Character.isWhitespace(c)) {
        starts[String.valueOf(c).getBytes(StandardCharsets.UTF_8)[0] & 0xff] = true;
      }
    }
    return starts;
  }

  /** The bytes of a single-byte encoding that are white space. */
  private static boolean[] spaceStarts(char[] singleByte) {
    boolean[] starts = new boolean[256];
    for (int b = 0; b < 256; b++) {
      starts[b] = Character.isWhitespace(b < 0x80 ? b : singleByte[b]);
    }
    return starts;
  }

  /**
   * The table when this reader can take the text (see the class comment), else empty; {@code
   * charset} and {@code delimiter} are those {@link CsvTable} decided on.
   */
  static Optional<TextTable> open(
      Path file, String shown, Charset charset, boolean declared, char delimiter, Digest digest)
      throws IOException {
    return open(file, shown, charset, declared, delimiter, digest, READ);
  }

  /** {@link #open}, reading {@code read} bytes at a time. */
  static Optional<TextTable> open(
      Path file,
      String shown,
      Charset charset,
      boolean declared,
      char delimiter,
      Digest digest,
      int read)
      throws IOException {
    if (delimiter == 0
        || delimiter >= 0x80
        || delimiter == '"'
        || delimiter == '\n'
        || delimiter == '\r') {
      return Optional.empty();
    }
    char[] singleByte = null;
    if (!charset.equals(StandardCharsets.UTF_8)) {
      Optional<char[]> table = TextBytes.singleByteTable(charset);
      if (table.isEmpty()) {
        return Optional.empty();
      }
      singleByte = table.get();
    }
    DigestInputStream in = digest.wrap(Files.newInputStream(file));
    ByteCsvTable table =
        new ByteCsvTable(file, shown, charset, declared, delimiter, in, singleByte, read);
    table.skipBom();
    return Optional.of(table);
  }

  private void skipBom() throws IOException {
    while (limit - pos < 3 && !eof) {
      fill();
    }
    if (singleByte == null
        && limit - pos >= 3
        && (buf[pos] & 0xff) == 0xEF
        && (buf[pos + 1] & 0xff) == 0xBB
        && (buf[pos + 2] & 0xff) == 0xBF) {
      pos += 3;
    }
  }

  /**
   * Moves what is left from {@code pos} to the start of the buffer and reads more after it; a
   * record as long as the buffer makes it twice as large. False when the record read so far is
   * longer than {@link #MAX_BYTES}.
   */
  private boolean fill() throws IOException {
    int left = limit - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, left);
      pos = 0;
      limit = left;
    }
    if (left > MAX_BYTES) {
      return false;
    }
    if (buf.length - limit < read) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.readNBytes(buf, limit, read);
    limit += n;
    eof = n < read;
    return true;
  }

  @Override
  public HeaderSearch header(HeaderSearch.Scan scan) throws IOException {
    while (rest.isEmpty()) {
      if (!advance()) {
        return scan.result();
      }
      if (rest.isPresent()) {
        break; // the record is the other reader's now
      }
      if (recordLine > scan.last()) {
        return scan.result();
      }
      if (recordLine >= scan.from() && !blank() && scan.offer(cells(), recordLine)) {
        return scan.result();
      }
    }
    return rest.get().header(scan);
  }

  private List<String> cells() {
    String[] cells = new String[count];
    for (int i = 0; i < count; i++) {
      cells[i] = (String) cell(i);
    }
    return Arrays.asList(cells);
  }

  /** The stretches of {@link #nextRead} one after another. */
  @Override
  public boolean next() throws IOException {
    do {
      if (nextRead()) {
        return true;
      }
    } while (more());
    return false;
  }

  /**
   * {@link #next}, but only as far as the bytes read so far go: false where they end (or the text
   * does), and then {@link #more} reads on. The reading loop runs on this: its one way out is taken
   * at every buffer, so the end of a file is no way the compiled loop has never seen (such a way,
   * taken once a file, sent the loop back to be compiled again at each of a thread's first files).
   */
  @Override
  public boolean nextRead() throws IOException {
    while (rest.isEmpty()) {
      // the text's last bytes are scanned as if more came: more() ends its last record
      int end = scan(false);
      if (end < 0) {
        stopped = end;
        return false;
      }
      pos = end;
      if (!blank()) {
        return true;
      }
    }
    return rest.get().next();
  }

  /**
   * After {@link #nextRead} gave false: reads on (true) or says the text has no more rows (false).
   * At the end of the bytes a last record without a line break gets one, so that it is scanned as
   * every other; a record still not whole is {@link CsvTable}'s to read and to fail.
   */
  @Override
  public boolean more() throws IOException {
    if (rest.isPresent()) {
      return false; // CsvTable read the rest of the text to its end
    }
    if (stopped == TAKE_OVER) {
      handOver();
      return true;
    }
    if (!eof) {
      if (!fill()) {
        handOver(); // a record longer than MAX_BYTES
      }
      return true;
    }
    if (pos == limit) {
      return false;
    }
    if (ended) {
      handOver(); // still no whole record: a quote never closed, or a character cut off
      return true;
    }
    buf[limit++] = '\n'; // fill() left room: it read fewer bytes than it had room for
    ended = true;
    return true;
  }

  /**
   * Reads the next record; false at the end of the text. A record this reader does not take is
   * handed to {@link CsvTable} (true, with {@link #rest} present).
   */
  private boolean advance() throws IOException {
    while (true) {
      if (eof && pos == limit) {
        return false;
      }
      int end = scan(eof);
      if (end >= 0) {
        pos = end;
        return true;
      }
      if (end == TAKE_OVER || !fill()) {
        handOver();
        return true;
      }
    }
  }

  /**
   * Scans the record from {@code pos}: the position after its line break, {@link #MORE} when it
   * runs past the bytes read (unless they are the last), or {@link #TAKE_OVER}.
   */
  private int scan(boolean last) {
    byte[] b = buf;
    int lim = limit;
    int p = pos;
    int lines = 0;
    int field = 0;
    while (true) {
      if (field == starts.length) {
        grow();
      }
      byte f = 0;
      int start;
      int stop;
      byte at;
      if (p < lim && b[p] == '"') {
        // quoted: to the closing quote, doubled quotes and line breaks inside
        start = ++p;
        while (true) {
          if (p >= lim) {
            return last ? TAKE_OVER : MORE; // never closed, or not read yet
          }
          byte k = classes[b[p] & 0xff];
          if (k == PLAIN || k == DELIMITER) {
            p++;
            continue;
          }
          if (k == QUOTE) {
            if (p + 1 >= lim && !last) {
              return MORE;
            }
            if (p + 1 < lim && b[p + 1] == '"') {
              f |= UNESCAPE;
              p += 2;
              continue;
            }
            break;
          }
          if (k == HIGH) {
            int n = character(b, p, lim, last);
            if (n < 0) {
              return n;
            }
            f |= NON_ASCII;
            p += n;
            continue;
          } else if (k == LF) {
            lines++;
          } else if (k == CR) {
            if (p + 1 >= lim && !last) {
              return MORE;
            }
            if (p + 1 < lim && b[p + 1] == '\n') {
              p++;
            }
            lines++;
            f |= UNESCAPE;
          } else {
            return TAKE_OVER;
          }
          p++;
        }
        stop = p++;
        at = p < lim ? classes[b[p] & 0xff] : END;
        if (at != DELIMITER && at != LF && at != CR && at != END) {
          return TAKE_OVER; // something after the closing quote: CsvTable says what
        }
      } else {
        start = p;
        while (true) {
          // eight bytes at a time to the next that is not plain ASCII
          while (p + 8 <= lim) {
            long m = TextBytes.special((long) LONGS.get(b, p), delimiters);
            if (m != 0) {
              p += Long.numberOfTrailingZeros(m) >>> 3;
              break;
            }
            p += 8;
          }
          if (p >= lim) {
            at = END;
            break;
          }
          at = classes[b[p] & 0xff];
          if (at == PLAIN) {
            p++;
          } else if (at == HIGH) {
            int n = character(b, p, lim, last);
            if (n < 0) {
              return n;
            }
            f |= NON_ASCII;
            p += n;
          } else {
            break;
          }
        }
        if (at == QUOTE || at == BAD) {
          return TAKE_OVER;
        }
        stop = p;
      }
      if (at == END && !last) {
        return MORE;
      }
      starts[field] = start;
      ends[field] = stop;
      flags[field] = f;
      made[field] = null;
      field++;
      if (at == DELIMITER) {
        p++;
        continue;
      }
      // the line break, or the end of the text
      if (at == CR) {
        if (p + 1 >= lim && !last) {
          return MORE;
        }
        p += p + 1 < lim && b[p + 1] == '\n' ? 2 : 1;
      } else if (at == LF) {
        p++;
      }
      count = field;
      recordLine = line;
      line += lines + 1;
      return p;
    }
  }

  /**
   * The bytes of the character at {@code p}, a byte of 0x80 or more: one in a single-byte encoding
   * (a byte without a character is of class BAD), a UTF-8 sequence's length; {@link #MORE} when the
   * sequence runs past the bytes read and more are to come, else {@link #TAKE_OVER}.
   */
  private int character(byte[] b, int p, int lim, boolean last) {
    int n = singleByte != null ? 1 : TextBytes.utf8Sequence(b, p, lim);
    if (n >= 0) {
      return n;
    }
    return n == TextBytes.CUT && !last ? MORE : TAKE_OVER;
  }

  private void grow() {
    int n = starts.length * 2;
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    flags = Arrays.copyOf(flags, n);
    made = Arrays.copyOf(made, n);
  }

  /** Whether the rest of the file is {@link CsvTable}'s (for tests). */
  boolean handedOver() {
    return rest.isPresent();
  }

  /** {@link CsvTable} reads the file again and goes on from the record at {@link #pos}. */
  private void handOver() throws IOException {
    in.close();
    CsvTable table = CsvTable.open(file, shown, charset, declared, delimiterChar, new Digest());
    rest = Optional.of(table); // closed with this one, also when the record it goes on from fails
    table.skipBefore(line);
  }

  private boolean blank() {
    for (int i = 0; i < count; i++) {
      if (!blankAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the current record's field {@code i} is the bytes as they stand in the file (no quote
   * undone, no line break inside), readable by {@link #bytes}, {@link #start} and {@link #end};
   * false for a field the record does not have and once {@link CsvTable} has taken over.
   */
  boolean asWritten(int i) {
    return rest.isEmpty() && i < count && (flags[i] & UNESCAPE) == 0;
  }

  /** Whether an {@link #asWritten} field is ASCII only. */
  boolean ascii(int i) {
    return flags[i] == 0;
  }

  /** The buffer the current record's plain fields are in (valid until the next record). */
  byte[] bytes() {
    return buf;
  }

  /** Where field {@code i} of the current record starts in {@link #bytes}. */
  int start(int i) {
    return starts[i];
  }

  /** Where field {@code i} of the current record ends (exclusive) in {@link #bytes}. */
  int end(int i) {
    return ends[i];
  }

  /** Whether an {@link #asWritten} field is empty or white space, as {@link String#isBlank}. */
  boolean blankAt(int i) {
    int s = starts[i];
    // a field that starts with a byte no white space starts with is no blank: most fields, with a
    // letter, digit or a non-ASCII letter first alike (one way through, for the compiler too)
    return s == ends[i] || (mayBeSpace[buf[s] & 0xff] && blankFrom(i));
  }

  private boolean blankFrom(int i) {
    if ((flags[i] & UNESCAPE) == 0) {
      // a printable ASCII character is no white space: most fields end here at their first byte
      for (int p = starts[i]; p < ends[i]; p++) {
        if (buf[p] > ' ') {
          return false;
        }
      }
      if ((flags[i] & NON_ASCII) == 0) {
        for (int p = starts[i]; p < ends[i]; p++) {
          if (!Character.isWhitespace(buf[p])) {
            return false;
          }
        }
        return true;
      }
    }
    return ((String) cell(i)).isBlank();
  }

  @Override
  public long rowNumber() {
    return rest.isPresent() ? rest.get().rowNumber() : recordLine;
  }

  @Override
  public Object cell(int index) {
    if (rest.isPresent()) {
      return rest.get().cell(index);
    }
    if (index >= count) {
      return null;
    }
    String s = made[index];
    if (s == null) {
      s = index < CACHED_COLUMNS && (flags[index] & UNESCAPE) == 0 ? cached(index) : string(index);
      made[index] = s;
    }
    return s;
  }

  /** The field's String, the same one for a value the column repeats. */
  private String cached(int index) {
    RepeatedValues values = caches[index];
    if (values == null) {
      values = new RepeatedValues();
      caches[index] = values;
    }
    String s = values.find(buf, starts[index], ends[index]);
    if (s == null) {
      s = string(index);
      values.remember(buf, starts[index], ends[index], s);
    }
    return s;
  }

  private String string(int index) {
    int from = starts[index];
    int len = ends[index] - from;
    String s;
    if ((flags[index] & NON_ASCII) == 0) {
      s = new String(buf, from, len, StandardCharsets.ISO_8859_1);
    } else if (singleByte == null) {
      s = new String(buf, from, len, StandardCharsets.UTF_8);
    } else {
      char[] chars = new char[len];
      for (int i = 0; i < len; i++) {
        chars[i] = singleByte[buf[from + i] & 0xff];
      }
      s = new String(chars);
    }
    if ((flags[index] & UNESCAPE) != 0) {
      s = s.replace("\r\n", "\n").replace('\r', '\n').replace("\"\"", "\"");
    }
    return s;
  }

  @Override
  public boolean date1904() {
    return false;
  }

  @Override
  public String sha256() throws IOException {
    if (rest.isPresent()) {
      return rest.get().sha256();
    }
    in.transferTo(OutputStream.nullOutputStream());
    return Digest.hex(in.getMessageDigest());
  }

  @Override
  public void close() throws IOException {
    try {
      in.close();
    } finally {
      if (rest.isPresent()) {
        rest.get().close();
      }
    }
  }
}
