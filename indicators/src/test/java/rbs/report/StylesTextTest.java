package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A report workbook's cell formats written as text ({@link StylesText}) are the bytes POI writes
 * for the same looks made through its setters: random looks, made both ways.
 */
class StylesTextTest {

  private static final List<String> COLOURS = List.of("D9E1F2", "c6efce", "FFEB9C", "000000");
  private static final List<String> BUILT_IN =
      List.of("General", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%", "m/d/yy", "@");
  private static final List<String> PIECES =
      List.of(
          "#,##0",
          "0.0",
          "\" %\"",
          "\" *\"",
          "\" tkr\"",
          "[$-41D]mmm",
          "yyyy-mm",
          "&",
          "<",
          ">",
          "'",
          "å",
          "€",
          ";",
          "-",
          "+",
          "\"p.e.\"",
          " ");

  private static String colour(Random random) {
    return random.nextInt(3) == 0
        ? COLOURS.get(random.nextInt(COLOURS.size()))
        : String.format("%06X", random.nextInt(1 << 24));
  }

  private static String code(Random random) {
    if (random.nextInt(3) == 0) {
      return BUILT_IN.get(random.nextInt(BUILT_IN.size()));
    }
    StringBuilder code = new StringBuilder();
    int pieces = 1 + random.nextInt(4);
    for (int i = 0; i < pieces; i++) {
      code.append(PIECES.get(random.nextInt(PIECES.size())));
    }
    return code.toString();
  }

  private static Styles.Op op(Random random) {
    return switch (random.nextInt(8)) {
      case 0 ->
          new Styles.Font(
              random.nextBoolean(), random.nextBoolean(), 1 + random.nextInt(72), colour(random));
      case 1 -> new Styles.Fill(colour(random));
      case 2 -> new Styles.Border(random.nextBoolean());
      case 3 -> {
        HorizontalAlignment[] all = HorizontalAlignment.values();
        yield new Styles.Horizontal(all[random.nextInt(all.length)]);
      }
      case 4 -> {
        VerticalAlignment[] all = VerticalAlignment.values();
        yield new Styles.Vertical(all[random.nextInt(all.length)]);
      }
      case 5 -> new Styles.Wrap();
      case 6 -> new Styles.Indent(random.nextInt(16));
      default -> new Styles.Format(code(random));
    };
  }

  /** The styles part and the looks' indexes of random looks made in the workbook. */
  private static String part(long seed, XSSFWorkbook workbook, List<Integer> indexes)
      throws IOException {
    Random random = new Random(seed);
    Styles styles = new Styles(workbook);
    int looks = random.nextInt(5) == 0 ? 0 : random.nextInt(40);
    for (int i = 0; i < looks; i++) {
      Styles.Op[] ops = new Styles.Op[random.nextInt(7)];
      for (int o = 0; o < ops.length; o++) {
        ops[o] = op(random);
      }
      Styles.Named[] bases = Styles.Named.values();
      Styles.Named base =
          random.nextBoolean() ? Styles.Named.NORMAL : bases[random.nextInt(bases.length)];
      // a name comes again now and then: the look made first is kept
      indexes.add(styles.cached("look" + random.nextInt(50), base, ops).index());
    }
    if (random.nextInt(4) != 0) {
      styles.writeNamedStyles();
    }
    return written(workbook);
  }

  /** The workbook's styles part as its styles table writes it. */
  private static String written(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.getStylesSource().writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void randomLooksAsTextAreThePartPoiWrites() throws IOException {
    int withNamedStyles = 0;
    for (long seed = 0; seed < 500; seed++) {
      List<Integer> poiIndexes = new ArrayList<>();
      List<Integer> textIndexes = new ArrayList<>();
      String poi;
      String text;
      try (XSSFWorkbook workbook = new XSSFWorkbook()) {
        poi = part(seed, workbook, poiIndexes);
      }
      try (ReportWorkbooks.Book book = ReportWorkbooks.create()) {
        assertThat(book.getStylesSource()).isInstanceOf(StylesText.class);
        text = part(seed, book, textIndexes);
      }
      assertThat(text).as("seed %d", seed).isEqualTo(poi);
      assertThat(textIndexes).as("seed %d", seed).isEqualTo(poiIndexes);
      if (poi.contains("<cellStyle ")) {
        withNamedStyles++;
      }
    }
    assertThat(withNamedStyles).isGreaterThan(200);
  }

  @Test
  void theLooksOfAReportAreThePartPoiWrites() throws IOException {
    String poi;
    String text;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      poi = reportLooks(workbook);
    }
    try (ReportWorkbooks.Book book = ReportWorkbooks.create()) {
      text = reportLooks(book);
    }
    assertThat(text).isEqualTo(poi).contains("<cellStyle name=\"Title\"");
  }

  private static String reportLooks(XSSFWorkbook workbook) throws IOException {
    Styles styles = new Styles(workbook);
    styles.title();
    styles.header();
    styles.numberHeader();
    styles.goal();
    styles.boldDate("yyyy-mm-dd");
    styles.percent(1, true);
    styles.money(rbs.model.Money.TKR, 0, false);
    styles.signed(1, "p.e.", true);
    for (rbs.model.Status s : rbs.model.Status.values()) {
      styles.status(s);
    }
    styles.wrappedFootnote();
    styles.indented();
    styles.note();
    styles.writeNamedStyles();
    return written(workbook);
  }

  @Test
  void aWorkbookWithFormatsOfPoisAndOfRbssIsRefused() throws IOException {
    try (ReportWorkbooks.Book book = ReportWorkbooks.create()) {
      new Styles(book).title();
      book.createCellStyle();
      assertThatThrownBy(() -> book.getStylesSource().writeTo(new ByteArrayOutputStream()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("POI's and of rbs's");
    }
  }

  @Test
  void aReportWorkbookWithoutLooksWritesPoisDefaultPart() throws IOException {
    ByteArrayOutputStream poi = new ByteArrayOutputStream();
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ReportWorkbooks.Book book = ReportWorkbooks.create()) {
      workbook.getStylesSource().writeTo(poi);
      book.getStylesSource().writeTo(text);
    }
    assertThat(text.toByteArray()).isEqualTo(poi.toByteArray());
  }

  @Test
  void aStyleOfAnotherWorkbookIsRefused() throws IOException {
    try (ReportWorkbooks.Book one = ReportWorkbooks.create();
        ReportWorkbooks.Book other = ReportWorkbooks.create()) {
      Style title = new Styles(one).title();
      Styles styles = new Styles(other);
      styles.title();
      org.apache.poi.ss.usermodel.Row row = Cells.row(other.createSheet("S"), 0);
      for (Cells cells : List.of(new Cells(other, styles), new Cells(styles))) {
        assertThatThrownBy(() -> cells.text(row, 0, "x", title))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("another workbook");
      }
    }
  }

  @Test
  void aFormatCodeWithAControlCharacterIsRefused() throws IOException {
    try (ReportWorkbooks.Book book = ReportWorkbooks.create()) {
      Styles styles = new Styles(book);
      assertThatThrownBy(() -> styles.cached("x", Styles.Named.NORMAL, new Styles.Format("0\t0")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
