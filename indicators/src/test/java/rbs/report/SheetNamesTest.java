package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
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
  void apostrophesAndFullStopsLeftAtTheEdgesAfterTrimmingOrShorteningGoToo() {
    assertThat(new SheetNames().unique("' ._")).isEqualTo("_");
    assertThat(new SheetNames().unique("' ';>")).isEqualTo(";>");
    assertThat(new SheetNames().unique("#'\t'")).isEqualTo("#");
    // shortened before "i", the name would end with the apostrophe
    assertThat(new SheetNames().unique("Kvinnor som utsatts för våld x' i nära relation"))
        .isEqualTo("Kvinnor som utsatts för våld x");
  }

  @Test
  void anyWantedNameGivesASheetAndPrintAreaPoiAccepts() throws IOException {
    String[] pieces = {
      ".",
      "'",
      "A",
      "a",
      "1",
      " ",
      "R",
      "C",
      "_",
      "-",
      "!",
      "$",
      "%",
      "(",
      ")",
      "#",
      "&",
      "<",
      ">",
      "\"",
      ",",
      ";",
      "=",
      "+",
      "Å",
      "ö",
      "\u00A0",
      "\t",
      "~",
      "@",
      "TRUE",
      "x1",
      "i",
      "som",
      "\uD83D\uDC69",
      "…",
      "[",
      ":",
      "/"
    };
    Random random = new Random(31);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder wanted = new StringBuilder();
      for (int p = 1 + random.nextInt(i % 2 == 0 ? 5 : 40); p > 0; p--) {
        wanted.append(pieces[random.nextInt(pieces.length)]);
      }
      SheetNames names = new SheetNames();
      try (XSSFWorkbook wb = new XSSFWorkbook()) {
        // twice: the second made unique with " (2)"
        wb.createSheet(names.unique(wanted.toString()));
        wb.createSheet(names.unique(wanted.toString()));
        for (int s = 0; s < 2; s++) {
          wb.setPrintArea(s, 0, 1, 0, 1);
          DefinedNames.columnTitles(wb.getSheetAt(s), 1, 0, 1, 0, 1);
        }
      } catch (RuntimeException e) {
        throw new AssertionError("wanted [" + wanted + "]", e);
      }
    }
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
