package rbs.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one streaming pass over a file's bytes tells: its SHA-256 (for the manifest), its first
 * bytes (a zip is an xlsx, an OLE2 compound file is an xls or an encrypted workbook, whatever the
 * name says), a UTF-8 byte-order mark, and whether the whole file is valid UTF-8.
 */
record FileFacts(String sha256, Kind kind, boolean bom, boolean utf8) {

  /** What the content is, by its first bytes. */
  enum Kind {
    ZIP,
    OLE2,
    TEXT
  }

  static FileFacts of(Path file) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    boolean valid = true;
    byte[] head = new byte[8];
    int headLength = 0;
    ByteBuffer in = ByteBuffer.allocate(1 << 17);
    CharBuffer out = CharBuffer.allocate(1 << 17);
    try (InputStream s = Files.newInputStream(file)) {
      int n;
      byte[] buf = new byte[1 << 16];
      while ((n = s.read(buf)) > 0) {
        sha.update(buf, 0, n);
        for (int i = 0; i < n && headLength < head.length; i++) {
          head[headLength++] = buf[i];
        }
        if (valid) {
          if (in.remaining() < n) {
            valid = false; // cannot happen with equal buffer sizes after compact; be safe
          } else {
            in.put(buf, 0, n);
            in.flip();
            CoderResult r = utf8.decode(in, out, false);
            valid = !r.isError();
            out.clear();
            in.compact();
          }
        }
      }
      if (valid) {
        in.flip();
        valid = !utf8.decode(in, out, true).isError() && !in.hasRemaining();
      }
    }
    Kind kind = Kind.TEXT;
    if (headLength >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      kind = Kind.ZIP;
    } else if (headLength >= 8
        && (head[0] & 0xFF) == 0xD0
        && (head[1] & 0xFF) == 0xCF
        && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      kind = Kind.OLE2;
    }
    boolean bom =
        headLength >= 3
            && (head[0] & 0xFF) == 0xEF
            && (head[1] & 0xFF) == 0xBB
            && (head[2] & 0xFF) == 0xBF;
    return new FileFacts(HexFormat.of().formatHex(sha.digest()), kind, bom, valid);
  }
}
