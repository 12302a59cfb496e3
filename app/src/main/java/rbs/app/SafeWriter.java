package rbs.app;

import java.io.IOException;
import java.io.Writer;
import rbs.model.SafeText;

/**
 * stdout and stderr as rbs writes them: each line (or what is flushed before its end) passes {@link
 * SafeText#mask} on its way to the terminal, so no message, warning or echoed argument can print a
 * personnummer, whatever it quotes.
 */
final class SafeWriter extends Writer {

  private final Writer out;
  private final StringBuilder line = new StringBuilder();

  SafeWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      char c = chars[i];
      line.append(c);
      if (c == '\n' || c == '\r') {
        emit();
      }
    }
  }

  @Override
  public void flush() throws IOException {
    emit();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }

  private void emit() throws IOException {
    if (line.length() > 0) {
      out.write(SafeText.mask(line.toString()));
      line.setLength(0);
    }
  }
}
