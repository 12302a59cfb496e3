package rbs.job;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    listener.reading(source.name(), 0);
    Counting counting = new Counting(rows, source.name(), new AtomicLong());
    List<InputFile> files = delegate.feed(source, counting, rejects);
    listener.reading(source.name(), counting.count);
    return files;
  }

  /** Each reading thread counts its own rows and adds them to the total every 65,536. */
  @Override
  public List<InputFile> feedEach(Source source, Supplier<RowSink> sinks, RejectSink rejects) {
    listener.reading(source.name(), 0);
    AtomicLong total = new AtomicLong();
    List<Counting> made = new CopyOnWriteArrayList<>();
    List<InputFile> files =
        delegate.feedEach(
            source,
            () -> {
              Counting counting = new Counting(sinks.get(), source.name(), total);
              made.add(counting);
              return counting;
            },
            rejects);
    listener.reading(source.name(), made.stream().mapToLong(c -> c.count).sum());
    return files;
  }

  /** A sink that counts the rows it passes on (on one thread) and tells every 65,536. */
  private final class Counting implements RowSink {
    private final RowSink rows;
    private final String source;
    private final AtomicLong total;
    private long count;

    Counting(RowSink rows, String source, AtomicLong total) {
      this.rows = rows;
      this.source = source;
      this.total = total;
    }

    @Override
    public void accept(Row row) {
      rows.accept(row);
      if ((++count & 0xFFFF) == 0) {
        listener.reading(source, total.addAndGet(0x10000));
      }
    }

    @Override
    public boolean wants(LocalDate date) {
      return rows.wants(date);
    }
  }

  @Override
  public int readers() {
    return delegate.readers();
  }
}
