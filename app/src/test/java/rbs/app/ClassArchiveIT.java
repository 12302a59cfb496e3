package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class archive the launcher makes holds the runnable jar's classes: a quick start that maps it
 * loads no class of the jar from the jar itself, picocli's included (its published jar is Java 5
 * bytecode, which no archive holds; the {@code picocli} module compiles it for Java 17). Runs the
 * built jar as {@code ./rbs} does: once to make the archive, once mapping it.
 */
class ClassArchiveIT {

  /**
   * Classes the archive cannot hold, loaded by a quick start all the same: commons-compress looks
   * for its optional codecs, whose libraries the jar leaves out, so they fail verification.
   */
  private static final Set<String> NOT_ARCHIVABLE =
      Set.of(
          "org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream",
          "org.apache.commons.compress.compressors.xz.XZCompressorInputStream");

  private static final Pattern FROM_JAR =
      Pattern.compile("\\[class,load\\] (\\S+) source: (?:file:|jar:)\\S*rbs\\.jar");

  @TempDir Path dir;

  /** A quick start of the built jar over the copy of the sample, with these flags; its output. */
  private String run(Path programme, String... flags) throws IOException, InterruptedException {
    Path jar = Path.of("target", "rbs.jar");
    assertThat(jar).as("the runnable jar (built in package)").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Launch.QUICK_FLAGS);
    command.addAll(List.of(flags));
    command.add("-Djava.awt.headless=true");
    command.addAll(List.of("-jar", jar.toString(), "report", programme.toString()));
    command.addAll(List.of("--period", "2014-T2", "--as-of", "2015-01-15", "-q"));
    command.addAll(List.of("--out", Files.createTempDirectory(dir, "out").toString()));
    Path log = Files.createTempFile(dir, "stdout", ".txt");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  void aQuickStartMappingTheArchiveLoadsNoClassFromTheJar() throws Exception {
    Path programme = SampleCopy.into(dir);
    Path archive = dir.resolve("rbs-classes.jsa");
    run(programme, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    assertThat(archive).exists();

    String log =
        run(
            programme,
            "-XX:SharedArchiveFile=" + archive,
            "-Xshare:on",
            "-Xlog:class+load=info",
            "-Xlog:cds=off");

    List<String> fromJar = new ArrayList<>();
    Matcher m = FROM_JAR.matcher(log);
    while (m.find()) {
      fromJar.add(m.group(1));
    }
    assertThat(log).as("classes mapped from the archive").contains("source: shared objects file");
    assertThat(log)
        .as("picocli, mapped from the archive")
        .containsPattern("picocli\\.CommandLine source: shared");
    assertThat(fromJar)
        .as("classes loaded from the jar, not the archive")
        .isSubsetOf(NOT_ARCHIVABLE);
  }
}
