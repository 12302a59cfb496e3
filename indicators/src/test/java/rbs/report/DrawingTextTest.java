package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;

/**
 * The chart frames written as text: their texts on one line, and a drawing POI drew frames into as
 * well refused. That they are POI's bytes is {@code ChartXmlTest}'s oracle.
 */
class DrawingTextTest {

  @Test
  void aFramesTextIsOneLineOfWhatXmlCanCarry() {
    assertThat(DrawingText.oneLine("Andel\nbarn\r\n\tmed stöd")).isEqualTo("Andel barn   med stöd");
    assertThat(DrawingText.oneLine("a\u0000b\u007Fc\u0085d\u009Fe\uFFFEf\uFFFF"))
        .isEqualTo("a b c d e f ");
    // a pair of surrogates is one character and stays; either half alone cannot be written
    assertThat(DrawingText.oneLine("x\uD83D\uDE00y")).isEqualTo("x\uD83D\uDE00y");
    assertThat(DrawingText.oneLine("x\uD83Dy\uDE00")).isEqualTo("x y ");
    assertThat(DrawingText.oneLine("\uDE00\uD83D")).isEqualTo("  ");
    String plain = "Antal kvinnor & barn <18 år> \"i målgruppen\" ]]>";
    assertThat(DrawingText.oneLine(plain)).isSameAs(plain);
  }

  @Test
  void aFramesTextsAreMaskedAsTheyAreWritten() {
    DrawingText.Description d =
        new DrawingText.Description(
            "Diagram 19121212-1212", "Antal\n191212121212", "Senaste värde: 121212-1212.");
    assertThat(d.name() + d.title() + d.descr())
        .doesNotContain("1212-1212")
        .doesNotContain("191212121212")
        .doesNotContain("121212-1212");
    assertThat(d.title()).startsWith("Antal ");
  }

  /**
   * A report workbook with one chart of the seed's over four categories, its spec edited so; the
   * chart drawn, the named styles written.
   */
  private static ReportWorkbooks.Book withChart(long seed, UnaryOperator<ChartSpec> edit) {
    Random random = new Random(seed);
    ReportWorkbooks.Book book = ReportWorkbooks.create();
    Cells cells = new Cells(book, new Styles(book));
    XSSFSheet sheet = book.createSheet("Diagram");
    NativeCharts.Ranges ranges = ChartXmlTest.data(random, sheet, cells, 4, 1);
    ChartSpec spec = edit.apply(ChartXmlTest.spec(random, 4, 1));
    NativeCharts.draw(sheet, spec, ranges, Labels.forLanguage("sv"), 1, 6, 0, 14, 20);
    cells.styles().writeNamedStyles();
    return book;
  }

  @Test
  void aTitleWithALineBreakIsWrittenOnOneLine() throws IOException {
    ChartSpec[] drawn = new ChartSpec[1];
    try (ReportWorkbooks.Book book =
        withChart(
            7,
            spec ->
                drawn[0] =
                    new ChartSpec(
                        spec.key(),
                        spec.kind(),
                        "Antal\nkvinnor",
                        spec.subtitle(),
                        spec.categoryTitle(),
                        spec.valueTitle(),
                        spec.percent(),
                        spec.decimals(),
                        spec.categories(),
                        spec.notes(),
                        spec.series(),
                        "rad ett\nrad två"))) {
      String drawing = ReportZips.parts(book).get("xl/drawings/drawing1.xml");
      String subtitle = XmlBeansText.attribute(DrawingText.oneLine(drawn[0].subtitle()));
      assertThat(drawing)
          .contains("title=\"Antal kvinnor. " + subtitle + "\"")
          .contains("descr=\"rad ett rad två\"")
          .doesNotContain("Antal\n");
    }
  }

  @Test
  void aDrawingHoldingFramesOfPoisAndOfRbssIsNotWritten() throws IOException {
    try (ReportWorkbooks.Book book = withChart(11, spec -> spec)) {
      XSSFDrawing drawing = book.getSheetAt(0).getDrawingPatriarch();
      drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 6, 21, 14, 40));
      assertThatThrownBy(() -> book.save(new ByteArrayOutputStream(), 0L))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("frames of POI's and of rbs's");
      book.getPackage().revert();
    }
  }
}
