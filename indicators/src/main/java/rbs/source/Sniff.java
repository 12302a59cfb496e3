package rbs.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file really is, from its first bytes, whatever its name says. */
enum Sniff {
  ZIP,
  OLE2,
  TEXT;

  static Sniff of(Path file) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, 8);
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return ZIP;
    }
    if (n == 8
        && (head[0] & 0xff) == 0xD0
        && (head[1] & 0xff) == 0xCF
        && (head[2] & 0xff) == 0x11
        && (head[3] & 0xff) == 0xE0
        && (head[4] & 0xff) == 0xA1
        && (head[5] & 0xff) == 0xB1
        && (head[6] & 0xff) == 0x1A
        && (head[7] & 0xff) == 0xE1) {
      return OLE2;
    }
    return TEXT;
  }
}
