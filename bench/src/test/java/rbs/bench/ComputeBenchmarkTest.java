package rbs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ComputeBenchmarkTest {

  @Test
  void theSignTestIsTheBinomialTailBothWays() {
    // 12 of 15: (C(15,12) + C(15,13) + C(15,14) + C(15,15)) / 2^15, twice
    assertThat(ComputeBenchmark.signTestP(12, 15)).isCloseTo(2 * 576 / 32768.0, within(1e-12));
    assertThat(ComputeBenchmark.signTestP(3, 15)).isEqualTo(ComputeBenchmark.signTestP(12, 15));
    assertThat(ComputeBenchmark.signTestP(0, 10)).isCloseTo(2 / 1024.0, within(1e-12));
    // an even split, or one round, says nothing
    assertThat(ComputeBenchmark.signTestP(7, 15)).isEqualTo(1.0);
    assertThat(ComputeBenchmark.signTestP(1, 1)).isEqualTo(1.0);
    assertThatThrownBy(() -> ComputeBenchmark.signTestP(4, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theVerdictShowsBothRatiosAndTheRoundsWon() {
    // a faster in every round; paired ratios 0.5, 0.8, 0.75; medians 4 against 5; p = 2/8
    String line = ComputeBenchmark.verdict("a / b", new double[] {2, 4, 6}, new double[] {4, 5, 8});

    assertThat(line)
        .isEqualTo(
            "a / b: 0.75 (median of the rounds' ratios; range 0.50–0.80); the medians' ratio 0.80;"
                + " faster in 3 of 3 rounds (sign test p = 0.250)");
  }
}
