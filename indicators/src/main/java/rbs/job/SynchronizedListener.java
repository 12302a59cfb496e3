package rbs.job;

/** A listener heard from several threads (outputs written in parallel) one call at a time. */
final class SynchronizedListener implements JobListener {

  private final JobListener listener;

  private SynchronizedListener(JobListener listener) {
    this.listener = listener;
  }

  static JobListener of(JobListener listener) {
    return listener instanceof SynchronizedListener ? listener : new SynchronizedListener(listener);
  }

  @Override
  public synchronized void phase(String name) {
    listener.phase(name);
  }

  @Override
  public synchronized void reading(String source, long rows) {
    listener.reading(source, rows);
  }

  @Override
  public synchronized void warning(Warning warning) {
    listener.warning(warning);
  }
}
