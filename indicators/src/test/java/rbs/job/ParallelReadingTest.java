package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.model.ReportPeriod;
import rbs.source.SourceReader;

/**
 * Reading a source's files on several threads gives the outputs reading them one by one gives, byte
 * for byte: the bundled sample (many files per source, four bad rows among them, a missing month).
 */
class ParallelReadingTest {

  @TempDir Path tmp;

  @Test
  void resultsRejectsAndManifestAreThoseOfReadingOneFileAtATime() throws IOException {
    Path sample = tmp.resolve("kvinnofrid");
    JobProject.copy(Path.of("../samples/kvinnofrid"), sample);

    Map<String, String> one = report(sample, tmp.resolve("one"), 1);
    Map<String, String> three = report(sample, tmp.resolve("three"), 3);

    assertThat(one.get("rejects.csv")).as("the sample has bad rows").contains("insatser");
    assertThat(one.get("results.csv").lines().count()).isGreaterThan(1000);
    for (String file : List.of("results.csv", "rejects.csv", "manifest.json")) {
      assertThat(three.get(file)).as(file).isEqualTo(one.get(file));
    }
  }

  private static Map<String, String> report(Path sample, Path out, int threads) throws IOException {
    ReportRequest request =
        ReportRequest.builder(
                sample.resolve("programme.yaml"),
                ReportPeriod.tertial(2014, 2),
                java.time.LocalDate.of(2014, 9, 15))
            .outDir(out)
            .districts(List.of("Skärholmen"))
            .toolVersion("test")
            .build();
    new ReportJob(JobListener.SILENT, JobProject.CLOCK, p -> SourceReader.forProgramme(p, threads))
        .run(request);
    return JobProject.view(out);
  }
}
