package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import rbs.model.Period;

/**
 * rbs's classes and picocli's, which rbs compiles from its sources, concatenate strings without
 * invokedynamic ({@code -XDstringConcat=inline}): each such call site spins method-handle classes
 * at its first use, at every start (picocli's alone were a third of those a quick start spun).
 * picocli's module overrides the parent's compiler arguments, so it must repeat this one.
 */
class InlineConcatenationTest {

  private static final String INDY_CONCAT = "makeConcatWithConstants";

  @Test
  void noClassOfRbsOrPicocliConcatenatesThroughInvokedynamic()
      throws IOException, URISyntaxException {
    for (Class<?> of : List.of(Rbs.class, Period.class, CommandLine.class)) {
      Path where = Path.of(of.getProtectionDomain().getCodeSource().getLocation().toURI());
      // a folder of classes, or a jar read as a file system of its own
      try (FileSystem jar =
              Files.isDirectory(where)
                  ? null
                  : FileSystems.newFileSystem(where, (ClassLoader) null);
          Stream<Path> files = Files.walk(jar == null ? where : jar.getPath("/"))) {
        List<Path> classes = files.filter(f -> f.toString().endsWith(".class")).toList();
        List<String> concatenating = new ArrayList<>();
        for (Path f : classes) {
          // the constant pool names the bootstrap method; Latin-1 keeps every byte a char
          if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
              .contains(INDY_CONCAT)) {
            concatenating.add(f.toString());
          }
        }
        assertThat(classes).as("classes of %s", where).hasSizeGreaterThan(10);
        assertThat(concatenating)
            .as("classes of %s concatenating through invokedynamic", where)
            .isEmpty();
      }
    }
  }
}
