package rbs.model;

import java.util.List;
import java.util.Objects;

/** A target group (målgrupp) and the goals set for it. */
public record TargetGroup(String id, String name, List<Goal> goals) {

  public TargetGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    goals = List.copyOf(goals);
  }
}
