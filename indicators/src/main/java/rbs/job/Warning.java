package rbs.job;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import rbs.Location;
import rbs.Problem;
import rbs.model.SafeText;

/**
 * Something a run tells the user that does not stop it (unless {@code --strict}): what kind of
 * thing it is, the file it concerns when there is one, and the message. Printed as {@code file:
 * message}, like a problem.
 */
public record Warning(Warning.Kind kind, Optional<Location> location, String message) {

  /** What a warning is about; the run log counts warnings by kind. */
  public enum Kind {
    /** Every value of the report year is missing or zero: the extracts are not in place. */
    NO_DATA,
    /** A district delivered no rows for a month in which rows were due. */
    MISSING_DATA,
    /** A file had rows that could not be used (they are in rejects.csv). */
    REJECTED_ROWS,
    /** A figure an earlier publication showed is different (or withheld) now. */
    REVISED,
    /** A small count earlier publications leave too little room to protect. */
    UNPROTECTED,
    /** A unit's comment form (or a cell of it) could not be used. */
    COMMENTS,
    /**
     * The data break a validation rule of the programme (or a share's numerator exceeds its
     * denominator).
     */
    VALIDATION,
    /** Something around the outputs failed that does not make them wrong. */
    OUTPUT;

    /** The word in the run log. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Warning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    message = SafeText.of(Objects.requireNonNull(message, "message"), Problem.MAX_MESSAGE);
  }

  /** A warning about no file in particular. */
  static Warning of(Kind kind, String message) {
    return new Warning(kind, Optional.empty(), message);
  }

  /** A warning about a file. */
  static Warning at(Kind kind, Location location, String message) {
    return new Warning(kind, Optional.of(location), message);
  }

  /**
   * The warning as an error of a {@code --strict} run, at its own location, else at the programme
   * file.
   */
  Problem asProblem(Location programme) {
    return new Problem(location.orElse(programme), message + " (--strict)");
  }

  /** {@code file: message}, or the message alone. */
  @Override
  public String toString() {
    return location.map(l -> l + ": " + message).orElse(message);
  }
}
