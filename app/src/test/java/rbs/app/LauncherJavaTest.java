package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Java the {@code ./rbs} launcher runs, and with which class archive: a copy of the launcher
 * beside a stand-in jar (so nothing is built) runs stand-in JDKs, scripts that write down how they
 * were started and, asked to, make the archive they were told to make.
 */
@EnabledOnOs(OS.LINUX)
class LauncherJavaTest {

  @TempDir Path dir;
  Path root;
  Path target;

  @BeforeEach
  void launcherBesideAJar() throws IOException {
    root = Files.createDirectories(dir.resolve("rbs"));
    Files.copy(Path.of("..", "rbs"), root.resolve("rbs"));
    target = Files.createDirectories(root.resolve("app/target"));
    Files.writeString(target.resolve("rbs.jar"), "a stand-in");
    Files.setLastModifiedTime(
        target.resolve("rbs.jar"), FileTime.from(Instant.now().minusSeconds(60)));
  }

  /** A JDK whose {@code release} names the version and whose java writes its arguments down. */
  private Path jdk(String name, String version) throws IOException {
    Path home = Files.createDirectories(dir.resolve(name));
    Path bin = Files.createDirectories(home.resolve("bin"));
    Files.writeString(
        home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    Path java = bin.resolve("java");
    Files.writeString(
        java,
        String.join(
            "\n",
            "#!/usr/bin/env bash",
            "runs=\"" + home.resolve("runs") + "\"; mkdir -p \"$runs\"",
            "printf '%s\\n' \"$@\" > \"$runs/$(( $(ls \"$runs\" | wc -l) + 1 ))\"",
            "for a in \"$@\"; do",
            "  case $a in",
            "    -XX:AOTCacheOutput=*) echo cache > \"${a#*=}\" ;;",
            "    -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\" ;;",
            "  esac",
            "done",
            "echo \"ran " + name + "\"",
            ""),
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return home;
  }

  private record Run(int exit, String out, String err) {}

  private Run launch(Map<String, String> env, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of("bash", root.resolve("rbs").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("JAVA_HOME");
    builder.environment().remove("RBS_JAVA_OPTS");
    builder.environment().putAll(env);
    builder.redirectOutput(dir.resolve("out.txt").toFile());
    builder.redirectError(dir.resolve("err.txt").toFile());
    Process p = builder.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(dir.resolve("out.txt")),
        Files.readString(dir.resolve("err.txt")));
  }

  /** The arguments of the stand-in's n-th run (from 1). */
  private static List<String> args(Path home, int n) throws IOException {
    return Files.readAllLines(home.resolve("runs").resolve(String.valueOf(n)));
  }

  @Test
  void javaHomesJavaRunsBeforeThePathsWithTheClassArchiveOfItsVersion() throws Exception {
    Path old = jdk("jdk17", "17.0.15");
    Path newer = jdk("jdk25", "25.0.1");
    Files.writeString(target.resolve("rbs-classes.jsa"), "archive");
    Files.writeString(target.resolve("rbs-classes.aot"), "cache");

    Run run =
        launch(
            Map.of("JAVA_HOME", newer.toString(), "PATH", old.resolve("bin") + ":/usr/bin:/bin"),
            "--version");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("ran jdk25\n");
    assertThat(args(newer, 1))
        .startsWith(Launch.QUICK_FLAGS.toArray(String[]::new))
        .contains(Launch.AOT_CACHE_FLAG + target.resolve("rbs-classes.aot"))
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"))
        .endsWith("-jar", target.resolve("rbs.jar").toString(), "--version");

    Run onPath = launch(Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin"), "--version");

    assertThat(onPath.out()).isEqualTo("ran jdk17\n");
    assertThat(args(old, 1))
        .contains("-XX:SharedArchiveFile=" + target.resolve("rbs-classes.jsa"))
        .noneMatch(a -> a.startsWith(Launch.AOT_CACHE_FLAG));
  }

  @Test
  void aJavaOlderThan17IsNamedAndNotStarted() throws Exception {
    Path java8 = jdk("jdk8", "1.8.0_392");
    Path java11 = jdk("jdk11", "11.0.2");

    Run eight = launch(Map.of("JAVA_HOME", java8.toString()), "--version");
    Run eleven = launch(Map.of("PATH", java11.resolve("bin") + ":/usr/bin:/bin"), "--version");

    assertThat(eight.exit()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(eight.err())
        .isEqualTo(
            "rbs: "
                + java8.resolve("bin/java")
                + " is Java 8; rbs needs Java 17 or later (set JAVA_HOME to a JDK 17+)\n");
    assertThat(eleven.exit()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(eleven.err()).contains("is Java 11; rbs needs Java 17 or later");
    assertThat(java8.resolve("runs")).doesNotExist();
    assertThat(java11.resolve("runs")).doesNotExist();
  }

  @Test
  void theFirstRunAfterABuildMakesTheArchiveOfItsJavaFromTheSampleAndUsesIt() throws Exception {
    Files.createDirectories(root.resolve("samples/kvinnofrid"));
    Files.writeString(root.resolve("samples/kvinnofrid/programme.yaml"), "a stand-in");
    // older than the jar, which is then not built again
    Files.setLastModifiedTime(
        root.resolve("samples/kvinnofrid/programme.yaml"),
        FileTime.from(Instant.now().minusSeconds(120)));
    Path newer = jdk("jdk25", "25.0.1");

    Run run = launch(Map.of("JAVA_HOME", newer.toString()), "--version");

    assertThat(run.exit()).as(run.err()).isZero();
    Path cache = target.resolve("rbs-classes.aot");
    assertThat(cache).hasContent("cache");
    assertThat(target.resolve("rbs-classes.jsa")).doesNotExist();
    // the training run: quick mode, the sample's report, the cache written beside it first
    List<String> training = args(newer, 1);
    assertThat(training)
        .startsWith(Launch.QUICK_FLAGS.toArray(String[]::new))
        .anyMatch(a -> a.startsWith("-XX:AOTCacheOutput=" + cache + "."))
        .contains("report", root.resolve("samples/kvinnofrid/programme.yaml").toString());
    assertThat(args(newer, 2)).contains(Launch.AOT_CACHE_FLAG + cache);
    try (var left = Files.list(target)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("rbs.jar", "rbs-classes.aot");
    }
  }
}
