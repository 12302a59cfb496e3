package rbs.job;

import java.time.LocalDate;
import java.util.List;
import rbs.model.InputFile;
import rbs.model.Source;
import rbs.rows.RejectSink;
import rbs.rows.Row;
import rbs.rows.RowSink;
import rbs.rows.SourceFeed;

/** A feed that tells the listener how many rows it has read so far, for the progress display. */
final class ProgressFeed implements SourceFeed {

  private final SourceFeed delegate;
  private final JobListener listener;

  ProgressFeed(SourceFeed delegate, JobListener listener) {
    this.delegate = delegate;
    this.listener = listener;
  }

  @Override
  public List<InputFile> feed(Source source, RowSink rows, RejectSink rejects) {
    long[] count = {0};
    listener.reading(source.name(), 0);
    List<InputFile> files =
        delegate.feed(
            source,
            new RowSink() {
              @Override
              public void accept(Row row) {
                rows.accept(row);
                if ((++count[0] & 0xFFFF) == 0) {
                  listener.reading(source.name(), count[0]);
                }
              }

              @Override
              public boolean wants(LocalDate date) {
                return rows.wants(date);
              }
            },
            rejects);
    listener.reading(source.name(), count[0]);
    return files;
  }
}
