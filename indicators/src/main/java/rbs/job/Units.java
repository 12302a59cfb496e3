package rbs.job;

import java.util.ArrayList;
import java.util.List;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.model.Programme;
import rbs.model.Unit;

/** Which units a run writes workbooks for: all, or those the user named (by name or alias). */
final class Units {

  private Units() {}

  static List<Unit> select(Programme programme, List<String> names) {
    List<Unit> all = programme.units();
    if (names.isEmpty()) {
      return all;
    }
    List<Unit> chosen = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String name : names) {
      Unit match = null;
      for (Unit unit : all) {
        if (unit.answersTo(name)) {
          match = unit;
        }
      }
      if (match == null) {
        List<String> known = all.stream().map(Unit::name).toList();
        problems.add(
            new Problem(
                Location.of("--district"),
                "unknown district '" + name + "' (known: " + String.join(", ", known) + ")"));
      } else if (!chosen.contains(match)) {
        chosen.add(match);
      }
    }
    if (!problems.isEmpty()) {
      throw InputException.invalid(problems);
    }
    chosen.sort(null);
    return chosen;
  }
}
