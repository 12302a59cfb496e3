package rbs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLogTest {

  @TempDir Path dir;

  @Test
  void appendsOneJsonLinePerRunInFieldOrder() throws Exception {
    Path log = dir.resolve("logs/rbs.log");
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("time", "2026-11-22T03:00:00Z");
    first.put("outcome", "ok");
    first.put("rows_read", 120L);
    RunLog.append(log, first);
    RunLog.append(log, Map.of("outcome", "failed \"quoted\"\nline"));

    assertThat(Files.readAllLines(log, StandardCharsets.UTF_8))
        .containsExactly(
            "{\"time\":\"2026-11-22T03:00:00Z\",\"outcome\":\"ok\",\"rows_read\":120}",
            "{\"outcome\":\"failed \\\"quoted\\\"\\nline\"}");
  }
}
