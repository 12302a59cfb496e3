package rbs.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import rbs.compute.AggregationPlan;
import rbs.model.Period;

/**
 * A yardstick, not a reader: what the compute benchmark's per-row work costs in Java written for
 * this one extract. Each thread takes whole files, reads their bytes and splits them by hand
 * (UTF-8, ';', no quotes, the columns in the extract's order; anything else fails), checks each
 * personnummer's format and check digit, makes the keyed pseudonym of a row some filter counts
 * (HMAC-SHA256, remembered by the thread), hashes every file with SHA-256 as rbs does for its
 * manifest, compares districts and the eight filters as bytes, and keeps the months of each person
 * and district on the thread; the threads' tables are merged at the end. It does none of what rbs's
 * reader does besides: encodings, quoting, rejects with their positions, CEL, memory bounds. Usage:
 * {@code FloorContender DIR OUT THREADS}.
 */
public final class FloorContender {

  private static final String MUNICIPALITY = "Stockholm";
  private static final byte[][] DISTRICTS =
      BenchExtract.DISTRICTS.stream()
          .map(d -> d.getBytes(StandardCharsets.UTF_8))
          .toArray(byte[][]::new);
  private static final byte[] KVINNA = bytes("kvinna");
  private static final byte[] BARN = bytes("barn");
  private static final byte[] MAN = bytes("man");
  private static final byte[] OFFERED = bytes("erbjuden insats");
  private static final byte[] STARTED = bytes("påbörjad insats");
  private static final byte[] TRUE = bytes("true");
  private static final int FIELDS = 7;

  private FloorContender() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    Path dir = Path.of(args[0]);
    int threads = Integer.parseInt(args[2]);
    List<Period> periods = AggregationPlan.outputPeriods(RbsContender.REPORT);
    LocalDate first = periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = periods.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow();
    int window = month(first, last.getYear(), last.getMonthValue()) + 1;
    if (window > 32) {
      throw new IllegalStateException("a window of " + window + " months: more than an int's bits");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("data"))) {
      files = s.sorted().toList();
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    AtomicInteger next = new AtomicInteger();
    List<Worker> workers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Worker w = new Worker(key, first, window);
        workers.add(w);
        running.add(
            pool.submit(
                () -> {
                  for (int i; (i = next.getAndIncrement()) < files.size(); ) {
                    w.file(files.get(i));
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    // merged: each district's persons, and the city's (a person's months over their districts)
    Table[] districts = workers.get(0).persons;
    Table city = new Table();
    for (int d = 0; d < DISTRICTS.length; d++) {
      for (Worker w : workers.subList(1, workers.size())) {
        districts[d].orAll(w.persons[d]);
        w.persons[d] = new Table(); // merged: its memory goes
      }
      city.orAll(districts[d]);
    }
    int[] masks = periods.stream().mapToInt(p -> mask(first, p)).toArray();
    Map<String, Long> numbers = new HashMap<>();
    for (int d = 0; d <= DISTRICTS.length; d++) {
      long[][] counts = (d < DISTRICTS.length ? districts[d] : city).counts(masks);
      String unit = d < DISTRICTS.length ? BenchExtract.DISTRICTS.get(d) : MUNICIPALITY;
      for (int f = 0; f < BenchExtract.FILTERS.size(); f++) {
        for (int p = 0; p < masks.length; p++) {
          Period period = periods.get(p);
          numbers.put(
              BenchExtract.FILTERS.get(f)[0] + "|" + unit + "|" + period.from() + "|" + period.to(),
              counts[f][p]);
        }
      }
    }
    Contender.finish(numbers, Path.of(args[1]), start);
  }

  /** The month bits of a period, counted from the window's first month. */
  private static int mask(LocalDate first, Period p) {
    int mask = 0;
    for (LocalDate m = p.from(); !m.isAfter(p.to()); m = m.plusMonths(1)) {
      mask |= 1 << month(first, m.getYear(), m.getMonthValue());
    }
    return mask;
  }

  private static int month(LocalDate first, int year, int month) {
    return (year - first.getYear()) * 12 + month - first.getMonthValue();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Pseudonym → the month bits of each of the eight filters, open addressing. */
  private static final class Table {
    private long[] keys = new long[1 << 12];
    private int[] months = new int[8 << 12];
    private int size;

    /** The place of a pseudonym (made when new); a pseudonym of 0 is taken as 1 (1 in 2^64). */
    int place(long pseudonym) {
      long key = pseudonym == 0 ? 1 : pseudonym;
      int mask = keys.length - 1;
      int i = (int) mix(key) & mask;
      while (keys[i] != 0) {
        if (keys[i] == key) {
          return i;
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      size++;
      if (size * 2 > keys.length) {
        grow();
        return place(key);
      }
      return i;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldMonths = months;
      keys = new long[oldKeys.length * 2];
      months = new int[oldMonths.length * 2];
      size = 0;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != 0) {
          System.arraycopy(oldMonths, 8 * j, months, 8 * place(oldKeys[j]), 8);
        }
      }
    }

    void orAll(Table other) {
      for (int j = 0; j < other.keys.length; j++) {
        if (other.keys[j] != 0) {
          int at = 8 * place(other.keys[j]);
          for (int f = 0; f < 8; f++) {
            months[at + f] |= other.months[8 * j + f];
          }
        }
      }
    }

    /** The persons of each filter (first index) with a month in each period (second index). */
    long[][] counts(int[] periodMasks) {
      long[][] counts = new long[8][periodMasks.length];
      for (int j = 0; j < keys.length; j++) {
        if (keys[j] != 0) {
          for (int f = 0; f < 8; f++) {
            int m = months[8 * j + f];
            if (m != 0) {
              for (int p = 0; p < periodMasks.length; p++) {
                if ((m & periodMasks[p]) != 0) {
                  counts[f][p]++;
                }
              }
            }
          }
        }
      }
      return counts;
    }
  }

  private static long mix(long h) {
    long x = h * 0x9E3779B97F4A7C15L;
    return x ^ (x >>> 29);
  }

  /** One reading thread: its MAC, its remembered pseudonyms, its tables per district. */
  private static final class Worker {
    private final Mac mac;
    private final MessageDigest sha;
    private final LocalDate first;
    private final int window;
    private final Table[] persons = new Table[DISTRICTS.length]; // their entries, per district
    // the number + 1 (0: empty) and its pseudonym side by side, open addressing
    private long[] pseudonyms = new long[2 << 16];
    private int remembered;
    private final int[] starts = new int[FIELDS];
    private final int[] ends = new int[FIELDS];

    Worker(byte[] key, LocalDate first, int window) throws GeneralSecurityException {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      sha = MessageDigest.getInstance("SHA-256");
      this.first = first;
      this.window = window;
      for (int d = 0; d < persons.length; d++) {
        persons[d] = new Table();
      }
    }

    void file(Path file) {
      byte[] b;
      try {
        b = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sha.update(b);
      sha.digest();
      int pos = 0;
      while (b[pos] != '\n') {
        pos++; // the header
      }
      pos++;
      while (pos < b.length) {
        int field = 0;
        starts[0] = pos;
        while (pos < b.length && b[pos] != '\n') {
          if (b[pos] == ';') {
            ends[field++] = pos;
            starts[field] = pos + 1;
          }
          pos++;
        }
        ends[field] = pos++;
        if (field != FIELDS - 1) {
          throw new IllegalStateException(file + ": " + (field + 1) + " fields");
        }
        row(b, file);
      }
    }

    private void row(byte[] b, Path file) {
      int district = -1;
      for (int d = 0; d < DISTRICTS.length && district < 0; d++) {
        if (is(b, 0, DISTRICTS[d])) {
          district = d;
        }
      }
      int date = starts[2];
      if (district < 0 || ends[2] - date != 10) {
        throw new IllegalStateException(file + ": a district or date this extract does not have");
      }
      int year = digits(b, date, 4);
      int month = digits(b, date + 5, 2);
      int day = digits(b, date + 8, 2);
      if (month < 1 || month > 12 || day < 1 || day > 31) {
        throw new IllegalStateException(file + ": not a date");
      }
      int bit = month(first, year, month);
      if (bit < 0 || bit >= window) {
        return; // outside the window
      }
      boolean woman = is(b, 3, KVINNA);
      boolean man = is(b, 3, MAN);
      boolean offered = is(b, 4, OFFERED);
      boolean started = is(b, 4, STARTED);
      boolean guardian = is(b, 5, TRUE);
      // in BenchExtract.FILTERS's order
      int filters =
          (woman ? 1 : 0)
              | (woman && offered ? 2 : 0)
              | (woman && started ? 4 : 0)
              | (is(b, 3, BARN) && offered ? 8 : 0)
              | (man && offered ? 16 : 0)
              | (man && started ? 32 : 0)
              | (man && guardian && is(b, 6, TRUE) ? 64 : 0)
              | (man && guardian ? 128 : 0);
      long number = personnummer(b, file);
      if (filters == 0) {
        return;
      }
      Table t = persons[district];
      int at = 8 * t.place(pseudonym(number));
      for (int f = 0; f < 8; f++) {
        if ((filters & (1 << f)) != 0) {
          t.months[at + f] |= 1 << bit;
        }
      }
    }

    /** YYYYMMDD-NNNN as the number YYYYMMDDNNNN, its check digit checked. */
    private long personnummer(byte[] b, Path file) {
      int s = starts[1];
      if (ends[1] - s != 13 || b[s + 8] != '-') {
        throw new IllegalStateException(file + ": not a personnummer");
      }
      long number = 0;
      int sum = 0;
      int k = 0;
      for (int i = 0; i < 13; i++) {
        if (i == 8) {
          continue;
        }
        int c = b[s + i] - '0';
        if (c < 0 || c > 9) {
          throw new IllegalStateException(file + ": not a personnummer");
        }
        number = number * 10 + c;
        if (i >= 2 && k < 9) {
          int v = k % 2 == 0 ? 2 * c : c;
          sum += v > 9 ? v - 9 : v;
          k++;
        }
      }
      if ((10 - sum % 10) % 10 != b[s + 12] - '0') {
        throw new IllegalStateException(file + ": a personnummer's check digit");
      }
      return number;
    }

    private long pseudonym(long number) {
      int mask = (pseudonyms.length >> 1) - 1;
      int i = (int) mix(number + 1) & mask;
      while (pseudonyms[2 * i] != 0) {
        if (pseudonyms[2 * i] == number + 1) {
          return pseudonyms[2 * i + 1];
        }
        i = (i + 1) & mask;
      }
      byte[] digits = new byte[12];
      long rest = number;
      for (int d = 11; d >= 0; d--) {
        digits[d] = (byte) ('0' + rest % 10);
        rest /= 10;
      }
      long p = ByteBuffer.wrap(mac.doFinal(digits)).getLong();
      remember(number + 1, p);
      if (remembered * 4 > pseudonyms.length) {
        // more than half the places taken: twice the places
        long[] old = pseudonyms;
        pseudonyms = new long[old.length * 2];
        remembered = 0;
        for (int j = 0; j < old.length; j += 2) {
          if (old[j] != 0) {
            remember(old[j], old[j + 1]);
          }
        }
      }
      return p;
    }

    /** Puts a key (the number + 1) and its pseudonym in the first free place from its own. */
    private void remember(long key, long pseudonym) {
      int mask = (pseudonyms.length >> 1) - 1;
      int i = (int) mix(key) & mask;
      while (pseudonyms[2 * i] != 0) {
        i = (i + 1) & mask;
      }
      pseudonyms[2 * i] = key;
      pseudonyms[2 * i + 1] = pseudonym;
      remembered++;
    }

    private boolean is(byte[] b, int field, byte[] word) {
      int s = starts[field];
      if (ends[field] - s != word.length) {
        return false;
      }
      for (int i = 0; i < word.length; i++) {
        if (b[s + i] != word[i]) {
          return false;
        }
      }
      return true;
    }

    private static int digits(byte[] b, int from, int count) {
      int v = 0;
      for (int i = 0; i < count; i++) {
        v = v * 10 + b[from + i] - '0';
      }
      return v;
    }
  }
}
