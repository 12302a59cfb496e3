package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

  @Test
  void shortensByWholePhrasesNeverMidPhraseOrMidWord() {
    assertThat(new SheetNames().unique("Kvinnor som utsatts för våld i nära relation"))
        .isEqualTo("Kvinnor som utsatts för våld");
    // not "Män som utövat våld i nära": the phrase "i nära relationer" is left out whole
    assertThat(new SheetNames().unique("Män som utövat våld i nära relationer"))
        .isEqualTo("Män som utövat våld");
    assertThat(
            new SheetNames()
                .unique("Barn som upplevt våld eller andra övergrepp mellan närstående vuxna"))
        .isEqualTo("Barn som upplevt våld");
    // no phrase boundary: the last whole word that fits
    assertThat(new SheetNames().unique("Våldsutsatta kvinnors upplevda trygghet hemma"))
        .isEqualTo("Våldsutsatta kvinnors upplevda");
    assertThat(new SheetNames().unique("Kort namn")).isEqualTo("Kort namn");
  }

  @Test
  void removesCharactersExcelForbidsAndKeepsNamesUnique() {
    SheetNames names = new SheetNames();
    names.reserve("Översikt");
    assertThat(names.unique("översikt")).isEqualTo("översikt (2)");
    assertThat(names.unique("Barn [0/6]: skola?")).isEqualTo("Barn 0 6 skola");
    assertThat(names.unique("Barn 0 6 skola")).isEqualTo("Barn 0 6 skola (2)");
    assertThat(names.unique("x".repeat(40))).hasSize(31);
    // a leading full stop would make the print area's formula unreadable (".x!$A$1")
    assertThat(names.unique(".Barn")).isEqualTo("Barn");
    assertThat(names.unique("...")).isEqualTo("-");
    assertThat(names.unique("Barn 1.")).isEqualTo("Barn 1.");
  }

  @Test
  void everyCleanedNameMakesAPrintAreaPoiReads() throws IOException {
    for (String wanted : new String[] {".x", "._", "'.x'", " .x", "..", ".", "x.", "_.", "a.b"}) {
      try (XSSFWorkbook wb = new XSSFWorkbook()) {
        wb.createSheet(new SheetNames().unique(wanted));
        wb.setPrintArea(0, 0, 1, 0, 1);
        assertThat(wb.getPrintArea(0)).as(wanted).endsWith("!$A$1:$B$2");
      }
    }
  }
}
