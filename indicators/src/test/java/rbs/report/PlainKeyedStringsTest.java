package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;

/**
 * The shared strings written as text are the table POI writes: random tables of texts with every
 * kind of character XML escapes, replaces or keeps with {@code xml:space}, added as text (and
 * handed to POI at a random moment) and through POI's own table, their bytes compared.
 */
class PlainKeyedStringsTest {

  private static final String[] PIECES = {
    "a",
    "Å",
    "kvinnor",
    " ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\u0000",
    "\u0001",
    "\u0008",
    "\u000B",
    "\u000C",
    "\u001C",
    "\u001F",
    "\u007F",
    "\u0085",
    "\u00A0",
    "\u2028",
    "\u3000",
    "]",
    "]]",
    ">",
    "]]>",
    "&",
    "<",
    "&amp;",
    "\"",
    "'",
    "?",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "\uFFFE",
    "\uFFFF",
    "\uFFFD",
    "19121212-1212",
    "_x0001_",
  };

  private static String text(Random random) {
    int n = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(6);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  /** What one table did: the indexes it gave, its counts and its bytes. */
  private record Written(List<Integer> indexes, int count, int unique, String xml) {}

  /**
   * The seed's texts added to a table, as text until the {@code handAt}-th (when POI adds a rich
   * text of its own or reads the entries, and the table is POI's from then on); {@code poiFirst}:
   * the table POI's before the first text, the reference.
   */
  private static Written write(long seed, int handAt, boolean poiFirst) throws IOException {
    Random random = new Random(seed);
    boolean rich = new Random(-seed).nextBoolean();
    int n = 1 + random.nextInt(60);
    List<String> pool = new ArrayList<>();
    PlainKeyedStrings table = new PlainKeyedStrings();
    if (poiFirst) {
      assertThat(table.getSharedStringItems()).isEmpty();
    }
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i == handAt) {
        if (rich) {
          // a rich text (two runs): POI's own key, POI's entry
          XSSFRichTextString text = new XSSFRichTextString("fet och ");
          text.append("kursiv", new XSSFFont());
          indexes.add(table.addSharedStringItem(text));
        } else {
          indexes.add(table.getSharedStringItems().size());
        }
      }
      // texts seen before, often: an entry counted again
      String text =
          !pool.isEmpty() && random.nextInt(3) == 0
              ? pool.get(random.nextInt(pool.size()))
              : text(random);
      pool.add(text);
      indexes.add(table.add(text));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.writeTo(out);
    return new Written(
        indexes, table.getCount(), table.getUniqueCount(), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aTableWrittenAsTextIsTheTablePoiWrites() throws IOException {
    for (long seed = 1; seed <= 500; seed++) {
      Written text = write(seed, Integer.MAX_VALUE, false);
      Written poi = write(seed, Integer.MAX_VALUE, true);
      assertThat(text.xml()).as("seed %d", seed).isEqualTo(poi.xml());
      assertThat(text).as("seed %d", seed).isEqualTo(poi);
    }
  }

  @Test
  void aTableHandedToPoiMidwayKeepsItsEntriesAndCounts() throws IOException {
    for (long seed = 1; seed <= 300; seed++) {
      int handAt = new Random(seed * 31).nextInt(30);
      Written handed = write(seed, handAt, false);
      Written poi = write(seed, handAt, true);
      assertThat(handed.xml()).as("seed %d", seed).isEqualTo(poi.xml());
      assertThat(handed).as("seed %d", seed).isEqualTo(poi);
    }
  }
}
