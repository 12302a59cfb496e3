package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelWritesTest {

  private static final List<Integer> UNITS = IntStream.range(0, 12).boxed().toList();

  @Test
  void writesEveryItemOnce() {
    Set<Integer> written = ConcurrentHashMap.newKeySet();
    AtomicInteger calls = new AtomicInteger();
    ParallelWrites.each(
        UNITS,
        3,
        u -> {
          calls.incrementAndGet();
          written.add(u);
        });
    assertThat(written).containsExactlyInAnyOrderElementsOf(UNITS);
    assertThat(calls).hasValue(UNITS.size());
  }

  @Test
  void theFirstFailureInUnitOrderIsTheRunsEvenWhenALaterOneFailsFirst() {
    CountDownLatch laterFailed = new CountDownLatch(1);
    RuntimeException first = new IllegalStateException("unit 1");
    assertThatThrownBy(
            () ->
                ParallelWrites.each(
                    UNITS,
                    2,
                    u -> {
                      if (u == 2) {
                        laterFailed.countDown();
                        throw new IllegalStateException("unit 2");
                      }
                      if (u == 1) {
                        await(laterFailed);
                        throw first;
                      }
                    }))
        .isSameAs(first);
  }

  @Test
  void noWriteIsStillRunningWhenTheFailureIsThrownAndNoneStartsAfterIt() {
    AtomicInteger running = new AtomicInteger();
    Set<Integer> started = ConcurrentHashMap.newKeySet();
    assertThatThrownBy(
            () ->
                ParallelWrites.each(
                    UNITS,
                    2,
                    u -> {
                      started.add(u);
                      running.incrementAndGet();
                      try {
                        if (u == 0) {
                          throw new IllegalStateException("full disk");
                        }
                        sleep(50);
                      } finally {
                        running.decrementAndGet();
                      }
                    }))
        .hasMessage("full disk");
    assertThat(running).hasValue(0);
    assertThat(started).hasSizeLessThan(UNITS.size());
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
