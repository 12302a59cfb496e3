package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.model.InputFile;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.rows.Row;
import rbs.rows.RowSink;
import rbs.rows.SourceFeed;
import rbs.source.SourceReader;

/**
 * The reader's shortcuts change no output, byte for byte, on the bundled sample (many files per
 * source, four bad rows among them, a missing month, rows of 2012 outside a 2014 report's window):
 * reading a source's files on several threads, and passing by rows the report cannot show.
 */
class ReadingShortcutsTest {

  @TempDir Path tmp;

  @Test
  void resultsRejectsAndManifestAreThoseOfReadingOneFileAtATime() throws IOException {
    Path sample = sample();
    Map<String, String> one = report(sample, "one", p -> SourceReader.forProgramme(p, 1));
    Map<String, String> three = report(sample, "three", p -> SourceReader.forProgramme(p, 3));

    assertThat(one.get("rejects.csv")).as("the sample has bad rows").contains("insatser");
    assertThat(one.get("results.csv").lines().count()).isGreaterThan(1000);
    for (String file : List.of("results.csv", "rejects.csv", "manifest.json")) {
      assertThat(three.get(file)).as(file).isEqualTo(one.get(file));
    }
  }

  @Test
  void rowsOutsideTheWindowAreCheckedAndCountedButNotHandedOn() throws IOException {
    Path sample = sample();
    AtomicLong handedOn = new AtomicLong();
    AtomicLong used = new AtomicLong();
    Map<String, String> passedBy =
        report(sample, "passed-by", p -> counting(SourceReader.forProgramme(p), handedOn, used));
    Map<String, String> everyRow =
        report(sample, "every-row", p -> everyRow(SourceReader.forProgramme(p)));

    assertThat(handedOn.get()).as("2012 was not handed on").isLessThan(used.get() * 9 / 10);
    for (String file : List.of("results.csv", "rejects.csv", "manifest.json")) {
      assertThat(passedBy.get(file)).as(file).isEqualTo(everyRow.get(file));
    }
  }

  /** The feed, its sinks wanting every row (as before the engine said which it wants). */
  private static SourceFeed everyRow(SourceFeed feed) {
    return (source, rows, rejects) ->
        feed.feed(
            source,
            new RowSink() {
              @Override
              public void accept(Row row) {
                rows.accept(row);
              }

              @Override
              public boolean wants(LocalDate date) {
                return true;
              }
            },
            rejects);
  }

  private static SourceFeed counting(SourceFeed feed, AtomicLong handedOn, AtomicLong used) {
    return (source, rows, rejects) -> {
      List<InputFile> files =
          feed.feed(
              source,
              new RowSink() {
                @Override
                public void accept(Row row) {
                  handedOn.incrementAndGet();
                  rows.accept(row);
                }

                @Override
                public boolean wants(LocalDate date) {
                  return rows.wants(date);
                }
              },
              rejects);
      files.forEach(f -> used.addAndGet(f.rowsUsed()));
      return files;
    };
  }

  private Path sample() throws IOException {
    Path sample = tmp.resolve("kvinnofrid");
    JobProject.copy(Path.of("../samples/kvinnofrid"), sample);
    return sample;
  }

  private Map<String, String> report(
      Path sample, String name, Function<Programme, SourceFeed> feeds) throws IOException {
    Path out = tmp.resolve(name);
    ReportRequest request =
        ReportRequest.builder(
                sample.resolve("programme.yaml"),
                ReportPeriod.tertial(2014, 2),
                LocalDate.of(2014, 9, 15))
            .outDir(out)
            .districts(List.of("Skärholmen"))
            .toolVersion("test")
            .build();
    new ReportJob(JobListener.SILENT, JobProject.CLOCK, feeds).run(request);
    return JobProject.view(out);
  }
}
