package rbs.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import rbs.rows.Row;

/**
 * A set of filters answers, for every row, what each filter answers on its own, fails where they
 * fail (every such row counted), and evaluates a filter that says what it reads once per
 * combination of those values, until there are too many.
 */
class FilterSetTest {

  private static final List<String> EXPRESSIONS =
      List.of(
          "malgrupp == \"kvinna\"",
          "malgrupp == \"man\" && samtycke",
          "stadsdel == \"Söder\" || !samtycke",
          // CEL, and failing where dygn is 3
          "dygn / (dygn - 3) >= 0 && malgrupp.startsWith(\"k\")",
          "belopp > 2.0",
          "true");

  private final CelFilters cel = new CelFilters(List.of("Norr", "Söder"));

  @Test
  void answersWhatEachFilterAnswersAndFailsWhereTheyFail() {
    List<RowFilter> compiled = new ArrayList<>();
    List<Counting> counting = new ArrayList<>();
    for (String e : EXPRESSIONS) {
      Counting c = new Counting(cel.compile(CelFiltersTest.SOURCE, e));
      counting.add(c);
      compiled.add(c.asCompiled());
    }
    // and one that does not say what it reads: asked on every row
    Counting opaque = new Counting(row -> row.has(5) && (Long) row.get(5) % 2 == 0);
    counting.add(opaque);
    compiled.add(opaque::test);
    List<String> expressions = new ArrayList<>(EXPRESSIONS);
    expressions.add("opaque");
    FilterFailures viaSet = new FilterFailures(CelFiltersTest.SOURCE, expressions);
    FilterFailures alone = new FilterFailures(CelFiltersTest.SOURCE, expressions);
    FilterSet set = new FilterSet(compiled, viaSet);
    List<RowFilter> reference = new ArrayList<>();
    for (String e : EXPRESSIONS) {
      reference.add(cel.compile(CelFiltersTest.SOURCE, e));
    }
    reference.add(row -> row.has(5) && (Long) row.get(5) % 2 == 0);

    SplittableRandom random = new SplittableRandom(7);
    int rows = 20_000;
    int dygnThree = 0;
    boolean[] passed = new boolean[compiled.size()];
    for (int r = 0; r < rows; r++) {
      Row row = randomRow(random, r);
      dygnThree += row.has(5) && (Long) row.get(5) == 3 ? 1 : 0;
      set.test(row, passed);
      for (int f = 0; f < reference.size(); f++) {
        assertThat(passed[f])
            .as("filter %d, row %d", f, r)
            .isEqualTo(alone.test(reference.get(f), f, row));
      }
    }
    for (int f = 0; f < expressions.size(); f++) {
      assertThat(viaSet.failed(f)).as("failures of filter %d", f).isEqualTo(alone.failed(f));
    }
    // CEL's && is false when either side is, even if the other fails: not every dygn 3 fails
    assertThat(viaSet.failed(3)).isPositive().isLessThanOrEqualTo(dygnThree);
    assertThat(set.remembering()).isTrue();
    // few combinations (3 districts x 4 groups x 3 yes/no x 6 dygn x 4 belopp): each filter that
    // says what it reads is evaluated about once per combination, plus once per failing row
    for (int f = 0; f < EXPRESSIONS.size(); f++) {
      assertThat(counting.get(f).calls).as("evaluations of filter %d", f).isLessThan(2_000);
    }
    assertThat(opaque.calls).isEqualTo(rows);
  }

  @Test
  void givesUpRememberingPastTheBoundAndStillAnswersRight() {
    RowFilter byAmount = cel.compile(CelFiltersTest.SOURCE, "belopp > 500.0");
    Counting counting = new Counting(byAmount);
    FilterFailures failures = new FilterFailures(CelFiltersTest.SOURCE, List.of("belopp > 500.0"));
    FilterSet set = new FilterSet(List.of(counting.asCompiled()), failures);
    boolean[] passed = new boolean[1];
    int rows = FilterSet.MAX_COMBINATIONS * 3;
    for (int r = 0; r < rows; r++) {
      BigDecimal amount = BigDecimal.valueOf(r % (FilterSet.MAX_COMBINATIONS * 2));
      Row row =
          new Row(
              0,
              LocalDate.of(2014, 1, 1),
              1,
              true,
              new Object[] {0, 1L, LocalDate.of(2014, 1, 1), null, null, null, amount});
      set.test(row, passed);
      assertThat(passed[0]).isEqualTo(amount.compareTo(BigDecimal.valueOf(500)) > 0);
    }
    assertThat(set.remembering()).isFalse();
    assertThat(counting.calls).isEqualTo(rows);
  }

  private static Row randomRow(SplittableRandom random, int r) {
    String[] groups = {"kvinna", "man", "barn"};
    Object[] values = new Object[7];
    values[0] = random.nextInt(2);
    values[1] = (long) random.nextInt(1000);
    values[2] = LocalDate.of(2014, 1 + random.nextInt(12), 1);
    // new Strings: equal values need not be the same object
    values[3] = random.nextInt(4) == 0 ? null : new String(groups[random.nextInt(3)]);
    values[4] = random.nextInt(3) == 0 ? null : random.nextBoolean();
    values[5] = random.nextInt(6) == 0 ? null : Long.valueOf(random.nextInt(5) + 1);
    values[6] =
        random.nextInt(4) == 0
            ? null
            : new BigDecimal(new String[] {"1.5", "2.5", "3"}[random.nextInt(3)]);
    return new Row((Integer) values[0], (LocalDate) values[2], 1, true, values, "f.csv", r + 2);
  }

  /** A filter that counts how often it is evaluated, keeping what it says it reads. */
  private static final class Counting {
    private final RowFilter filter;
    int calls;

    Counting(RowFilter filter) {
      this.filter = filter;
    }

    boolean test(Row row) {
      calls++;
      return filter.test(row);
    }

    RowFilter asCompiled() {
      return RowFilter.reading(this::test, filter.reads().orElseThrow());
    }
  }
}
