package rbs.source;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** The characters of a CSV extract as {@link CsvTable}'s parser reads them. */
final class CsvText {

  /** The end mark's one field: a NUL, which no text extract holds, and a name. */
  static final String END_MARK = "\u0000rbs-end-of-text";

  private CsvText() {}

  /** The text with its line breaks as LF and the end mark after it. */
  static Reader of(Reader text) {
    return new EndMarked(new LineBreaks(text));
  }

  /** A filter of characters whose single-character read goes through its read of many. */
  private abstract static class CharFilter extends FilterReader {

    CharFilter(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      return read(one, 0, 1) < 0 ? -1 : one[0];
    }
  }

  /**
   * Ends the text with a line of its own that no extract holds. A parser that meets the end of the
   * text inside a quoted value returns the value read so far, as if the quote had been closed; with
   * the mark, the mark is read into that value instead of as a record of its own, which shows that
   * the quote was never closed. A text whose last line has no line break gets one, which changes
   * none of its records.
   */
  static final class EndMarked extends CharFilter {

    private static final char[] MARK = ("\n" + END_MARK + "\n").toCharArray();
    private int marked = -1;

    EndMarked(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (marked < 0) {
        int n = super.read(buf, off, len);
        if (n != -1) {
          return n;
        }
        marked = 0;
      }
      if (marked == MARK.length || len == 0) {
        return marked == MARK.length ? -1 : 0;
      }
      int n = Math.min(len, MARK.length - marked);
      System.arraycopy(MARK, marked, buf, off, n);
      marked += n;
      return n;
    }
  }

  /**
   * Reads every line break as LF: CRLF and a lone CR (old Macs) become one LF, so line numbers stay
   * those of the file. FastCSV 4.1 loses a quoted value that ends in CR when an LF follows its
   * closing quote (it takes the LF for the second half of a CRLF and joins the next line to the
   * record); without CRs it cannot. A line break inside a quoted value is read as LF too: only a
   * text value with a line break inside it differs (CRLF there becomes LF).
   */
  static final class LineBreaks extends CharFilter {

    private boolean afterCr;

    LineBreaks(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      while (true) {
        int n = super.read(buf, off, len);
        if (n <= 0) {
          return n;
        }
        int to = off;
        for (int i = off; i < off + n; i++) {
          char c = buf[i];
          if (c == '\r') {
            buf[to++] = '\n';
            afterCr = true;
          } else {
            if (c != '\n' || !afterCr) {
              buf[to++] = c;
            }
            afterCr = false;
          }
        }
        if (to > off) {
          return to - off;
        }
        // the chunk was the LF of a CRLF split between two reads: read on
      }
    }
  }
}
