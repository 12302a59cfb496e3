package rbs.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.definition.DataPaths;
import rbs.definition.ProgrammeReader;
import rbs.model.Programme;

class ValidationTest {

  @TempDir Path dir;

  @BeforeEach
  void programme() throws IOException {
    Files.writeString(
        dir.resolve("p.yaml"),
        """
        programme: {id: p, name: P, municipality: Staden}
        districts: [Norr, Söder]
        sources:
          - name: s
            path: "s*.csv"
            district: stadsdel
            date: datum
            columns:
              - {name: stadsdel, type: district}
              - {name: datum, type: date}
        target_groups:
          - id: g
            name: G
            goals:
              - id: m
                text: M
                indicators: [{id: i, name: I, kind: count, source: s}]
        """,
        StandardCharsets.UTF_8);
  }

  @Test
  void aProgrammeTheCallerReadIsNotReadAgain() throws IOException {
    Files.writeString(
        dir.resolve("s1.csv"), "stadsdel;datum\nNorr;2014-03-10\n", StandardCharsets.UTF_8);
    Programme asRead = ProgrammeReader.read(dir.resolve("p.yaml"));
    // the file changes after the caller read it (into what is no programme)
    Files.writeString(dir.resolve("p.yaml"), "programme: [", StandardCharsets.UTF_8);
    List<Object> heard = new ArrayList<>();

    assertThat(
            catchThrowableOfType(
                InputException.class,
                () ->
                    Validation.run(
                        dir.resolve("p.yaml"), DataPaths.programmeFolderOnly(), recorder(heard))))
        .isNotNull();
    Validation.run(asRead, recorder(heard));

    assertThat(heard).hasSize(2);
    assertThat(((Validation.SourceCheck) heard.get(1)).rowsRead()).isEqualTo(1);
  }

  @Test
  void tellsWhatEachSourceReadAndKeepsTheFirstRejectedRows() throws IOException {
    StringBuilder csv = new StringBuilder("stadsdel;datum\n");
    for (int i = 0; i < 300; i++) {
      csv.append(i % 100 == 7 ? "Gotham" : "Norr").append(";2014-03-10\n");
    }
    Files.writeString(dir.resolve("s1.csv"), csv.toString(), StandardCharsets.UTF_8);
    List<Object> heard = new ArrayList<>();

    Validation.run(dir.resolve("p.yaml"), DataPaths.programmeFolderOnly(), recorder(heard));

    assertThat(heard).hasSize(2);
    assertThat(heard.get(0)).isInstanceOf(Programme.class);
    Validation.SourceCheck check = (Validation.SourceCheck) heard.get(1);
    assertThat(check.files()).isEqualTo(1);
    assertThat(check.rowsRead()).isEqualTo(300);
    assertThat(check.rowsRejected()).isEqualTo(3);
    assertThat(check.rowsUsed()).isEqualTo(297);
    assertThat(check.shown()).extracting(r -> r.row()).containsExactly(9L, 109L, 209L);
  }

  @Test
  void aSourceOverItsRejectLimitIsInvalidAtItsWorstFileInTheReportsWords() throws IOException {
    Files.writeString(
        dir.resolve("s1.csv"), "stadsdel;datum\nNorr;2014-03-10\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("s2.csv"),
        "stadsdel;datum\nGotham;2014-03-10\nNorr;2014-03-11\n",
        StandardCharsets.UTF_8);

    InputException e = failure();

    assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID);
    assertThat(e.problems())
        .extracting(p -> p.toString())
        .containsExactly(
            "s2.csv: source s: 1 of 3 rows rejected, more than its reject limit allows (1 of them"
                + " in this file)");
  }

  @Test
  void aSourceWithoutFilesIsTheEnvironmentsProblem() {
    InputException e = failure();

    assertThat(e.kind()).isEqualTo(InputException.Kind.UNAVAILABLE);
    assertThat(e.getMessage()).contains("s*.csv");
  }

  private InputException failure() {
    return catchThrowableOfType(
        InputException.class,
        () ->
            Validation.run(
                dir.resolve("p.yaml"),
                DataPaths.programmeFolderOnly(),
                recorder(new ArrayList<>())));
  }

  private static Validation.Listener recorder(List<Object> heard) {
    return new Validation.Listener() {
      @Override
      public void programmeRead(Programme programme) {
        heard.add(programme);
      }

      @Override
      public void sourceRead(Validation.SourceCheck check) {
        heard.add(check);
      }
    };
  }
}
