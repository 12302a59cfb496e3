package rbs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void aMessageIsMaskedBoundedAndFreeOfJavaClassNames() {
    Problem p =
        new Problem(
            Location.of("data/19400207-9004.xlsx", 3),
            "is damaged (java.util.zip.ZipException: invalid END header) near 400207-9004 "
                + "x".repeat(10_000));

    assertThat(p.toString())
        .startsWith("data/********-****.xlsx:3: is damaged (invalid END header) near ******-****")
        .endsWith("…");
    assertThat(p.message()).hasSizeLessThanOrEqualTo(Problem.MAX_MESSAGE);
  }

  @Test
  void theKindTravelsWithTheProblem() {
    InputException e =
        InputException.of(
            java.util.List.of(
                new Problem(Location.of("a"), "bad"),
                new Problem(Location.of("b"), "gone", InputException.Kind.UNAVAILABLE)));

    assertThat(e.kind()).isEqualTo(InputException.Kind.UNAVAILABLE);
    assertThat(InputException.of(java.util.List.of(new Problem(Location.of("a"), "bad"))).kind())
        .isEqualTo(InputException.Kind.INVALID);
  }
}
