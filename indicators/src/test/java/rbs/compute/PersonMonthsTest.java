package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
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
    try (PersonMonths table = new PersonMonths(AGGREGATES)) {
      Map<List<Long>, int[]> reference = fill(table);
      assertThat(table.size()).isEqualTo(reference.size());
      assertThat(table.spilled()).isZero();
      assertCounts(table, reference);
    }
  }

  /**
   * A table that may keep 1,000 entries of some 40,000 in memory writes them to disk in many rounds
   * (a person's months in one district spread over several) and counts exactly the same, and leaves
   * no file behind.
   */
  @Test
  void countsTheSameWhenMostEntriesGoToDisk() {
    Path folder;
    try (PersonMonths table = new PersonMonths(AGGREGATES, 1000)) {
      Map<List<Long>, int[]> reference = fill(table);
      assertThat(reference.size()).isBetween(30_000, 50_000);
      assertThat(table.size()).isLessThanOrEqualTo(1000);
      assertThat(table.spilled()).isGreaterThan(reference.size());
      folder = table.spillFolder().orElseThrow();
      assertThat(folder).isDirectory();
      assertCounts(table, reference);
      assertThat(folder).isEmptyDirectory();
    }
    assertThat(folder).doesNotExist();
  }

  /**
   * Two tables filled by two reading threads (overlapping persons) count as one table filled with
   * everything once joined: in memory, and when either or both went to disk (the joined table may
   * then hold as many entries as its new limit, no more), with no file left behind.
   */
  @Test
  void twoTablesJoinedCountAsOneFilledWithBoth() {
    int[][] limits = {{100_000, 100_000}, {1000, 100_000}, {100_000, 1000}, {1000, 1000}};
    for (int[] limit : limits) {
      Map<List<Long>, int[]> reference = new HashMap<>();
      try (PersonMonths a = new PersonMonths(AGGREGATES, limit[0]);
          PersonMonths b = new PersonMonths(AGGREGATES, limit[1])) {
        fill(a, 5, reference);
        fill(b, 6, reference);
        Path folder = b.spillFolder().orElse(null);
        a.absorb(b, 2000);
        assertThat(b.size()).isZero();
        if (folder != null) {
          assertThat(folder).as("the other's spill, read back").doesNotExist();
        }
        assertThat(a.size()).isLessThanOrEqualTo(Math.max(2000, limit[0]));
        assertCounts(a, reference);
      }
    }
  }

  /** A run that fails after spilling (a broken file half way) leaves no pseudonyms on disk. */
  @Test
  void closingWithoutCountingDeletesWhatWentToDisk() {
    Path folder;
    try (PersonMonths table = new PersonMonths(AGGREGATES, 100)) {
      for (long person = 1; person <= 1000; person++) {
        table.add(table.entry(person * 0x9E3779B97F4A7C15L, 0), 0, 1);
      }
      folder = table.spillFolder().orElseThrow();
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files.count()).isGreaterThan(1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(folder).doesNotExist();
  }

  /**
   * An attacker who copies the spill folder while a run writes it finds no person in it: neither
   * the pseudonyms rows carry (a cheap permutation of the personnummer, so not for disk; here the
   * numbers themselves, as if the permutation were none) in either byte order nor as digits; and a
   * record changed on disk is noticed when read back, not counted.
   */
  @Test
  void whatGoesToDiskNamesNoPersonAndIsNotTakenBackChanged() throws IOException {
    try (PersonMonths table = new PersonMonths(AGGREGATES, 1000)) {
      Set<Long> persons = new HashSet<>();
      for (long n = 1; n <= 100_000; n++) {
        long person = 197_001_010_000L + n * 7;
        persons.add(person);
        table.add(table.entry(person, (int) (n % 3)), (int) (n % AGGREGATES), 1);
      }
      byte[] all = folderBytes(table.spillFolder().orElseThrow());
      // most of the 99,000 records spilled are on disk, past the writers' buffers
      assertThat(all.length).isGreaterThan(50_000 * 22);
      java.nio.ByteBuffer big = java.nio.ByteBuffer.wrap(all);
      java.nio.ByteBuffer little =
          java.nio.ByteBuffer.wrap(all).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      List<Integer> found = new ArrayList<>();
      for (int i = 0; i + 8 <= all.length; i++) {
        if (persons.contains(big.getLong(i)) || persons.contains(little.getLong(i))) {
          found.add(i);
        }
      }
      assertThat(found).as("places of a person in the files").isEmpty();
      String text = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
      java.util.regex.Matcher digits = java.util.regex.Pattern.compile("[0-9]{12}").matcher(text);
      assertThat(digits.find()).isFalse();
      // one byte of a record's block changed: counting stops and says so
      Path file = table.spillFolder().orElseThrow().resolve("p0");
      byte[] b = Files.readAllBytes(file);
      b[3] ^= 0x40;
      Files.write(file, b);
      long[][][] counts = new long[AGGREGATES][1][1];
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> table.count(new int[] {1}, counts, new int[][] {{0, 1, 2}}))
          .isInstanceOf(rbs.InputException.class)
          .hasMessageContaining("is not what was written");
    }
  }

  private static byte[] folderBytes(Path folder) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        out.write(Files.readAllBytes(f));
      }
    }
    return out.toByteArray();
  }

  private static Map<List<Long>, int[]> fill(PersonMonths table) {
    return fill(table, 3, new HashMap<>());
  }

  /** 200,000 random (person, slot, aggregate, month) into the table and the reference. */
  private static Map<List<Long>, int[]> fill(
      PersonMonths table, int seed, Map<List<Long>, int[]> reference) {
    SplittableRandom random = new SplittableRandom(seed);
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
    return reference;
  }

  /**
   * Periods are counted through the months they hold, up to 64 of them; a report of more (every
   * month of two years, each on its own and with its neighbour, and more) counts the same.
   */
  @Test
  void countsManyPeriodsAsFew() {
    int[] many = new int[70];
    for (int p = 0; p < many.length; p++) {
      many[p] = p < 24 ? 1 << p : p < 47 ? 3 << (p - 24) : 0xFFFF >>> (p - 47);
    }
    try (PersonMonths table = new PersonMonths(AGGREGATES)) {
      assertCounts(table, fill(table), many);
    }
  }

  private static void assertCounts(PersonMonths table, Map<List<Long>, int[]> reference) {
    assertCounts(table, reference, new int[] {0xF, 0xF0, 0xFFF, 1 << 20, 0xFFFFFF});
  }

  private static void assertCounts(
      PersonMonths table, Map<List<Long>, int[]> reference, int[] periods) {
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
