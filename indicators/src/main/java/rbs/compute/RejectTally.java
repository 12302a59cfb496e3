package rbs.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rbs.model.RejectSummary;
import rbs.rows.Reject;
import rbs.rows.RejectSink;

/** Passes rejects on and counts them per (source, file, column, reason) for the results. */
final class RejectTally implements RejectSink {

  private final RejectSink next;
  private final Map<List<String>, Long> counts = new TreeMap<>(RejectTally::compare);

  RejectTally(RejectSink next) {
    this.next = next;
  }

  @Override
  public void reject(Reject reject) {
    counts.merge(
        List.of(reject.source(), reject.file(), reject.column(), reject.reason()), 1L, Long::sum);
    next.reject(reject);
  }

  /** Summaries sorted by source, file, column, reason. */
  List<RejectSummary> summaries() {
    List<RejectSummary> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new RejectSummary(k.get(0), k.get(1), k.get(2), k.get(3), n)));
    return out;
  }

  private static int compare(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
