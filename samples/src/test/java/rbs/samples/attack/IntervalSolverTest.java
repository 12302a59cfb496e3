package rbs.samples.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The linear programmes under the attack, on cases that Commons Math alone gets wrong. */
class IntervalSolverTest {

  @Test
  void unknownsInTheSameRelationsCanEachTakeTheWholeOfThem() {
    // x0 + x1 + x2 = 12: Commons Math 3.6.1 alone reports max x1 = 0
    IntervalSolver s = new IntervalSolver(3, List.of(Band.exact(form(-12, 1, 1, 1))), List.of());

    for (int v = 0; v < 3; v++) {
      Interval r = s.range(variable(v));
      assertThat(r.lo()).as("x" + v).isCloseTo(0, within(1e-6));
      assertThat(r.hi()).as("x" + v).isCloseTo(12, within(1e-6));
    }
    Interval sum = s.range(form(0, 1, 1, 0));
    assertThat(sum.hi()).isCloseTo(12, within(1e-6));
  }

  @Test
  void anUnknownAloneInAnInequalityIsNotTakenForItsSlack() {
    // x0 + x1 <= 2 and x1 >= 1: Commons Math 3.6.1 alone reports the point (1, 2) for max x1
    IntervalSolver s = new IntervalSolver(2, List.of(), List.of(form(-2, 1, 1), form(1, 0, -1)));

    assertThat(s.range(variable(0)).lo()).isCloseTo(0, within(1e-6));
    assertThat(s.range(variable(0)).hi()).isCloseTo(1, within(1e-6));
    assertThat(s.range(variable(1)).lo()).isCloseTo(1, within(1e-6));
    assertThat(s.range(variable(1)).hi()).isCloseTo(2, within(1e-6));
  }

  @Test
  void theRangeIsTakenWhereTheViolationIsLeast() {
    // x0 = 2 and x0 + x1 = 5 and x1 = 2: the least violation is 1, met by x0 from 2 to 3
    IntervalSolver s =
        new IntervalSolver(
            2,
            List.of(
                Band.exact(form(-2, 1, 0)), Band.exact(form(-5, 1, 1)), Band.exact(form(-2, 0, 1))),
            List.of());

    assertThat(s.minimalViolation()).isCloseTo(1, within(1e-6));
    assertThat(s.range(variable(0)).lo()).isCloseTo(2, within(1e-4));
    assertThat(s.range(variable(0)).hi()).isCloseTo(3, within(1e-4));
  }

  @Test
  void anUnboundedUnknownHasAnInfiniteUpperEnd() {
    // x0 = x1 + 4: both can grow together
    IntervalSolver s = new IntervalSolver(2, List.of(Band.exact(form(-4, 1, -1))), List.of());

    Interval r = s.range(variable(0));
    assertThat(r.lo()).isCloseTo(4, within(1e-6));
    assertThat(r.hi()).isInfinite();
  }

  /** constant + Σ coefficients[i] × x_i. */
  private static LinearForm form(double constant, double... coefficients) {
    Map<Integer, Double> c = new TreeMap<>();
    for (int i = 0; i < coefficients.length; i++) {
      c.put(i, coefficients[i]);
    }
    return new LinearForm(new TreeMap<>(c), constant);
  }

  private static LinearForm variable(int v) {
    return new LinearForm(new TreeMap<>(Map.of(v, 1.0)), 0);
  }
}
