package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartPngWriterTest {

  @TempDir Path dir;

  @Test
  void writesEveryChartOfTheCityWorkbookWithDeterministicNames() {
    List<Path> files =
        ChartPngWriter.write(ReportFixtures.annual(), ReportFixtures.CITY, dir.resolve("charts"));
    assertThat(files).hasSize(9);
    assertThat(files.get(0).getFileName().toString())
        .isEqualTo("kvinnofrid-2014-stockholm-kvinnor-kanda-months.png");
    assertThat(files.get(1).getFileName().toString())
        .isEqualTo("kvinnofrid-2014-stockholm-kvinnor-kanda-districts.png");
    assertThat(files.get(2).getFileName().toString())
        .isEqualTo("kvinnofrid-2014-stockholm-kvinnor-kanda-years.png");
  }

  @Test
  void writesOnlyTheMonthChartForADistrictTertialReport() throws IOException {
    List<Path> files = ChartPngWriter.write(ReportFixtures.tertial(), ReportFixtures.ALVSJO, dir);
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "kvinnofrid-2014-T2-alvsjo-kvinnor-kanda-months.png",
            "kvinnofrid-2014-T2-alvsjo-kvinnor-andel-trygga-months.png",
            "kvinnofrid-2014-T2-alvsjo-barn-anmalningar-months.png");
    BufferedImage image = ImageIO.read(files.get(0).toFile());
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(450);
    try (var list = Files.list(dir)) {
      assertThat(list.count()).isEqualTo(3);
    }
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
        ChartPngWriter.write(ReportFixtures.annual(), ReportFixtures.CITY, dir.resolve("a")).get(2);
    Path b =
        ChartPngWriter.write(ReportFixtures.annual(), ReportFixtures.CITY, dir.resolve("b")).get(2);
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }
}
