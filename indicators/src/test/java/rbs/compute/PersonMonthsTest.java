package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The person table counts what a plain map of every (person, slot) to its months counts: each
 * district, a group of two, the whole (a person in several slots of a unit once), over many pages
 * and several doublings of the table.
 */
class PersonMonthsTest {

  private static final int AGGREGATES = 3;
  private static final int SLOTS = 4; // three districts and rows without one

  @Test
  void countsDistinctPersonsAsAPlainMapDoes() {
    SplittableRandom random = new SplittableRandom(3);
    PersonMonths table = new PersonMonths(AGGREGATES);
    Map<List<Long>, int[]> reference = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      long person = random.nextInt(30_000) * 0x9E3779B97F4A7C15L; // spread, some negative
      int slot = random.nextInt(100) < 90 ? Math.floorMod(person, 3) : random.nextInt(SLOTS);
      int aggregate = random.nextInt(AGGREGATES);
      int month = 1 << random.nextInt(24);
      int entry = table.entry(person, slot);
      table.add(entry, aggregate, month);
      reference
              .computeIfAbsent(List.of(person, (long) slot), k -> new int[AGGREGATES])[aggregate] |=
          month;
    }
    assertThat(table.size()).isEqualTo(reference.size());

    int[] periods = {0xF, 0xF0, 0xFFF, 1 << 20, 0xFFFFFF};
    int[][] units = {{0}, {1}, {2}, {1, 2}, {0, 1, 2, 3}};
    long[][][] counts = new long[AGGREGATES][units.length][periods.length];
    table.count(periods, counts, units);

    for (int a = 0; a < AGGREGATES; a++) {
      for (int u = 0; u < units.length; u++) {
        for (int p = 0; p < periods.length; p++) {
          assertThat(counts[a][u][p])
              .as("aggregate %d unit %d period %d", a, u, p)
              .isEqualTo(expected(reference, a, units[u], periods[p]));
        }
      }
    }
  }

  private static long expected(Map<List<Long>, int[]> reference, int a, int[] slots, int period) {
    Map<Long, Integer> union = new HashMap<>();
    Set<Integer> in = new HashSet<>();
    for (int s : slots) {
      in.add(s);
    }
    reference.forEach(
        (key, months) -> {
          if (in.contains(key.get(1).intValue())) {
            union.merge(key.get(0), months[a], (x, y) -> x | y);
          }
        });
    List<Integer> hits = new ArrayList<>();
    union.values().forEach(m -> hits.add(m & period));
    return hits.stream().filter(m -> m != 0).count();
  }
}
