package rbs.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Writes one output per item (a unit's workbook and charts) on several threads. Items start in
 * order; once one fails, no item after it starts (those before it still do), every started one is
 * waited for, and the failure of the first item in order is thrown: the failure a run writing them
 * one after another gives, with nothing still writing into the run's folder when it is cleaned up.
 */
final class ParallelWrites {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private ParallelWrites() {}

  static <T> void each(List<T> items, int threads, Consumer<T> write) {
    if (threads <= 1 || items.size() < 2) {
      items.forEach(write);
      return;
    }
    int pool = POOLS.incrementAndGet();
    AtomicInteger names = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Math.min(threads, items.size()),
            r -> {
              Thread t = new Thread(r, "rbs-write-" + pool + "-" + names.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    // the first item in order that failed so far: no item after it starts, every item before it
    // still runs (a thread may be slow to start its item), as when written one after another
    AtomicInteger failedAt = new AtomicInteger(Integer.MAX_VALUE);
    List<Future<?>> started = new ArrayList<>();
    try {
      for (int i = 0; i < items.size(); i++) {
        int index = i;
        T item = items.get(i);
        started.add(
            executor.submit(
                () -> {
                  if (index > failedAt.get()) {
                    return;
                  }
                  try {
                    write.accept(item);
                  } catch (RuntimeException | Error e) {
                    failedAt.accumulateAndGet(index, Math::min);
                    throw e;
                  }
                }));
      }
    } finally {
      executor.shutdown();
    }
    Throwable first = null;
    for (Future<?> f : started) {
      try {
        awaitUninterruptibly(f);
      } catch (ExecutionException e) {
        if (first == null) {
          first = e.getCause();
        }
      }
    }
    if (first instanceof RuntimeException e) {
      throw e;
    }
    if (first instanceof Error e) {
      throw e;
    }
  }

  /** Waits for a write to end: the run's folder must not be touched after the run gives up. */
  private static void awaitUninterruptibly(Future<?> f) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          f.get();
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
