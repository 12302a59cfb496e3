package rbs.compute;

import java.util.List;
import rbs.model.GoalRule;
import rbs.model.Status;

/**
 * A goal's fulfilment from its indicators' fulfilment by the goal's rule (see {@link GoalRule}).
 */
final class GoalFulfilment {

  private GoalFulfilment() {}

  static Status of(GoalRule rule, List<Status> indicators) {
    // a neutral indicator (an outcome beside its budget) is no part of a goal's fulfilment
    long assessable =
        indicators.stream()
            .filter(s -> s != Status.NOT_ASSESSABLE && s != Status.NOT_JUDGED)
            .count();
    long met = indicators.stream().filter(s -> s == Status.MET).count();
    long partly = indicators.stream().filter(s -> s == Status.PARTLY).count();
    if (assessable == 0) {
      return Status.NOT_ASSESSABLE;
    }
    switch (rule) {
      case ALL -> {
        if (met == assessable) {
          return Status.MET;
        }
        return met + partly == 0 ? Status.NOT_MET : Status.PARTLY;
      }
      case MAJORITY -> {
        if (met * 2 > assessable) {
          return Status.MET;
        }
        return met + partly == 0 ? Status.NOT_MET : Status.PARTLY;
      }
      default -> {
        if (met > 0) {
          return Status.MET;
        }
        return partly > 0 ? Status.PARTLY : Status.NOT_MET;
      }
    }
  }
}
