package rbs.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects the encoding of a text extract: UTF-8 when the bytes decode strictly as UTF-8 (with or
 * without BOM), else windows-1252 (not ISO-8859-1, which turns the euro sign 0x80 into a control
 * character). Streams the file in blocks; never holds it whole.
 */
final class Encodings {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Encodings() {}

  static boolean startsWithBom(Path file) throws IOException {
    byte[] head = new byte[3];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(head, 0, 3) == 3
          && (head[0] & 0xff) == 0xEF
          && (head[1] & 0xff) == 0xBB
          && (head[2] & 0xff) == 0xBF;
    }
  }

  static Charset detect(Path file) throws IOException {
    if (startsWithBom(file)) {
      return StandardCharsets.UTF_8;
    }
    return isStrictUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
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
