package rbs.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;

/**
 * The byte reader is judged against {@link CsvTable} (FastCSV over the JDK's decoder, itself
 * checked against Commons CSV in {@link CsvParsingTest}): for any bytes, the same header search,
 * the same records with the same row numbers and cells, the same hash, or the same failure with the
 * same message. The texts are made to break it: quotes anywhere, every kind of line break, bytes
 * that are no UTF-8 or no windows-1252, NULs, byte-order marks, records across its buffer.
 */
class ByteCsvTableTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  @Property(tries = 2000)
  void readsAnyBytesAsTheCharacterReaderDoes(
      @ForAll("texts") byte[] text,
      @ForAll("settings") Tuple.Tuple3<Charset, Character, Long> s,
      @ForAll("reads") int read)
      throws IOException {
    Path file = Files.createTempFile("rbs-bytes", ".csv");
    try {
      Files.write(file, text);
      List<String> chars = transcript(file, s.get1(), s.get2(), s.get3(), 0, false);
      String what = show(text) + " in " + s.get1() + ", delimiter " + (int) s.get2();
      assertAlike(
          transcript(file, s.get1(), s.get2(), s.get3(), read, false),
          chars,
          what + ", read " + read);
      // read as the source reader reads it: a stretch of rows at a time, then more()
      assertAlike(
          transcript(file, s.get1(), s.get2(), s.get3(), read, true),
          chars,
          what + ", read " + read + " in stretches");
    } finally {
      Files.delete(file);
    }
  }

  /** Bytes read at a time: a few, so that every place in a record is at the end of a read. */
  @Provide
  Arbitrary<Integer> reads() {
    return Arbitraries.of(1, 2, 3, 5, 8, 13, 64, 256 * 1024);
  }

  @Provide
  Arbitrary<Tuple.Tuple3<Charset, Character, Long>> settings() {
    return Arbitraries.of(UTF_8, WINDOWS_1252)
        .flatMap(
            c ->
                Arbitraries.of(';', ',', '\t')
                    .flatMap(d -> Arbitraries.longs().between(1, 3).map(f -> Tuple.of(c, d, f))));
  }

  @Provide
  Arbitrary<byte[]> texts() {
    Arbitrary<String> pieces =
        Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of("a", "id", "12", "a b", "  ", "x")),
            Tuple.of(4, Arbitraries.of("å", "Ö", "€", "𝄞", "\u00a0", "\u2003")),
            Tuple.of(5, Arbitraries.of(";", ",", "\t")),
            Tuple.of(3, Arbitraries.of("\"", "\"\"")),
            Tuple.of(3, Arbitraries.of("\n", "\r\n", "\r")),
            Tuple.of(1, Arbitraries.of("<ff>", "<c3>", "<ed a0 80>", "<c0 80>", "<81>", "<00>")));
    return pieces
        .list()
        .ofMaxSize(60)
        .flatMap(
            p ->
                Arbitraries.of(true, false)
                    .map(bom -> bytes((bom ? "<ef bb bf>" : "") + String.join("", p))));
  }

  @Test
  void recordsAcrossItsBufferAndAllOverTheFileAreReadAlike() throws IOException {
    // a quarter of a million records of valid text, with a rare record it leaves to CsvTable
    Random random = new Random(7);
    String[] values = {
      "Bromma", "Östermalm", "\"a;b\"", "\"x\"\"y\"", "", " ", "€", "19121212-1212"
    };
    for (int round = 0; round < 6; round++) {
      StringBuilder text = new StringBuilder("id;a;b\n");
      int breakAt = round == 0 ? -1 : random.nextInt(40_000);
      for (int r = 0; r < 40_000; r++) {
        for (int f = 0; f < 3; f++) {
          text.append(f == 0 ? "" : ";").append(values[random.nextInt(values.length)]);
        }
        text.append(r == breakAt ? (round % 2 == 0 ? "x\"y" : "\"q\" ") : "");
        text.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
      }
      Path file = dir.resolve("big" + round + ".csv");
      Files.writeString(file, text, UTF_8);
      List<String> chars = transcript(file, UTF_8, ';', 1, false);
      assertThat(transcript(file, UTF_8, ';', 1, true)).hasSizeGreaterThan(100).isEqualTo(chars);
      assertThat(transcript(file, UTF_8, ';', 1, 256 * 1024, true)).isEqualTo(chars);
      assertThat(handsOver(file)).isEqualTo(round != 0);
    }
  }

  /**
   * A field is blank as {@link String#isBlank} says, for every character of the first plane alone,
   * between spaces and after a letter, in UTF-8 and windows-1252 (where white space is all: no
   * character beyond the first plane is white space).
   */
  @Test
  void aFieldIsBlankExactlyWhenItsStringIs() throws IOException {
    for (int c = Character.MAX_VALUE + 1; c <= Character.MAX_CODE_POINT; c++) {
      assertThat(Character.isWhitespace(c)).as("U+%X", c).isFalse();
    }
    for (Charset charset : List.of(UTF_8, Charset.forName("windows-1252"))) {
      StringBuilder text = new StringBuilder("id;a\n");
      int written = 0;
      for (char c = 1; c < Character.MAX_VALUE; c++) {
        if (c == '\n'
            || c == '\r'
            || c == '"'
            || c == ';'
            || Character.isSurrogate(c)
            || !charset.newEncoder().canEncode(c)) {
          continue;
        }
        text.append("1;")
            .append(c)
            .append("\n1; ")
            .append(c)
            .append(" \n1;x")
            .append(c)
            .append('\n');
        written += 3;
      }
      Path file = dir.resolve("blank-" + charset.name() + ".csv");
      Files.write(file, text.toString().getBytes(charset));
      int checked = 0;
      int blank = 0;
      try (TextTable table = open(file, charset, ';', 1 << 16)) {
        ByteCsvTable bytes = (ByteCsvTable) table;
        table.header(scan(1));
        while (table.next()) {
          if (bytes.asWritten(1)) {
            boolean expected = ((String) table.cell(1)).isBlank();
            assertThat(bytes.blankAt(1)).as("%s", table.cell(1)).isEqualTo(expected);
            checked++;
            blank += expected ? 1 : 0;
          }
        }
      }
      assertThat(checked).isEqualTo(written);
      assertThat(blank)
          .as("white space characters, twice each")
          .isGreaterThan(charset.equals(UTF_8) ? 40 : 8);
    }
  }

  @Test
  void aRecordLongerThanItTakesIsReadByTheCharacterReader() throws IOException {
    // 0.9 M two-byte characters: more bytes than it takes, fewer characters than CsvTable's bound
    Path file = dir.resolve("long.csv");
    Files.writeString(file, "id;a\n1;" + "ö".repeat(900_000) + "\n2;b\n", UTF_8);
    List<String> bytes = transcript(file, UTF_8, ';', 1, true);
    assertThat(bytes).isEqualTo(transcript(file, UTF_8, ';', 1, false));
    assertThat(bytes).anyMatch(l -> l.startsWith("row 3 ")).noneMatch(l -> l.startsWith("fails"));
    assertThat(handsOver(file)).isTrue();
  }

  /**
   * A thread's files share the Strings of their repeated values, per encoding: the same bytes in a
   * file of another encoding are that encoding's characters, and the first encoding's file read
   * again gets its own back (a sharing keyed by bytes alone gives "å" to all three).
   */
  @Test
  void filesOfOtherEncodingsReadOnOneThreadKeepTheirOwnCharacters() throws IOException {
    Path file = dir.resolve("shared.csv");
    // "å" in UTF-8 is C3 A5, which windows-1252 reads as "Ã¥"
    byte[] aring = "å".getBytes(UTF_8);
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    text.writeBytes("id;namn\n".getBytes(UTF_8));
    for (int row = 1; row <= 3; row++) {
      text.writeBytes((row + ";").getBytes(UTF_8));
      text.writeBytes(aring);
      text.writeBytes("\n".getBytes(UTF_8));
    }
    Files.write(file, text.toByteArray());
    try {
      assertThat(transcript(file, UTF_8, ';', 1, true)).contains("row 3 [2, å, null]");
      assertThat(transcript(file, WINDOWS_1252, ';', 1, true)).contains("row 3 [2, Ã¥, null]");
      assertThat(transcript(file, UTF_8, ';', 1, true)).contains("row 4 [3, å, null]");
    } finally {
      ByteCsvTable.forgetSharedValues();
    }
  }

  @Test
  void theUsualExtractIsReadFromItsBytesToTheEnd() throws IOException {
    Path file = dir.resolve("usual.csv");
    Files.writeString(
        file,
        "\uFEFFid;namn;datum\r\n1;Årsta;2014-01-02\r\n\r\n2;\"Enskede; Årsta\";2014-01-03\r\n",
        UTF_8);
    List<String> seen = transcript(file, UTF_8, ';', 1, true);
    assertThat(seen)
        .isEqualTo(transcript(file, UTF_8, ';', 1, false))
        .contains(
            "header [id, namn, datum] 1 true",
            "row 2 [1, Årsta, 2014-01-02, null]",
            "row 4 [2, Enskede; Årsta, 2014-01-03, null]");
    assertThat(handsOver(file)).isFalse();
  }

  /**
   * The same transcript; or, where the character reader fails, the same failure after what it read
   * and perhaps more records: its decoder reads thousands of characters ahead and fails on bytes
   * that are no text before the records in front of them are handed on (the file fails either way,
   * and a failing file fails the run).
   */
  private static void assertAlike(List<String> bytes, List<String> chars, String what) {
    String last = chars.get(chars.size() - 1);
    if (!last.startsWith("fails")) {
      assertThat(bytes).as(what).isEqualTo(chars);
      return;
    }
    assertThat(bytes.get(bytes.size() - 1)).as(what).isEqualTo(last);
    assertThat(bytes.size()).as(what).isGreaterThanOrEqualTo(chars.size());
    assertThat(bytes.subList(0, chars.size() - 1))
        .as(what)
        .isEqualTo(chars.subList(0, chars.size() - 1));
    if (!last.contains("MalformedInput")
        && !last.contains("UnmappableCharacter")
        && !last.contains("bytes that are not")) {
      assertThat(bytes).as(what).isEqualTo(chars);
    }
  }

  /** Whether the byte reader leaves part of the file to CsvTable. */
  private static boolean handsOver(Path file) throws IOException {
    try (TextTable table = open(file, UTF_8, ';', 256 * 1024)) {
      table.header(scan(1));
      try {
        while (table.next()) {
          // to the end
        }
      } catch (InputException e) {
        // the record it handed over is broken
      }
      return ((ByteCsvTable) table).handedOver();
    }
  }

  /**
   * What a reader gives: the header search, each data row's number and cells (one past the last
   * too), the hash; or the failure.
   */
  private static List<String> transcript(
      Path file, Charset charset, char delimiter, long from, boolean bytes) throws IOException {
    return transcript(file, charset, delimiter, from, bytes ? 256 * 1024 : 0, false);
  }

  /**
   * The transcript of the byte reader reading so many bytes at a time, or of CsvTable (0); its rows
   * read with {@link Table#next}, or in stretches with {@link Table#nextRead} and {@link
   * Table#more} as the source reader reads them.
   */
  private static List<String> transcript(
      Path file, Charset charset, char delimiter, long from, int read, boolean stretches)
      throws IOException {
    List<String> seen = new ArrayList<>();
    try (TextTable table = open(file, charset, delimiter, read)) {
      HeaderSearch h = table.header(scan(from));
      seen.add("header " + h.cells() + " " + h.row() + " " + h.found());
      if (stretches) {
        do {
          while (table.nextRead()) {
            seen.add(row(table));
          }
        } while (table.more());
      } else {
        while (table.next()) {
          seen.add(row(table));
        }
      }
      seen.add("sha " + table.sha256());
    } catch (InputException e) {
      seen.add("fails " + e.kind() + " " + e.getMessage());
    } catch (IOException e) {
      // the source reader says "cannot be read" with its reason (a text that is no UTF-8 right
      // after its byte-order mark fails as the decoder starts)
      seen.add("fails to read " + e);
    }
    return seen;
  }

  private static String row(Table table) {
    List<Object> cells = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      cells.add(table.cell(i));
      if (table.cell(i) == null) {
        break;
      }
    }
    return "row " + table.rowNumber() + " " + cells;
  }

  private static TextTable open(Path file, Charset charset, char delimiter, int read)
      throws IOException {
    if (read > 0) {
      Optional<TextTable> table =
          ByteCsvTable.open(file, "data/a.csv", charset, true, delimiter, new Digest(), read);
      assertThat(table).as("the byte reader takes %s", charset).isPresent();
      return table.get();
    }
    return CsvTable.open(file, "data/a.csv", charset, true, delimiter, new Digest());
  }

  /** The header: the first row from {@code from} on with a cell "id". */
  private static HeaderSearch.Scan scan(long from) {
    return new HeaderSearch.Scan(cells -> cells.contains("id") ? 1 : 0, 1, from);
  }

  /** UTF-8 of the text, with {@code <hex bytes>} written as those bytes. */
  private static byte[] bytes(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      int lt = text.indexOf('<', i);
      int end = lt < 0 ? text.length() : lt;
      out.writeBytes(text.substring(i, end).getBytes(UTF_8));
      if (lt < 0) {
        break;
      }
      int gt = text.indexOf('>', lt);
      for (String hex : text.substring(lt + 1, gt).split(" ", -1)) {
        out.write(Integer.parseInt(hex, 16));
      }
      i = gt + 1;
    }
    return out.toByteArray();
  }

  private static String show(byte[] text) {
    StringBuilder s = new StringBuilder();
    for (byte b : text) {
      s.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("<%02x>", b));
    }
    return s.toString();
  }
}
