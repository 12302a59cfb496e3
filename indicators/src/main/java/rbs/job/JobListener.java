package rbs.job;

/** Hears how a run progresses, for a progress display; every method does nothing by default. */
public interface JobListener {

  /** A listener that ignores everything (for cron runs and tests). */
  JobListener SILENT = new JobListener() {};

  /** A new phase of the run begins (e.g. "read programme", "write outputs"). */
  default void phase(String name) {}

  /** Rows read so far from the source being read. */
  default void reading(String source, long rows) {}

  /** Something the user should know that does not stop the run (unless --strict). */
  default void warning(Warning warning) {}
}
