package rbs.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * What {@link ByteCsvTable} knows of text as bytes: where the next byte that is not plain ASCII
 * text is, eight bytes at a time; UTF-8 as Java's strict decoder takes it; single-byte encodings.
 */
final class TextBytes {

  /** Eight bytes of a byte array as one long, the first byte lowest. */
  static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** A byte of 1 in each place of a long: {@code c * ONES} is c eight times. */
  static final long ONES = 0x0101010101010101L;

  /** What {@link #utf8Sequence} says of a sequence that runs past the bytes read. */
  static final int CUT = -1;

  /** What {@link #utf8Sequence} says of bytes that are not UTF-8. */
  static final int INVALID = -2;

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long QUOTES = '"' * ONES;
  private static final long CRS = '\r' * ONES;
  private static final long LFS = '\n' * ONES;

  private TextBytes() {}

  /**
   * The characters of a single-byte encoding that writes ASCII as ASCII, by byte, '\uFFFF' where
   * its strict decoder fails; empty for any other encoding.
   */
  static Optional<char[]> singleByteTable(Charset charset) {
    if (!charset.canEncode() || charset.newEncoder().maxBytesPerChar() != 1f) {
      return Optional.empty();
    }
    char[] chars = new char[256];
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int b = 0; b < 256; b++) {
      try {
        CharBuffer c = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
        if (c.length() != 1 || (b < 0x80 && c.charAt(0) != b)) {
          return Optional.empty();
        }
        chars[b] = c.charAt(0);
      } catch (CharacterCodingException e) {
        if (b < 0x80) {
          return Optional.empty();
        }
        chars[b] = '\uFFFF';
      }
    }
    return Optional.of(chars);
  }

  /**
   * The bytes of the UTF-8 character that starts at {@code p} with a byte of 0x80 or more, if
   * Java's strict decoder takes it (no overlong form, no surrogate, nothing past U+10FFFF); {@link
   * #CUT} when it runs past {@code lim}, else {@link #INVALID}.
   */
  static int utf8Sequence(byte[] b, int p, int lim) {
    int c = b[p] & 0xff;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      if (c == 0xE0) {
        lo = 0xA0; // overlong
      } else if (c == 0xED) {
        hi = 0x9F; // surrogates
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      if (c == 0xF0) {
        lo = 0x90; // overlong
      } else if (c == 0xF4) {
        hi = 0x8F; // past U+10FFFF
      }
    } else {
      return INVALID;
    }
    if (p + n > lim) {
      return CUT;
    }
    int second = b[p + 1] & 0xff;
    if (second < lo || second > hi) {
      return INVALID;
    }
    for (int k = 2; k < n; k++) {
      if ((b[p + k] & 0xc0) != 0x80) {
        return INVALID;
      }
    }
    return n;
  }

  /**
   * A mask whose lowest set bit is the high bit of the first byte of {@code w} (little-endian) that
   * is the delimiter, a quote, CR, LF, NUL or 0x80 and above; 0 when there is none. (A zero byte's
   * test may also mark bytes above it, never below.)
   */
  static long special(long w, long delimiters) {
    return zero(w ^ delimiters)
        | zero(w ^ QUOTES)
        | zero(w ^ CRS)
        | zero(w ^ LFS)
        | zero(w)
        | (w & HIGH_BITS);
  }

  private static long zero(long x) {
    return (x - ONES) & ~x & HIGH_BITS;
  }

  /** Where ASCII bytes {@code s..e} start without the white space before them. */
  static int stripStart(byte[] b, int s, int e) {
    while (s < e && Character.isWhitespace(b[s])) {
      s++;
    }
    return s;
  }

  /** Where ASCII bytes {@code s..e} end without the white space after them. */
  static int stripEnd(byte[] b, int s, int e) {
    while (e > s && Character.isWhitespace(b[e - 1])) {
      e--;
    }
    return e;
  }
}
