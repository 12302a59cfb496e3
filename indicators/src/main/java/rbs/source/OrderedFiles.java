package rbs.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import rbs.model.InputFile;
import rbs.rows.Reject;
import rbs.rows.RejectSink;
import rbs.rows.Row;
import rbs.rows.RowSink;

/**
 * Reads the files of a source on several threads and hands their rows and rejects to the sinks on
 * the calling thread, file after file in order, each file's in the order it was read: whatever
 * consumes them sees exactly what one thread reading the files one after another gives, and a
 * failing file fails the run as it would then (after the rows of the files before it). Memory stays
 * bounded: each file hands over a few batches at most, and a thread whose file is not yet being
 * consumed waits.
 */
final class OrderedFiles {

  /** Reads one file into the sinks (on a reading thread). */
  @FunctionalInterface
  interface FileReader {
    InputFile read(int index, RowSink rows, RejectSink rejects);
  }

  private static final int BATCH = 1024;
  private static final int BATCHES_AHEAD = 4;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int threads;

  /**
   * @param threads reading threads (files read at the same time); 1 reads on the calling thread
   */
  OrderedFiles(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
  }

  /** Reads files {@code 0..count-1}; the results in file order. */
  List<InputFile> read(int count, FileReader reader, RowSink rows, RejectSink rejects) {
    List<InputFile> read = new ArrayList<>();
    if (threads == 1 || count < 2) {
      try {
        for (int i = 0; i < count; i++) {
          read.add(reader.read(i, rows, rejects));
        }
      } finally {
        ByteCsvTable.forgetSharedValues();
      }
      return read;
    }
    List<Channel> channels = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      channels.add(new Channel());
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.min(threads, count), daemons(POOLS.incrementAndGet()));
    try {
      for (int i = 0; i < count; i++) {
        int index = i;
        Channel channel = channels.get(i);
        pool.execute(() -> channel.produce(index, reader, rows));
      }
      for (Channel channel : channels) {
        read.add(channel.consume(rows, rejects));
      }
      return read;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The most files read at the same time. */
  int threads() {
    return threads;
  }

  /**
   * Reads files {@code 0..count-1} as {@link #read} does, but the rows of each reading thread go to
   * a sink of its own, made by {@code sinks} on that thread (one sink when one thread reads); the
   * rejects and the files' ends still come to the calling thread in file order.
   */
  List<InputFile> readEach(
      int count, FileReader reader, Supplier<RowSink> sinks, RejectSink rejects) {
    if (threads == 1 || count < 2) {
      return read(count, reader, sinks.get(), rejects);
    }
    List<Channel> channels = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      channels.add(new Channel());
    }
    // once the run stops (a file failed), no reading thread puts another row into its sink
    AtomicBoolean stopped = new AtomicBoolean();
    int workers = Math.min(threads, count);
    Runs runs = new Runs(count, workers);
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemons(POOLS.incrementAndGet()));
    try {
      for (int w = 0; w < workers; w++) {
        int home = w;
        pool.execute(
            () -> {
              RowSink own;
              try {
                own = guarded(sinks.get(), stopped);
              } catch (RuntimeException | Error e) {
                // no sink: the files this thread takes fail with why, so the run does not wait
                for (int i; !stopped.get() && (i = runs.take(home)) >= 0; ) {
                  channels.get(i).fail(e);
                }
                return;
              }
              try {
                for (int i; !stopped.get() && (i = runs.take(home)) >= 0; ) {
                  channels.get(i).produceInto(i, reader, own);
                }
              } finally {
                ByteCsvTable.forgetSharedValues();
              }
            });
      }
      List<InputFile> read = new ArrayList<>();
      for (Channel channel : channels) {
        read.add(channel.consume(row -> {}, rejects));
      }
      return read;
    } finally {
      stopped.set(true);
      pool.shutdownNow();
      // the sinks are the caller's again only when no thread writes to them: a thread stops at its
      // next row or reject (one stuck reading a file is not waited for past the bound, and no
      // failure here hides the one that ended the read)
      try {
        pool.awaitTermination(10, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Which file a reading thread reads next: each thread works through a run of neighbouring files
   * of its own (the files of one district are usually neighbours, and so one thread's persons and
   * another's are mostly not the same), then takes files from the end of the run with the most
   * left.
   */
  static final class Runs {
    private final int[] next;
    private final int[] end;

    Runs(int count, int threads) {
      next = new int[threads];
      end = new int[threads];
      for (int t = 0; t < threads; t++) {
        next[t] = (int) ((long) count * t / threads);
        end[t] = (int) ((long) count * (t + 1) / threads);
      }
    }

    /** The next file for the thread of this run, or -1 when every file is taken. */
    synchronized int take(int run) {
      if (next[run] < end[run]) {
        return next[run]++;
      }
      int most = -1;
      for (int r = 0; r < next.length; r++) {
        if (end[r] > next[r] && (most < 0 || end[r] - next[r] > end[most] - next[most])) {
          most = r;
        }
      }
      return most < 0 ? -1 : --end[most];
    }
  }

  /** The sink, which stops its thread once the run has stopped. */
  private static RowSink guarded(RowSink sink, AtomicBoolean stopped) {
    return new RowSink() {
      @Override
      public void accept(Row row) {
        if (stopped.get()) {
          throw new Stop();
        }
        sink.accept(row);
      }

      @Override
      public boolean wants(LocalDate date) {
        return sink.wants(date);
      }
    };
  }

  private static ThreadFactory daemons(int pool) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "rbs-read-" + pool + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The end of a file: what it gave, or how it failed. */
  private record End(InputFile file, Throwable failure) {}

  /** One file's rows and rejects on their way from its reading thread to the calling thread. */
  private static final class Channel {
    private final BlockingQueue<Object[]> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private Object[] batch = new Object[BATCH];
    private int size;

    /**
     * On a reading thread: reads the file, its rows into {@code own}, its rejects handed over in
     * batches, then its end.
     */
    void produceInto(int index, FileReader reader, RowSink own) {
      End end;
      try {
        end = new End(reader.read(index, own, this::add), null);
      } catch (Stop stop) {
        return;
      } catch (RuntimeException | Error e) {
        end = new End(null, e);
      }
      finish(end);
    }

    /** On a reading thread: the file could not be read at all, for this reason. */
    void fail(Throwable why) {
      finish(new End(null, why));
    }

    /** On a reading thread: reads the file, handing over full batches, then its end. */
    void produce(int index, FileReader reader, RowSink consumer) {
      produceInto(
          index,
          reader,
          new RowSink() {
            @Override
            public void accept(Row row) {
              add(row);
            }

            @Override
            public boolean wants(LocalDate date) {
              return consumer.wants(date);
            }
          });
    }

    private void finish(End end) {
      try {
        add(end);
        flush();
      } catch (Stop stop) {
        // the run stopped consuming
      }
    }

    private void add(Object item) {
      batch[size++] = item;
      if (size == batch.length) {
        flush();
      }
    }

    private void flush() {
      Object[] full = size == batch.length ? batch : java.util.Arrays.copyOf(batch, size);
      try {
        batches.put(full);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stop();
      }
      batch = new Object[BATCH];
      size = 0;
    }

    /** On the calling thread: passes the file's rows and rejects on, in order, to its end. */
    InputFile consume(RowSink rows, RejectSink rejects) {
      while (true) {
        Object[] items;
        try {
          items = batches.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while reading", e);
        }
        for (Object item : items) {
          if (item instanceof Row row) {
            rows.accept(row);
          } else if (item instanceof Reject reject) {
            rejects.reject(reject);
          } else {
            End end = (End) item;
            if (end.failure() instanceof RuntimeException e) {
              throw e;
            }
            if (end.failure() instanceof Error e) {
              throw e;
            }
            return end.file();
          }
        }
      }
    }
  }

  /** A reading thread was told to stop (the run failed or ended). */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("stopped", null, false, false);
    }
  }
}
