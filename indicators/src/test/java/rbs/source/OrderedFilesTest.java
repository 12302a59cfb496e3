package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import rbs.InputException;
import rbs.Location;
import rbs.model.InputFile;
import rbs.rows.Reject;
import rbs.rows.Row;

class OrderedFilesTest {

  /** File i gives rows i*1000.., with a reject every 7th row; odd files are slow to start. */
  private static InputFile file(int i, int rows, rbs.rows.RowSink sink, rbs.rows.RejectSink rej) {
    if (i % 2 == 1) {
      Thread.onSpinWait();
    }
    for (int r = 0; r < rows; r++) {
      if (r % 7 == 3) {
        rej.reject(new Reject("s", "f" + i, r, "c", "bad"));
      } else {
        sink.accept(new Row(0, LocalDate.of(2014, 1, 1), 0, false, new Object[0], "f" + i, r));
      }
    }
    return new InputFile("s", "f" + i, "-", rows, rows, 0);
  }

  private static List<String> read(int threads, int files, int rows) {
    List<String> seen = new ArrayList<>();
    List<InputFile> read =
        new OrderedFiles(threads)
            .read(
                files,
                (i, sink, rej) -> file(i, rows + i * 313, sink, rej),
                row -> seen.add(row.file() + ":" + row.line()),
                reject -> seen.add("reject " + reject.file() + ":" + reject.row()));
    read.forEach(f -> seen.add("end " + f.path()));
    return seen;
  }

  @Test
  void handsOnRowsAndRejectsInFileOrderWhateverTheThreads() {
    List<String> one = read(1, 9, 5000);
    assertThat(one).hasSizeGreaterThan(9 * 5000);
    assertThat(read(2, 9, 5000)).isEqualTo(one);
    assertThat(read(4, 9, 5000)).isEqualTo(one);
  }

  @Test
  void aFailingFileFailsAfterTheRowsBeforeItAsReadingOneByOneDoes() {
    List<String> seen = new ArrayList<>();
    InputException failure = InputException.invalid(Location.of("f3", 7), "broken");
    assertThatThrownBy(
            () ->
                new OrderedFiles(3)
                    .read(
                        8,
                        (i, sink, rej) -> {
                          if (i == 3 || i == 5) {
                            sink.accept(
                                new Row(0, LocalDate.of(2014, 1, 1), 0, false, new Object[0]));
                            throw i == 3
                                ? failure
                                : InputException.invalid(Location.of("f5"), "also broken");
                          }
                          return file(i, 3000, sink, rej);
                        },
                        row -> seen.add(row.file()),
                        reject -> {}))
        .isSameAs(failure);
    // files 0..2 in full, then the row file 3 gave before failing, and nothing of later files
    long perFile = java.util.stream.IntStream.range(0, 3000).filter(r -> r % 7 != 3).count();
    assertThat(seen).hasSize((int) (3 * perFile + 1)).endsWith("");
    assertThat(seen.subList(0, (int) perFile)).containsOnly("f0");
  }

  @Test
  void aFailingConsumerStopsTheReadingThreads() throws InterruptedException {
    var running = ConcurrentHashMap.<Thread>newKeySet();
    CountDownLatch started = new CountDownLatch(1);
    assertThatThrownBy(
            () ->
                new OrderedFiles(2)
                    .read(
                        6,
                        (i, sink, rej) -> {
                          running.add(Thread.currentThread());
                          started.countDown();
                          return file(i, 1_000_000, sink, rej);
                        },
                        row -> {
                          throw new IllegalStateException("consumer fails");
                        },
                        reject -> {}))
        .hasMessage("consumer fails");
    assertThat(started.await(1, TimeUnit.SECONDS)).isTrue();
    for (Thread t : running) {
      t.join(5_000);
      assertThat(t.isAlive()).as(t.getName()).isFalse();
    }
  }

  @Test
  void theReadingThreadsAskTheConsumerWhichDatesItWants() {
    List<String> seen = new ArrayList<>();
    new OrderedFiles(2)
        .read(
            3,
            (i, sink, rej) -> {
              if (sink.wants(LocalDate.of(2012 + i, 1, 1))) {
                sink.accept(new Row(0, LocalDate.of(2012 + i, 1, 1), 0, false, new Object[0]));
              }
              return new InputFile("s", "f" + i, "-", 1, 1, 0);
            },
            new rbs.rows.RowSink() {
              @Override
              public void accept(Row row) {
                seen.add(row.date().toString());
              }

              @Override
              public boolean wants(LocalDate date) {
                return date.getYear() != 2013;
              }
            },
            reject -> {});
    assertThat(seen).containsExactly("2012-01-01", "2014-01-01");
  }

  /** What each sink of {@code readEach} got, by sink, and the rejects and ends in order. */
  private static List<String> readEach(int threads, int files, int rows, List<List<String>> sinks) {
    List<String> seen = new ArrayList<>();
    List<InputFile> read =
        new OrderedFiles(threads)
            .readEach(
                files,
                (i, sink, rej) -> file(i, rows + i * 313, sink, rej),
                () -> {
                  List<String> mine = new ArrayList<>();
                  String thread = Thread.currentThread().getName();
                  synchronized (sinks) {
                    sinks.add(mine);
                  }
                  return row -> {
                    assertThat(Thread.currentThread().getName()).isEqualTo(thread);
                    mine.add(row.file() + ":" + row.line());
                  };
                },
                reject -> seen.add("reject " + reject.file() + ":" + reject.row()));
    read.forEach(f -> seen.add("end " + f.path()));
    return seen;
  }

  /**
   * Each reading thread's rows go to a sink of its own, made and used on that thread: every row
   * once, a file's rows all in one sink and in order; the rejects and ends still come in file
   * order, as reading one by one gives them.
   */
  @Test
  void eachThreadsRowsGoToItsOwnSinkAndTheRejectsInFileOrder() {
    List<String> one = read(1, 9, 5000);
    for (int threads : new int[] {1, 2, 4}) {
      List<List<String>> sinks = new ArrayList<>();
      List<String> rejectsAndEnds = readEach(threads, 9, 5000, sinks);
      assertThat(rejectsAndEnds)
          .isEqualTo(
              one.stream().filter(l -> l.startsWith("reject") || l.startsWith("end")).toList());
      assertThat(sinks).hasSizeLessThanOrEqualTo(threads);
      List<String> rows = one.stream().filter(l -> l.startsWith("f")).toList();
      List<String> all = new ArrayList<>();
      sinks.forEach(all::addAll);
      assertThat(all).containsExactlyInAnyOrderElementsOf(rows);
      for (List<String> sink : sinks) {
        // each file's rows in order, and no file's rows in two sinks
        for (int f = 0; f < 9; f++) {
          String file = "f" + f + ":";
          List<String> mine = sink.stream().filter(l -> l.startsWith(file)).toList();
          List<String> expected = rows.stream().filter(l -> l.startsWith(file)).toList();
          assertThat(mine).isIn(List.of(), expected);
        }
      }
    }
  }

  /**
   * A failing file fails the read at its place in file order, and once the read has failed no
   * reading thread puts a row into its sink.
   */
  @Test
  void aFailingFileStopsEveryThreadsSink() throws InterruptedException {
    InputException failure = InputException.invalid(Location.of("f1", 7), "broken");
    var afterFailure = new java.util.concurrent.atomic.AtomicBoolean();
    var late = new java.util.concurrent.atomic.AtomicLong();
    assertThatThrownBy(
            () ->
                new OrderedFiles(2)
                    .readEach(
                        6,
                        (i, sink, rej) -> {
                          if (i == 1) {
                            throw failure;
                          }
                          return file(i, 2_000_000, sink, rej);
                        },
                        () ->
                            row -> {
                              if (afterFailure.get()) {
                                late.incrementAndGet();
                              }
                            },
                        reject -> {}))
        .isSameAs(failure);
    afterFailure.set(true);
    Thread.sleep(200);
    assertThat(late.get()).as("rows put into a sink after the read failed").isZero();
  }

  /** Each thread reads a run of neighbouring files, then helps from the end of the longest run. */
  @Test
  void eachThreadTakesARunOfNeighbouringFilesThenHelps() {
    OrderedFiles.Runs runs = new OrderedFiles.Runs(10, 2);
    assertThat(runs.take(0)).isZero();
    assertThat(runs.take(1)).isEqualTo(5);
    assertThat(runs.take(0)).isEqualTo(1);
    assertThat(runs.take(0)).isEqualTo(2);
    assertThat(runs.take(0)).isEqualTo(3);
    assertThat(runs.take(0)).isEqualTo(4);
    // run 0 is done: it takes from the end of run 1 (6..9 left)
    assertThat(runs.take(0)).isEqualTo(9);
    assertThat(runs.take(1)).isEqualTo(6);
    assertThat(runs.take(0)).isEqualTo(8);
    assertThat(runs.take(1)).isEqualTo(7);
    assertThat(runs.take(0)).isEqualTo(-1);
    assertThat(runs.take(1)).isEqualTo(-1);
    // more threads than files: every file once
    OrderedFiles.Runs few = new OrderedFiles.Runs(3, 4);
    List<Integer> taken = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      for (int i; (i = few.take(t)) >= 0; ) {
        taken.add(i);
      }
    }
    assertThat(taken).containsExactlyInAnyOrder(0, 1, 2);
  }

  /** A thread that cannot have a sink fails the read with why, instead of leaving it waiting. */
  @Test
  void aSinkThatCannotBeMadeFailsTheRead() {
    IllegalStateException why = new IllegalStateException("no sink");
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(30),
        () ->
            assertThatThrownBy(
                    () ->
                        new OrderedFiles(2)
                            .readEach(
                                5,
                                (i, sink, rej) -> file(i, 100, sink, rej),
                                () -> {
                                  throw why;
                                },
                                reject -> {}))
                .isSameAs(why));
  }
}
