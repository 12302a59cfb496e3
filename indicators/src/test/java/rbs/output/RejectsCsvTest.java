package rbs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rbs.rows.Reject;

class RejectsCsvTest {

  @Test
  void streamsRejectsAndCountsThem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rejects.csv");
    try (RejectsCsv rejects = RejectsCsv.open(file)) {
      rejects.reject(new Reject("s", "a.csv", 3, "date", "not a date"));
      rejects.reject(new Reject("s", "a.csv", 4, "person", "invalid check digit"));
      rejects.reject(new Reject("s", "b.csv", 2, "date", "not a date"));
      rejects.reject(new Reject("t", "t.csv", 7, "kind", "=bad, value"));

      assertThat(rejects.rejected("s")).isEqualTo(3);
      assertThat(rejects.rejected("u")).isZero();
      assertThat(rejects.summaries())
          .extracting(r -> r.source() + "/" + r.column() + "/" + r.reason() + "/" + r.rows())
          .containsExactly(
              "s/date/not a date/2", "s/person/invalid check digit/1", "t/kind/=bad, value/1");
    }
    assertThat(Files.readString(file))
        .isEqualTo(
            """
            source,file,row,column,reason
            s,a.csv,3,date,not a date
            s,a.csv,4,person,invalid check digit
            s,b.csv,2,date,not a date
            t,t.csv,7,kind,"'=bad, value"
            """);
  }
}
