package rbs.source;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since the current record started and fails past a bound: a CSV parser
 * holds a whole record in memory, and a 200 MB line must not become an out-of-memory error.
 */
final class BoundedReader extends FilterReader {

  /** The bound was passed. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("record too long");
    }
  }

  private final long max;
  private long count;

  BoundedReader(Reader in, long max) {
    super(in);
    this.max = max;
  }

  /** A new record starts: its characters are counted from here (read-ahead included). */
  void startRecord() {
    count = 0;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      add(1);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  private void add(int n) throws TooLong {
    count += n;
    if (count > max) {
      throw new TooLong();
    }
  }
}
