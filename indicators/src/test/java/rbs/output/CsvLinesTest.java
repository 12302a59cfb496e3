package rbs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A record written by {@link CsvLines} is the record Commons CSV's format writes: random records of
 * fields from the characters that quoting turns on (at the start, inside, at the end), empty fields
 * first and elsewhere, non-ASCII letters, and the codes, numbers and dates results.csv holds.
 */
class CsvLinesTest {

  private static final String[] PIECES = {
    "",
    "a",
    "Z",
    "0",
    "9",
    "-",
    "+",
    "=",
    "@",
    "#",
    "!",
    " ",
    "\t",
    "\r",
    "\n",
    ",",
    "\"",
    "'",
    ";",
    ".",
    "Älvsjö",
    "Stockholms stad",
    "2014-05-31",
    "-12.5",
    "0.333",
    "true",
    "\u007F",
    "\u0001",
    "\uD83D\uDC69",
    "–",
    "ytd",
    "kvinna",
    "18-24",
    "\u00A0",
    "$",
    "%",
    "(",
    "~"
  };

  @Test
  void recordsAreTheBytesTheFormatWrites() throws IOException {
    Random random = new Random(18);
    int plain = 0;
    int fields = 0;
    for (int r = 0; r < 20_000; r++) {
      String[] record = new String[1 + random.nextInt(6)];
      for (int f = 0; f < record.length; f++) {
        StringBuilder b = new StringBuilder();
        for (int p = random.nextInt(4); p > 0; p--) {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        record[f] = b.toString();
        plain += CsvLines.plain(record[f]) ? 1 : 0;
        fields++;
      }
      StringWriter ours = new StringWriter();
      CsvLines.record(ours, record);
      StringWriter theirs = new StringWriter();
      CsvLines.FORMAT.printRecord(theirs, (Object[]) record);
      assertThat(ours.toString())
          .as("record %s", String.join("|", record))
          .isEqualTo(theirs.toString());
    }
    // both ways taken often
    assertThat(plain).isBetween(fields / 10, fields * 9 / 10);
  }

  @Test
  void aPlainFieldStartsWithALetterOrDigitAndHoldsNothingQuotingTurnsOn() {
    assertThat(CsvLines.plain("Stockholms stad")).isTrue();
    assertThat(CsvLines.plain("-12.5")).isFalse();
    assertThat(CsvLines.plain("Älvsjö")).isFalse();
    assertThat(CsvLines.plain("a,b")).isFalse();
    assertThat(CsvLines.plain("a ")).isFalse();
    assertThat(CsvLines.plain("")).isFalse();
  }
}
