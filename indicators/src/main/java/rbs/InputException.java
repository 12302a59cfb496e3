package rbs;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception for problems in what the user gave us (programme files, extracts, options): it
 * carries every problem found, each with its location, and whether the input is invalid (fix the
 * file) or unavailable (a file missing or unreadable, an output folder not writable, a lock held).
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the input could not be used; the CLI maps this to an exit code. */
  public enum Kind {
    /** The content is wrong: definitions or data (exit code 3). */
    INVALID,
    /**
     * The environment failed us: missing or unreadable file, unwritable output, lock held (exit 4).
     */
    UNAVAILABLE
  }

  private final Kind kind;
  private final transient List<Problem> problems;

  public InputException(Kind kind, List<Problem> problems) {
    super(render(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InputException needs at least one problem");
    }
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public InputException(Kind kind, Location location, String message) {
    this(kind, List.of(new Problem(location, message, kind)));
  }

  /**
   * Several problems collected from different steps, reported in file order: unavailable when any
   * of them is (a file that cannot be read is fixed first), else invalid.
   */
  public static InputException of(List<Problem> problems) {
    boolean unavailable = problems.stream().anyMatch(p -> p.kind() == Kind.UNAVAILABLE);
    return new InputException(unavailable ? Kind.UNAVAILABLE : Kind.INVALID, inFileOrder(problems));
  }

  /** Invalid content at a location. */
  public static InputException invalid(Location location, String message) {
    return new InputException(Kind.INVALID, location, message);
  }

  /** Invalid content, several problems, reported in file order. */
  public static InputException invalid(List<Problem> problems) {
    return new InputException(Kind.INVALID, inFileOrder(problems));
  }

  private static List<Problem> inFileOrder(List<Problem> problems) {
    return problems.stream()
        .sorted(Comparator.comparing(Problem::location))
        .collect(Collectors.toList());
  }

  /** A missing or unreadable file, an unwritable folder, a held lock. */
  public static InputException unavailable(Location location, String message) {
    return new InputException(Kind.UNAVAILABLE, location, message);
  }

  /**
   * An I/O failure while doing something, with the operating system's reason in words, and the path
   * that failed when it is not the one the location names.
   */
  public static InputException unavailable(
      Location location, String doing, java.io.IOException cause) {
    String where = "";
    if (cause instanceof java.nio.file.FileSystemException fileSystemException) {
      String file = fileSystemException.getFile();
      if (file != null && !file.equals(location.file())) {
        where = " (" + file + ")";
      }
    }
    return unavailable(location, doing + ": " + reason(cause) + where);
  }

  /**
   * Why an I/O operation failed, in words: Java's file-system exceptions often carry only the path
   * as their message.
   */
  public static String reason(java.io.IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (e instanceof java.nio.file.FileSystemException fileSystemException) {
      String reason = fileSystemException.getReason();
      return reason == null ? "file system error" : reason;
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }

  public Kind kind() {
    return kind;
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    return problems.stream()
        .map(Problem::toString)
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
