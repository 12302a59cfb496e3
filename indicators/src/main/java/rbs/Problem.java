package rbs;

import java.util.Objects;

/** One thing wrong with the user's input, and where it is. */
public record Problem(Location location, String message) {

  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:column: message}, the form editors and CI logs link to. */
  @Override
  public String toString() {
    return location + ": " + message;
  }
}
