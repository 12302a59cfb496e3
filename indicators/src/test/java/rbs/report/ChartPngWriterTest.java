package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import rbs.disclosure.Disclosure;

class ChartPngWriterTest {

  @TempDir Path dir;

  static List<String> pngs(List<Path> files) {
    return files.stream()
        .map(p -> p.getFileName().toString())
        .filter(n -> n.endsWith(".png"))
        .toList();
  }

  @Test
  void writesEveryChartOfTheCityWorkbookWithNamesThatSayTheMode() {
    List<Path> files =
        ChartPngWriter.write(ReportFixtures.annual(), ReportFixtures.CITY, dir.resolve("charts"));
    assertThat(pngs(files)).hasSize(9);
    assertThat(pngs(files).subList(0, 3))
        .containsExactly(
            "kvinnofrid-2014-stockholm-kvinnor-kanda-months-internt.png",
            "kvinnofrid-2014-stockholm-kvinnor-kanda-districts-internt.png",
            "kvinnofrid-2014-stockholm-kvinnor-kanda-years-internt.png");
    List<Path> published =
        ChartPngWriter.write(
            Disclosure.suppress(ReportFixtures.annual()), ReportFixtures.CITY, dir.resolve("pub"));
    assertThat(pngs(published)).allMatch(n -> n.endsWith("-publicerad.png"));
  }

  @Test
  void writesOnlyTheMonthChartForADistrictTertialReportAtPrintResolution() throws IOException {
    List<Path> files = ChartPngWriter.write(ReportFixtures.tertial(), ReportFixtures.ALVSJO, dir);
    assertThat(pngs(files))
        .containsExactly(
            "kvinnofrid-2014-T2-alvsjo-kvinnor-kanda-months-internt.png",
            "kvinnofrid-2014-T2-alvsjo-kvinnor-andel-trygga-months-internt.png",
            "kvinnofrid-2014-T2-alvsjo-barn-anmalningar-months-internt.png");
    BufferedImage image = ImageIO.read(files.get(0).toFile());
    assertThat(image.getWidth()).isEqualTo(2400);
    assertThat(image.getHeight()).isEqualTo(1350);
    // 300 dots per inch: 8 × 4.5 inches on paper
    try (ImageInputStream in = ImageIO.createImageInputStream(files.get(0).toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadata metadata = reader.getImageMetadata(0);
      Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
      Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
      assertThat(phys.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
      assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
      reader.dispose();
    }
    // each picture's alternative text beside it
    assertThat(files.get(1).getFileName().toString())
        .isEqualTo("kvinnofrid-2014-T2-alvsjo-kvinnor-kanda-months-internt.txt");
    assertThat(Files.readString(files.get(1)))
        .startsWith("Linjediagram: Antal kvinnor i målgruppen som är kända av socialtjänsten.")
        .contains("Mål: ");
    try (var list = Files.list(dir)) {
      assertThat(list.count()).isEqualTo(6);
    }
  }

  @Test
  void titlesAreWholeWithUnitAndPeriodAndInternalChartsSaySo() {
    ReportView view = new ReportView(ReportFixtures.tertial(), ReportFixtures.CITY);
    ChartSpec spec = ChartPlan.charts(view, ReportFixtures.PERSONS).get(0);
    JFreeChart chart = ChartPngWriter.chart(spec, view);
    assertThat(chart.getTitle().getText()).isEqualTo(ReportFixtures.PERSONS.name());
    List<String> subtitles =
        chart.getSubtitles().stream()
            .filter(TextTitle.class::isInstance)
            .map(t -> ((TextTitle) t).getText())
            .toList();
    assertThat(subtitles)
        .contains(
            "Internt – ej för publicering", "Per månad jan–aug 2014 jämfört med 2013, personer");
    // the axis writes numbers as Swedish does: "1 300", not "1,300"
    NumberAxis axis = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
    assertThat(axis.getNumberFormatOverride().format(1300)).isEqualTo("1\u00a0300");

    ReportView published =
        new ReportView(Disclosure.suppress(ReportFixtures.tertial()), ReportFixtures.CITY);
    JFreeChart share =
        ChartPngWriter.chart(ChartPlan.charts(published, ReportFixtures.SHARE).get(0), published);
    for (Title t : share.getSubtitles()) {
      if (t instanceof TextTitle text) {
        assertThat(text.getText()).doesNotContain("Internt");
      }
    }
    NumberAxis percent = (NumberAxis) share.getCategoryPlot().getRangeAxis();
    assertThat(percent.getUpperBound()).isEqualTo(100.0);
    assertThat(percent.getNumberFormatOverride().format(80)).isEqualTo("80\u00a0%");
  }

  @Test
  void carriesNoTextMetadata() throws IOException {
    Path file = ChartPngWriter.write(ReportFixtures.tertial(), ReportFixtures.CITY, dir).get(0);
    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    assertThat(bytes)
        .doesNotContain("tEXt")
        .doesNotContain("iTXt")
        .doesNotContain("zTXt")
        .doesNotContain("tIME");
  }

  @Test
  void writesTheSameBytesTwice() throws IOException {
    Path a =
        ChartPngWriter.write(ReportFixtures.annual(), ReportFixtures.CITY, dir.resolve("a")).get(4);
    Path b =
        ChartPngWriter.write(ReportFixtures.annual(), ReportFixtures.CITY, dir.resolve("b")).get(4);
    assertThat(a.getFileName().toString()).endsWith("-years-internt.png");
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }
}
