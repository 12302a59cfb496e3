package rbs.job;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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

  /** Each reading thread counts its own rows and adds them to the total every 65,536. */
  @Override
  public List<InputFile> feedEach(Source source, Supplier<RowSink> sinks, RejectSink rejects) {
    AtomicLong total = new AtomicLong();
    List<long[]> counts = new java.util.concurrent.CopyOnWriteArrayList<>();
    listener.reading(source.name(), 0);
    List<InputFile> files =
        delegate.feedEach(
            source,
            () -> {
              RowSink rows = sinks.get();
              long[] count = {0};
              counts.add(count);
              return new RowSink() {
                @Override
                public void accept(Row row) {
                  rows.accept(row);
                  if ((++count[0] & 0xFFFF) == 0) {
                    listener.reading(source.name(), total.addAndGet(0x10000));
                  }
                }

                @Override
                public boolean wants(LocalDate date) {
                  return rows.wants(date);
                }
              };
            },
            rejects);
    listener.reading(source.name(), counts.stream().mapToLong(c -> c[0]).sum());
    return files;
  }

  @Override
  public int readers() {
    return delegate.readers();
  }
}
