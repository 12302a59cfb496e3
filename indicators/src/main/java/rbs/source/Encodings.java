package rbs.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Detects the encoding of a text extract: the one its byte-order mark names (UTF-8, UTF-16 little
 * or big endian), UTF-16 when every other byte of the start is zero (Excel's "Unicode text" without
 * a mark), UTF-8 when the bytes decode strictly as UTF-8, else windows-1252 (not ISO-8859-1, which
 * turns the euro sign 0x80 into a control character). Streams the file in blocks; never holds it
 * whole.
 */
final class Encodings {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Encodings() {}

  /** The encoding a byte-order mark at the start of the file names, if it has one. */
  static Optional<Charset> fromBom(Path file) throws IOException {
    byte[] h = head(file, 3);
    if (h.length >= 3 && (h[0] & 0xff) == 0xEF && (h[1] & 0xff) == 0xBB && (h[2] & 0xff) == 0xBF) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (h.length >= 2 && (h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xFE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (h.length >= 2 && (h[0] & 0xff) == 0xFE && (h[1] & 0xff) == 0xFF) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  static Charset detect(Path file) throws IOException {
    Optional<Charset> bom = fromBom(file);
    if (bom.isPresent()) {
      return bom.get();
    }
    Optional<Charset> utf16 = utf16WithoutBom(head(file, 64));
    if (utf16.isPresent()) {
      return utf16.get();
    }
    return isStrictUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
  }

  /** ASCII text in UTF-16 has a zero byte beside every character; no other extract has zeros. */
  private static Optional<Charset> utf16WithoutBom(byte[] h) {
    int pairs = h.length / 2;
    if (pairs < 2) {
      return Optional.empty();
    }
    int zeroFirst = 0;
    int zeroSecond = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      zeroFirst += h[i] == 0 && h[i + 1] != 0 ? 1 : 0;
      zeroSecond += h[i] != 0 && h[i + 1] == 0 ? 1 : 0;
    }
    if (zeroSecond * 10 >= pairs * 9) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (zeroFirst * 10 >= pairs * 9) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static byte[] head(Path file, int n) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(n);
    }
  }

  /**
   * The 1-based line of the first bytes that are not text in this encoding (a reader only notices
   * them blocks later), or 0 if there are none.
   */
  static long firstBadLine(Path file, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    long line = 1;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      while (true) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        boolean end = n < 0;
        if (!end) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, end);
        chars.flip();
        for (int i = 0; i < chars.limit(); i++) {
          line += chars.get(i) == '\n' ? 1 : 0;
        }
        chars.clear();
        if (result.isError()) {
          return line;
        }
        bytes.compact();
        if (end) {
          return 0;
        }
      }
    }
  }

  static boolean isStrictUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      while (true) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        boolean end = n < 0;
        if (!end) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (end || !asciiOnly(bytes)) {
          if (decoder.decode(bytes, chars, end).isError()) {
            return false;
          }
          chars.clear();
        } else {
          bytes.position(bytes.limit());
        }
        bytes.compact();
        if (end) {
          return !decoder.flush(chars).isError() && bytes.position() == 0;
        }
      }
    }
  }

  // fast path: most blocks of a Swedish extract are plain ASCII
  private static boolean asciiOnly(ByteBuffer bytes) {
    byte[] a = bytes.array();
    int offset = bytes.arrayOffset();
    for (int i = bytes.position(); i < bytes.limit(); i++) {
      if (a[offset + i] < 0) {
        return false;
      }
    }
    return true;
  }
}
