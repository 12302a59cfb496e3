package rbs.compute;

/** Hears an engine's progress and timings (for the CLI's progress line and the manifest). */
public interface EngineListener {

  /** A listener that ignores everything. */
  EngineListener NONE = new EngineListener() {};

  /**
   * One source has been read.
   *
   * @param rows valid rows fed
   * @param personEntries distinct (person, district) pairs in memory at the end
   * @param personEntriesOnDisk (person, district) pairs that did not fit in memory and were counted
   *     from disk (0 when all fitted; a pair spilled twice counts twice)
   */
  default void sourceRead(
      String source, long rows, int personEntries, long personEntriesOnDisk, long nanos) {}

  /**
   * A phase ("read:SOURCE", "outcomes", "goals") has finished; "persons on disk:SOURCE" is the part
   * of reading a source spent keeping its persons on disk, when they did not fit in memory.
   */
  default void phase(String name, long nanos) {}
}
