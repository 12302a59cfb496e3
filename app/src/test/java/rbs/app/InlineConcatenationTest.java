package rbs.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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

  private static final byte[] INDY_CONCAT =
      "makeConcatWithConstants".getBytes(StandardCharsets.US_ASCII);

  @Test
  void noClassOfRbsOrPicocliConcatenatesThroughInvokedynamic()
      throws IOException, URISyntaxException {
    for (Class<?> of : List.of(Rbs.class, Period.class, CommandLine.class)) {
      Path where = Path.of(of.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> classes = new ArrayList<>();
      List<String> concatenating = new ArrayList<>();
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.walk(where)) {
          for (Path f :
              (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
            classes.add(f.toString());
            if (contains(Files.readAllBytes(f), INDY_CONCAT)) {
              concatenating.add(where.relativize(f).toString());
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry entry = e.nextElement();
            if (entry.getName().endsWith(".class")) {
              classes.add(entry.getName());
              try (InputStream in = jar.getInputStream(entry)) {
                if (contains(in.readAllBytes(), INDY_CONCAT)) {
                  concatenating.add(entry.getName());
                }
              }
            }
          }
        }
      }
      assertThat(classes).as("classes of %s", where).hasSizeGreaterThan(10);
      assertThat(concatenating)
          .as("classes of %s concatenating through invokedynamic", where)
          .isEmpty();
    }
  }

  private static boolean contains(byte[] in, byte[] what) {
    outer:
    for (int i = 0; i <= in.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (in[i + j] != what[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
