package rbs.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import rbs.compute.EngineListener;

/**
 * How long each phase of one run took, in milliseconds, for the manifest: made per run, so two runs
 * of one job never add up their times.
 */
final class Timings {

  private final JobListener listener;
  private final Map<String, Long> millis = new LinkedHashMap<>();

  Timings(JobListener listener) {
    this.listener = listener;
  }

  /** Runs a phase: announces it to the listener and records its time. */
  <T> T time(String phase, Supplier<T> step) {
    listener.phase(phase);
    long start = System.nanoTime();
    try {
      return step.get();
    } finally {
      add(phase, System.nanoTime() - start);
    }
  }

  void time(String phase, Runnable step) {
    time(
        phase,
        () -> {
          step.run();
          return Boolean.TRUE;
        });
  }

  /** Records the engine's own phases (reading each source, outcomes, goals). */
  EngineListener engineListener() {
    return new EngineListener() {
      @Override
      public void phase(String name, long nanos) {
        add(name, nanos);
      }
    };
  }

  /** The phases so far. */
  Map<String, Long> millis() {
    return Map.copyOf(millis);
  }

  private void add(String phase, long nanos) {
    millis.merge(phase, nanos / 1_000_000, Long::sum);
  }
}
