package rbs.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * An operator stopping a run (SIGTERM) while its persons are on disk: the pseudonyms do not stay
 * behind in the temporary folder.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SpillStoppedIT {

  @Test
  void sigtermWhilePersonsAreOnDiskDeletesThem() throws Exception {
    Process p = child();
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    Path folder = Path.of(lines.readLine());
    assertThat(lines.readLine()).isEqualTo("waiting");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.count()).as("partition files on disk").isGreaterThan(10);
    }

    p.destroy(); // SIGTERM: shutdown hooks run, close() does not
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(folder).doesNotExist();
  }

  /** A temporary folder that cannot be written: the error says where and what to do. */
  @Test
  void aTemporaryFolderThatIsNotThereIsNamed() throws Exception {
    Process p = child("-Djava.io.tmpdir=/nonexistent/rbs-tmp");
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isNotZero();
    assertThat(said)
        .contains("rbs.InputException: /nonexistent/rbs-tmp: cannot keep the persons")
        .contains("-Djava.io.tmpdir=DIR")
        .doesNotContain("waiting");
  }

  /** {@link SpillingChild} in a JVM of its own, with these options. */
  private static Process child(String... options) throws java.io.IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(options));
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), SpillingChild.class.getName()));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
