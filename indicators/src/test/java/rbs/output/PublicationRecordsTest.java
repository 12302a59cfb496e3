package rbs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.Problem;
import rbs.model.EarlierPublication;
import rbs.model.Flag;
import rbs.model.Programme;
import rbs.model.ReportPeriod;
import rbs.model.Results;

class PublicationRecordsTest {

  @TempDir Path dir;

  private Programme programme() {
    Results r = OutputFixtures.results();
    Programme p = r.programme();
    return new Programme(
        p.id(),
        p.name(),
        p.vision(),
        p.municipality(),
        p.language(),
        p.districts(),
        p.disclosureThreshold(),
        p.targetGroups(),
        p.sources(),
        dir.resolve("programme.yaml"));
  }

  @Test
  void recordsAPublicationOnceAndADifferentOneBesideIt() throws IOException {
    Path results = dir.resolve("results.csv");
    Results fixture = OutputFixtures.results();
    ResultsCsv.write(fixture, results);
    ReportPeriod t1 = ReportPeriod.tertial(2014, 1);

    Path first = PublicationRecords.record(programme(), t1, results);
    Path again = PublicationRecords.record(programme(), t1, results);
    Files.writeString(results, Files.readString(results).replace("1000", "1001"));
    Path revised = PublicationRecords.record(programme(), t1, results);

    assertThat(first).isEqualTo(dir.resolve("publications/p/2014-T1.csv"));
    assertThat(again).isEqualTo(first);
    assertThat(revised).isEqualTo(dir.resolve("publications/p/2014-T1.2.csv"));
    List<EarlierPublication> read = PublicationRecords.read(programme());
    assertThat(read).extracting(EarlierPublication::name).containsExactly("2014-T1", "2014-T1.2");
    assertThat(read.get(0).outcomes()).hasSize(3);
    assertThat(read.get(0).outcomes())
        .filteredOn(o -> o.flag() == Flag.MISSING)
        .singleElement()
        .satisfies(o -> assertThat(o.unit().name()).isEqualTo("=Evil"));
  }

  @Test
  void noRecordsBeforeTheFirstPublication() {
    assertThat(PublicationRecords.read(programme())).isEmpty();
  }

  @Test
  void aRecordThatCannotBeUnderstoodIsALocatedError() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("publications/p"));
    String header = String.join(",", ResultsCsv.HEADER);
    Files.writeString(
        folder.resolve("2014-T1.csv"),
        header
            + "\ncount,Stad,ytd,2014-01-01,2014-04-30,12,,,,met,better,,false"
            + "\ncount,Gotham,ytd,2014-01-01,2014-04-30,12,,,,met,better,,false\n",
        StandardCharsets.UTF_8);

    InputException e =
        catchThrowableOfType(InputException.class, () -> PublicationRecords.read(programme()));

    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
    assertThat(e.problems())
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith(folder.resolve("2014-T1.csv") + ":3:2: district: the record names a unit")
        .contains("\"Gotham\"");

    Files.writeString(folder.resolve("2014-T1.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
    InputException notOne =
        catchThrowableOfType(InputException.class, () -> PublicationRecords.read(programme()));
    assertThat(notOne.problems().get(0).toString())
        .startsWith(folder.resolve("2014-T1.csv") + ":1:1: not a publication record");
  }
}
