package rbs.comments;

import java.util.List;
import rbs.Problem;
import rbs.model.Comments;

/**
 * What the comment forms of a report period gave: the comments of every form that could be used,
 * and a located problem for everything that could not (a warning of the run; an error under {@code
 * --strict}).
 */
public record Forms(Comments comments, List<Problem> problems) {

  public Forms {
    java.util.Objects.requireNonNull(comments, "comments");
    problems = List.copyOf(problems);
  }

  /** No forms: no folder named, or none returned. */
  public static Forms none() {
    return new Forms(Comments.none(), List.of());
  }
}
