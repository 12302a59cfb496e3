package rbs.rows;

/** Receives rejected rows (for rejects.csv and the data-quality summary). */
@FunctionalInterface
public interface RejectSink {
  void reject(Reject reject);
}
