package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonIdsTest {

  @Test
  void monthLengthsAreTheCalendars() {
    for (int year = 1800; year <= 2400; year++) {
      for (int month = 1; month <= 12; month++) {
        assertThat(PersonIds.lengthOfMonth(year, month))
            .as("%d-%d", year, month)
            .isEqualTo(YearMonth.of(year, month).lengthOfMonth());
      }
    }
  }

  private final PersonIds ids = new PersonIds(Fixtures.KEY);

  @Test
  void everyWritingOfOneNumberGivesOnePseudonym() throws BadValue {
    long p = ids.pseudonym("20121212-1212", 2013);
    assertThat(ids.pseudonym("201212121212", 2013)).isEqualTo(p);
    assertThat(ids.pseudonym("121212-1212", 2013)).isEqualTo(p);
    assertThat(ids.pseudonym(" 1212121212 ", 2013)).isEqualTo(p);
    assertThat(ids.pseudonym("19121212-1212", 2013)).isNotEqualTo(p);
    assertThat(ids.pseudonym("121212+1212", 2013)).isEqualTo(ids.pseudonym("191212121212", 2013));
  }

  @Test
  void distinctNumbersGetDistinctPseudonymsThatAreNotTheNumbers() {
    // a permutation: no two persons share one, however close their numbers (a million in a row,
    // and random ones across the whole range), and none is its number or a shift of it
    java.util.Set<Long> seen = new java.util.HashSet<>();
    SplittableRandom random = new SplittableRandom(18);
    int[] partitions = new int[64];
    for (long i = 0; i < 1_000_000; i++) {
      long number = i < 500_000 ? 197_001_010_000L + i : random.nextLong(1_000_000_000_000L);
      long p = ids.pseudonymOf(number);
      assertThat(seen.add(p)).as("%d", number).isTrue();
      assertThat(p).isNotEqualTo(number);
      assertThat(p - number).isNotEqualTo(ids.pseudonymOf(0));
      partitions[(int) (p >>> 58)]++;
    }
    // consecutive numbers land all over the longs: each top-six-bit partition gets its share
    for (int count : partitions) {
      assertThat(count).isBetween(1_000_000 / 64 * 9 / 10, 1_000_000 / 64 * 11 / 10);
    }
  }

  @Test
  void theSameKeyGivesTheSamePseudonymsOnEveryThread() throws Exception {
    PersonIds again = new PersonIds(Fixtures.KEY.clone());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Long>> sums = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        sums.add(
            pool.submit(
                () -> {
                  long sum = 0;
                  for (long n = 0; n < 100_000; n++) {
                    sum += ids.pseudonymOf(194_512_310_000L + n);
                  }
                  return sum;
                }));
      }
      long expected = 0;
      for (long n = 0; n < 100_000; n++) {
        expected += again.pseudonymOf(194_512_310_000L + n);
      }
      for (java.util.concurrent.Future<Long> sum : sums) {
        assertThat(sum.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The usual form YYYYMMDD-NNNN has a path of its own: it gives what the digit-at-a-time path
   * gives (the number, or the same reason) for 200,000 near misses: digits, samordningsnummer days,
   * 29 February, month 0 and 13, and a byte that is no digit (a letter, '/', ':', a space, a
   * non-ASCII byte) anywhere.
   */
  @Test
  void theUsualFormGivesWhatEveryOtherReadingGives() {
    SplittableRandom random = new SplittableRandom(13);
    byte[] noise = {'/', ':', ' ', 'a', (byte) 0xC3, (byte) 0x80, '-', '+', '0' - 1, '9' + 1};
    int valid = 0;
    for (int t = 0; t < 200_000; t++) {
      int year = 1890 + random.nextInt(130);
      int month = random.nextInt(14);
      int day = random.nextInt(10) == 0 ? 61 + random.nextInt(32) : random.nextInt(33);
      String text =
          String.format(Locale.ROOT, "%04d%02d%02d-%04d", year, month, day, random.nextInt(10_000));
      byte[] b = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      if (random.nextInt(4) == 0) {
        int at = random.nextInt(13);
        b[at] = at == 8 ? b[at] : noise[random.nextInt(noise.length)];
      }
      String fast = reading(() -> PersonIds.normalise(b, 0, 13, 2013));
      String slow = reading(() -> PersonIds.anyForm(b, 0, 13, 2013));
      assertThat(fast)
          .as(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1))
          .isEqualTo(slow);
      valid += fast.startsWith("number") ? 1 : 0;
    }
    assertThat(valid).as("valid ones among them").isGreaterThan(5_000);
  }

  private interface Reading {
    long read() throws BadValue;
  }

  private static String reading(Reading r) {
    try {
      return "number " + r.read();
    } catch (BadValue e) {
      return "rejected: " + e.getMessage();
    }
  }

  @Test
  void pseudonymsDependOnTheKey() throws BadValue {
    PersonIds other =
        new PersonIds("another key".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(other.pseudonym("811218-9876", 2013))
        .isNotEqualTo(ids.pseudonym("811218-9876", 2013));
  }

  @Test
  void acceptsSamordningsnummer() throws BadValue {
    assertThat(twelve("701063-2391", 2013)).isEqualTo("197010632391");
  }

  @ParameterizedTest
  @ValueSource(strings = {"121212-1213", "811218-9875", "197010632392"})
  void rejectsAWrongCheckDigitWithoutQuotingTheNumber(String text) {
    assertThatThrownBy(() -> ids.pseudonym(text, 2013))
        .hasMessage("not a valid personnummer or samordningsnummer (check digit)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12121-1212", "abcdef-1234", "121212_1212", "1212121212121", ""})
  void rejectsMalformedNumbersWithoutQuotingThem(String text) {
    assertThatThrownBy(() -> ids.pseudonym(text, 2013))
        .hasMessage(
            "not a valid personnummer or samordningsnummer (expected YYYYMMDD-NNNN or"
                + " YYMMDD-NNNN)");
  }

  @Test
  void rejectsImpossibleBirthDates() {
    assertThatThrownBy(() -> ids.pseudonym("811318-9876", 2013))
        .hasMessage("not a valid personnummer or samordningsnummer (date part)");
  }

  @Test
  void tenDigitFormsTakeTheCenturyFromTheRowsYear() throws BadValue {
    assertThat(twelve("121212-1212", 2013)).isEqualTo("201212121212");
    assertThat(twelve("141212-1210", 2013)).startsWith("1914");
    assertThat(twelve("121212+1212", 2013)).isEqualTo("191212121212");
    assertThat(twelve("000101-0008", 2000)).startsWith("2000");
    assertThat(twelve("000101+0008", 2000)).startsWith("1900");
  }

  /**
   * The hand-written normalisation accepts, rejects (with the same reason) and writes out exactly
   * what the earlier one through String.format and LocalDate did, on numbers near the valid ones.
   */
  @Test
  void normalisesAsTheFormatAndLocalDateVersionDid() {
    SplittableRandom random = new SplittableRandom(7);
    String[] seps = {"", "-", "+", "_", "--"};
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int length =
          random.nextInt(100) < 50 ? 10 : random.nextInt(100) < 80 ? 12 : random.nextInt(14);
      for (int d = 0; d < length; d++) {
        int at = length - d;
        b.append(
            at == 4 + 4 && random.nextInt(3) == 0
                ? (char) ('0' + random.nextInt(2)) // a plausible month
                : random.nextInt(500) == 0 ? 'x' : (char) ('0' + random.nextInt(10)));
      }
      if (b.length() >= 4 && random.nextBoolean()) {
        b.insert(b.length() - 4, seps[random.nextInt(seps.length)]);
      }
      String text = b.toString();
      int year = 1990 + random.nextInt(40);
      assertThat(outcome(() -> twelve(text, year)))
          .as(text)
          .isEqualTo(outcome(() -> previous(text, year)));
    }
  }

  /** The 12-digit form, as text, of what the one-pass check reads. */
  private static String twelve(String text, int year) throws BadValue {
    return String.format(Locale.ROOT, "%012d", PersonIds.normalise(text, year));
  }

  private interface Normalisation {
    String apply() throws BadValue;
  }

  private static String outcome(Normalisation n) {
    try {
      return n.apply();
    } catch (BadValue e) {
      return "rejected: " + e.getMessage();
    }
  }

  /** The normalisation as it was before it was written by hand (kept as the reference). */
  private static String previous(String s, int referenceYear) throws BadValue {
    boolean plus = false;
    String digits = s;
    int n = s.length();
    if (n == 11 || n == 13) {
      char sep = s.charAt(n - 5);
      if (sep != '-' && sep != '+') {
        throw new BadValue(
            "not a valid personnummer or samordningsnummer (expected YYYYMMDD-NNNN or"
                + " YYMMDD-NNNN)");
      }
      plus = sep == '+';
      digits = s.substring(0, n - 5) + s.substring(n - 4);
    }
    if (!Values.allDigits(digits) || (digits.length() != 10 && digits.length() != 12)) {
      throw new BadValue(
          "not a valid personnummer or samordningsnummer (expected YYYYMMDD-NNNN or"
              + " YYMMDD-NNNN)");
    }
    String full;
    if (digits.length() == 12) {
      full = digits;
    } else {
      int yy = Integer.parseInt(digits.substring(0, 2));
      int year = referenceYear - Math.floorMod(referenceYear - yy, 100);
      if (plus) {
        year -= 100;
      }
      full = String.format(Locale.ROOT, "%04d", year) + digits.substring(2);
    }
    int day = Integer.parseInt(full.substring(6, 8));
    if (day > 60) {
      day -= 60;
    }
    try {
      LocalDate.of(
          Integer.parseInt(full.substring(0, 4)), Integer.parseInt(full.substring(4, 6)), day);
    } catch (DateTimeException e) {
      throw new BadValue("not a valid personnummer or samordningsnummer (date part)");
    }
    if (!PersonIds.luhn(full.substring(2))) {
      throw new BadValue("not a valid personnummer or samordningsnummer (check digit)");
    }
    return full;
  }
}
