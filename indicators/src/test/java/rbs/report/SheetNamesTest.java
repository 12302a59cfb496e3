package rbs.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

  @Test
  void shortensAtAWordBoundaryWithoutADanglingWord() {
    assertThat(new SheetNames().unique("Kvinnor som utsatts för våld i nära relation"))
        .isEqualTo("Kvinnor som utsatts för våld");
  }

  @Test
  void removesCharactersExcelForbidsAndKeepsNamesUnique() {
    SheetNames names = new SheetNames();
    names.reserve("Översikt");
    assertThat(names.unique("översikt")).isEqualTo("översikt (2)");
    assertThat(names.unique("Barn [0/6]: skola?")).isEqualTo("Barn 0 6 skola");
    assertThat(names.unique("Barn 0 6 skola")).isEqualTo("Barn 0 6 skola (2)");
    assertThat(names.unique("x".repeat(40))).hasSize(31);
  }
}
