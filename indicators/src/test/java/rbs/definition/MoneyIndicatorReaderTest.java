package rbs.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.InputException;
import rbs.Problem;
import rbs.model.Money;
import rbs.model.Polarity;
import rbs.model.Programme;

class MoneyIndicatorReaderTest {

  @TempDir Path dir;

  private Path write(String indicators) throws IOException {
    Path file = dir.resolve("p.yaml");
    Files.writeString(
        file,
        """
        programme: {id: p, name: P, municipality: Staden}
        sources:
          - name: medel
            path: medel.csv
            date: datum
            columns:
              - {name: datum, type: date}
              - {name: belopp, type: decimal}
        target_groups:
          - id: g
            name: G
            goals:
              - id: m
                text: M
                indicators:
        """
            + indicators,
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void anIndicatorInTkrIsASumOfAmountsThatMayBeNeutral() throws IOException {
    Programme p =
        ProgrammeReader.read(
            write(
                "          - {id: u, name: U, kind: sum, source: medel, column: belopp,"
                    + " unit: tkr, polarity: neutral}\n"));

    assertThat(p.indicator("u").orElseThrow().money()).contains(Money.TKR);
    assertThat(p.indicator("u").orElseThrow().polarity()).isEqualTo(Polarity.NEUTRAL);
  }

  @Test
  void moneyCountedAsRecordsIsAnErrorAtItsUnit() throws IOException {
    Path file = write("          - {id: u, name: U, kind: count, source: medel, unit: kr}\n");

    InputException e = catchThrowableOfType(InputException.class, () -> ProgrammeReader.read(file));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            file
                + ":16:64: indicator 'u': 'kr' is money: an amount is the sum of a column of"
                + " amounts (kind: sum), not a count");
  }
}
