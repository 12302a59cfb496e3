package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/**
 * A report workbook's package saved with its XML written as text ({@link PackageText}) is the zip
 * POI's save writes, byte for byte: random workbooks (one to four sheets, cells, charts drawn as
 * text and by POI, core properties with texts XML escapes, and some with characters only POI's
 * serialiser writes, for which POI saves the package) are saved both ways and the zips compared.
 */
class PackageTextTest {

  private static final String[] PIECES = {
    "Stockholm", " & ", "<", ">", "\"", "'", "–", "Älvsjö", "]]>", " ", "x", ""
  };

  /** Characters POI's serialiser may write otherwise than as themselves: POI saves those. */
  private static final String[] RARE = {"\n", "\t", "\u0001", "\uD83D\uDC69", "\u2028", "\u0085"};

  private static Optional<String> property(Random random) {
    if (random.nextInt(5) == 0) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      // most texts plain, so that most packages take the text path
      b.append(
          random.nextInt(40) == 0
              ? RARE[random.nextInt(RARE.length)]
              : PIECES[random.nextInt(PIECES.length)]);
    }
    return Optional.of(b.toString());
  }

  /** A workbook of a few sheets with cells and charts, and random core properties. */
  private static ReportWorkbooks.Book book(long seed) {
    Random random = new Random(seed);
    ReportWorkbooks.Book book = ReportWorkbooks.create();
    Styles styles = new Styles(book);
    Cells cells = new Cells(book, styles);
    int sheets = 1 + random.nextInt(4);
    for (int s = 0; s < sheets; s++) {
      XSSFSheet sheet = book.createSheet("S" + s);
      if (random.nextBoolean()) {
        int categories = 1 + random.nextInt(10);
        int k = 1 + random.nextInt(3);
        NativeCharts.Ranges ranges = ChartXmlTest.data(random, sheet, cells, categories, k);
        int charts = random.nextInt(4);
        for (int c = 0; c < charts; c++) {
          ChartSpec spec = ChartXmlTest.spec(random, categories, k);
          Labels labels = Labels.forLanguage(random.nextBoolean() ? "sv" : "en");
          NativeCharts.draw(sheet, spec, ranges, labels, c + 1, 6, 20 * c, 14, 20 * c + 18);
        }
      } else {
        cells.text(Cells.row(sheet, 0), 0, ChartXmlTest.text(random), styles.title());
      }
    }
    styles.writeNamedStyles();
    POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
    property(random).ifPresent(core::setTitle);
    property(random).ifPresent(core::setSubjectProperty);
    property(random).ifPresent(core::setKeywords);
    property(random).ifPresent(core::setCreator);
    property(random).ifPresent(core::setDescription);
    property(random).ifPresent(core.getUnderlyingProperties()::setLanguageProperty);
    Date date = Date.from(Instant.ofEpochSecond(random.nextInt(2_000_000_000)));
    core.setCreated(Optional.of(date));
    if (random.nextBoolean()) {
      core.setModified(Optional.of(date));
    }
    return book;
  }

  /** The zip of the seed's workbook, saved as text where it can be or by POI. */
  private static byte[] saved(long seed, boolean asText, boolean[] tookText) throws IOException {
    return saved(seed, asText, tookText, false);
  }

  /**
   * The zip of the seed's workbook, saved as text where it can be or by POI; {@code again}: after
   * POI saved it once (its package then has its core properties).
   */
  private static byte[] saved(long seed, boolean asText, boolean[] tookText, boolean again)
      throws IOException {
    try (ReportWorkbooks.Book book = book(seed)) {
      if (again) {
        try (WorkbookWriter.StampedZip zip =
            new WorkbookWriter.StampedZip(OutputStream.nullOutputStream(), 0L, Map.of())) {
          book.write(zip);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        if (asText) {
          tookText[0] = book.save(bytes, 0L);
        } else {
          // POI's save of the same zip: the charts and cells written as text, the package by POI
          try (WorkbookWriter.StampedZip zip =
              new WorkbookWriter.StampedZip(bytes, 0L, book.splices())) {
            book.commitParts();
            book.getPackage().save(zip);
          }
        }
      } finally {
        book.getPackage().revert();
      }
      return bytes.toByteArray();
    }
  }

  @Test
  void aPackageSavedAsTextIsTheZipPoiSaves() throws IOException {
    int asText = 0;
    for (long seed = 1; seed <= 150; seed++) {
      boolean[] tookText = new boolean[1];
      byte[] text = saved(seed, true, tookText);
      assertThat(text).as("seed %d", seed).isEqualTo(saved(seed, false, new boolean[1]));
      asText += tookText[0] ? 1 : 0;
    }
    // most packages took the text path; the others have a line break or a control character
    assertThat(asText).isBetween(75, 149);
  }

  @Test
  void aPackageSavedBeforeIsSavedAsPoiSavesIt() throws IOException {
    int asText = 0;
    for (long seed = 1; seed <= 20; seed++) {
      boolean[] tookText = new boolean[1];
      byte[] text = saved(seed, true, tookText, true);
      assertThat(text).as("seed %d", seed).isEqualTo(saved(seed, false, new boolean[1], true));
      asText += tookText[0] ? 1 : 0;
    }
    assertThat(asText).isGreaterThan(10);
  }

  @Test
  void onlyPlainTextsAreWrittenAsText() {
    assertThat(PackageText.plain("Stockholms stad – Älvsjö & <Bromma> \"2014\" 'T2' ]]>")).isTrue();
    assertThat(PackageText.plain("two\nlines")).isFalse();
    assertThat(PackageText.plain("tab\there")).isFalse();
    assertThat(PackageText.plain("\u0085")).isFalse();
    assertThat(PackageText.plain("\u2028")).isFalse();
    assertThat(PackageText.plain("\uD83D\uDC69")).isFalse();
  }
}
