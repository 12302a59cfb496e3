package rbs;

import java.util.Objects;
import java.util.regex.Pattern;
import rbs.model.SafeText;

/**
 * One thing wrong with the user's input, where it is, and whether the input is invalid or
 * unavailable (the kind travels with the problem, so a command that collects problems from several
 * steps knows its exit code without reading messages). The message may quote input, so it passes
 * {@link SafeText} when the problem is made: masked and bounded before anything prints it.
 */
public record Problem(Location location, String message, InputException.Kind kind) {

  /** The longest message kept; a broken file must not turn into megabytes of error output. */
  public static final int MAX_MESSAGE = 1_000;

  /** "java.util.zip.ZipException: " in a library's message tells a user nothing. */
  private static final Pattern JAVA_CLASS =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?::\\s*)?");

  public Problem {
    Objects.requireNonNull(location, "location");
    message =
        JAVA_CLASS
            .matcher(SafeText.of(Objects.requireNonNull(message, "message"), MAX_MESSAGE))
            .replaceAll("");
    Objects.requireNonNull(kind, "kind");
  }

  /** A problem with the content: invalid input. */
  public Problem(Location location, String message) {
    this(location, message, InputException.Kind.INVALID);
  }

  /** {@code file:line:column: message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
