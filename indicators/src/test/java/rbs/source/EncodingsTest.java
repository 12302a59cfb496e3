package rbs.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rbs.InputException;
import rbs.model.Source;

/** Text extracts in the encodings Excel and Windows tools save them in. */
class EncodingsTest {

  static final String CSV =
      "Stadsdel;Personnummer;Datum;Notering\nÖstermalm;121212-1212;2013-04-05;Väntar på svar\n";

  @TempDir Path dir;

  private Fixtures.Collected read(byte[] bytes, Optional<String> encoding) throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.write(dir.resolve("data/a.csv"), bytes);
    Source source =
        Fixtures.source(
            "data/*.csv", Fixtures.columns(), Optional.empty(), encoding, Optional.empty(), false);
    return Fixtures.Collected.feed(Fixtures.programme(dir, source), source);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void readsUtf16WithAByteOrderMark(String name) throws IOException {
    Charset cs = Charset.forName(name);
    byte[] bom =
        name.endsWith("LE")
            ? new byte[] {(byte) 0xFF, (byte) 0xFE}
            : new byte[] {(byte) 0xFE, (byte) 0xFF};

    Fixtures.Collected c = read(concat(bom, CSV.getBytes(cs)), Optional.empty());

    assertThat(c.rejects).isEmpty();
    assertThat(c.rows).hasSize(1);
    assertThat(c.rows.get(0).get(6)).isEqualTo("Väntar på svar");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void readsUtf16WithoutAByteOrderMark(String name) throws IOException {
    Fixtures.Collected c = read(CSV.getBytes(Charset.forName(name)), Optional.empty());

    assertThat(c.rows).hasSize(1);
    assertThat(c.rows.get(0).get(6)).isEqualTo("Väntar på svar");
  }

  @Test
  void readsTheDeclaredUtf16() throws IOException {
    Fixtures.Collected c = read(CSV.getBytes(StandardCharsets.UTF_16), Optional.of("UTF-16"));

    assertThat(c.rows).hasSize(1);
    assertThat(c.rows.get(0).get(6)).isEqualTo("Väntar på svar");
  }

  @Test
  void aByteOrderMarkWinsOverADeclaredEncoding() throws IOException {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CSV.getBytes(StandardCharsets.UTF_16LE));

    Fixtures.Collected c = read(bytes, Optional.of("UTF-8"));

    assertThat(c.rows).hasSize(1);
  }

  @Test
  void aStrayByteInAFileDeclaredUtf8NamesItsLine() throws IOException {
    StringBuilder text = new StringBuilder("Stadsdel;Personnummer;Datum;Notering\n");
    for (int i = 0; i < 5_000; i++) {
      text.append("Bromma;121212-1212;2013-04-05;rad ").append(i).append('\n');
    }
    byte[] good = text.toString().getBytes(UTF_8);
    // line 5002: "Väntar" written in windows-1252 inside an otherwise UTF-8 file
    byte[] bad = "Bromma;121212-1212;2013-04-05;V\u00e4ntar\n".getBytes(Encodings.WINDOWS_1252);

    assertThatThrownBy(() -> read(concat(good, bad), Optional.of("UTF-8")))
        .isInstanceOfSatisfying(
            InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID))
        .hasMessage(
            "data/a.csv:5002: bytes that are not UTF-8 text (the encoding the source declares):"
                + " save the file as UTF-8, or declare the encoding it is in (e.g. encoding:"
                + " windows-1252)");
  }
}
