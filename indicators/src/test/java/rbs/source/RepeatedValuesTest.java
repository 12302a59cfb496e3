package rbs.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A remembered value is found again by its bytes, and never for other bytes. */
class RepeatedValuesTest {

  @Test
  void findsAValueByEveryOneOfItsBytes() {
    // every length up to 40, each value against the same with one byte changed anywhere
    for (int len = 0; len <= 40; len++) {
      byte[] value = new byte[len + 8]; // the caller's buffer has eight bytes after a value
      for (int i = 0; i < value.length; i++) {
        value[i] = (byte) ('a' + i % 26);
      }
      RepeatedValues values = new RepeatedValues();
      assertThat(values.find(value, 0, len)).isNull();
      String s = new String(value, 0, len, StandardCharsets.ISO_8859_1);
      values.remember(value, 0, len, s);
      assertThat(values.find(value, 0, len)).isSameAs(s);
      // the bytes after the value are no part of it
      byte[] after = value.clone();
      Arrays.fill(after, len, after.length, (byte) 'Z');
      assertThat(values.find(after, 0, len)).as("length %d, other bytes after", len).isSameAs(s);
      for (int at = 0; at < len; at++) {
        byte[] other = value.clone();
        other[at] = (byte) 'Y';
        assertThat(values.find(other, 0, len)).as("length %d, byte %d changed", len, at).isNull();
      }
      if (len > 0) {
        assertThat(values.find(value, 0, len - 1)).as("one byte shorter").isNotSameAs(s);
      }
    }
  }

  @Test
  void aColumnOfMostlyNewValuesIsNoLongerRemembered() {
    RepeatedValues values = new RepeatedValues();
    byte[] b = new byte[24];
    for (int i = 0; i < 10_000; i++) {
      byte[] digits = String.format("%016d", i).getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(digits, 0, b, 0, 16);
      if (values.find(b, 0, 16) == null) {
        values.remember(b, 0, 16, new String(digits, StandardCharsets.ISO_8859_1));
      }
    }
    System.arraycopy("0000000000000001".getBytes(StandardCharsets.ISO_8859_1), 0, b, 0, 16);
    values.remember(b, 0, 16, "remembered?");
    assertThat(values.find(b, 0, 16)).isNull();
  }
}
