package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartSvgWriterTest {

  @TempDir Path dir;

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> texts(Document svg) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = svg.getElementsByTagName("text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void writesEachChartAsAnSvgThatSaysItsLanguageTitleAndAlternativeText() throws Exception {
    List<Path> files = ChartSvgWriter.write(ReportFixtures.tertial(), ReportFixtures.ALVSJO, dir);
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "kvinnofrid-2014-T2-alvsjo-kvinnor-kanda-months-internt.svg",
            "kvinnofrid-2014-T2-alvsjo-kvinnor-andel-trygga-months-internt.svg",
            "kvinnofrid-2014-T2-alvsjo-barn-anmalningar-months-internt.svg");
    Document svg = parse(Files.readString(files.get(1)));
    Element root = svg.getDocumentElement();
    assertThat(root.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
        .isEqualTo("sv-SE");
    assertThat(root.getAttribute("width")).isEqualTo("8in");
    assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo(
            "Andel kvinnor som känner sig trygga med insatserna. Per månad jan–aug 2014 jämfört"
                + " med 2013, procent");
    assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
        .startsWith("Linjediagram: Andel kvinnor som känner sig trygga med insatserna.")
        .contains("Undertryckt av sekretesskäl: maj.");
    assertThat(texts(svg))
        .contains("Internt – ej för publicering", "mar (-)", "maj (..)", "100\u00a0%", "0\u00a0%")
        .anyMatch(t -> t.startsWith(".. = undertryckt av sekretesskäl"));
    // the line is JFreeChart's own: the same series colour as the PNG, drawn as vector paths
    assertThat(svg.getElementsByTagName("path").getLength()).isPositive();
    int rgb = Integer.parseInt(ChartPlan.THIS_YEAR, 16);
    assertThat(Files.readString(files.get(1)))
        .contains(
            String.format(
                Locale.ROOT, "stroke:rgb(%d,%d,%d)", rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF));
  }

  @Test
  void theSameChartGivesTheSameBytes() {
    List<Path> first =
        ChartSvgWriter.write(ReportFixtures.tertial(), ReportFixtures.ALVSJO, dir.resolve("a"));
    List<Path> second =
        ChartSvgWriter.write(ReportFixtures.tertial(), ReportFixtures.ALVSJO, dir.resolve("b"));
    for (int i = 0; i < first.size(); i++) {
      assertThat(first.get(i)).hasSameBinaryContentAs(second.get(i));
    }
  }

  @Test
  void escapesTextForXml() {
    assertThat(ChartSvgWriter.escape("a < b & \"c\"")).isEqualTo("a &lt; b &amp; &quot;c&quot;");
  }
}
