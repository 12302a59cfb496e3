package rbs.job;

import java.util.ArrayList;
import java.util.List;
import rbs.InputException;
import rbs.Location;
import rbs.Problem;
import rbs.model.District;
import rbs.model.Programme;
import rbs.model.Unit;

/** Which units a run writes workbooks for: all, or those the user named (by name or alias). */
final class Units {

  private Units() {}

  static List<Unit> select(Programme programme, List<String> names) {
    List<Unit> all = new ArrayList<>();
    for (int i = 0; i < programme.districts().size(); i++) {
      all.add(Unit.district(programme, i));
    }
    all.add(Unit.whole(programme));
    if (names.isEmpty()) {
      return all;
    }
    List<Unit> chosen = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String name : names) {
      Unit match = null;
      for (Unit unit : all) {
        if (matches(programme, unit, name)) {
          match = unit;
        }
      }
      if (match == null) {
        List<String> known = new ArrayList<>();
        programme.districts().forEach(d -> known.add(d.name()));
        known.add(programme.municipality());
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

  private static boolean matches(Programme programme, Unit unit, String name) {
    String wanted = District.slugOf(name);
    if (unit.slug().equals(wanted)) {
      return true;
    }
    return unit.districtIndex()
        .map(
            i ->
                programme.districts().get(i).aliases().stream()
                    .anyMatch(a -> District.slugOf(a).equals(wanted)))
        .orElse(false);
  }
}
