package rbs.definition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rbs.model.District;
import rbs.model.DistrictGroup;

/**
 * Reads the programme's {@code groups}: named groups of districts reported as units of their own.
 * Every problem is at the value written: a member that is no declared district (by name or alias),
 * a district listed twice, a group name or alias already used by a district, another group or the
 * municipality.
 */
final class GroupsReader {

  private GroupsReader() {}

  static List<DistrictGroup> read(Section root, List<District> districts, String municipality) {
    List<DistrictGroup> out = new ArrayList<>();
    // every name a unit answers to (by its file-name form), with what it names
    Map<String, String> taken = new HashMap<>();
    if (!municipality.isBlank()) {
      taken.put(District.slugOf(municipality), "the municipality");
    }
    for (District d : districts) {
      taken.putIfAbsent(d.slug(), "the district " + d.name());
      d.aliases().forEach(a -> taken.putIfAbsent(District.slugOf(a), "the district " + d.name()));
    }
    for (YamlNode node : root.list("groups", false)) {
      Optional<Section> maybe = Section.of(node, "group", root.problems());
      if (maybe.isEmpty()) {
        continue;
      }
      String name = maybe.get().text("name");
      Section s = maybe.get().renamed("group '" + name + "'");
      boolean ok = !name.isBlank();
      if (ok) {
        ok = claim(s, taken, name, s.valueLocation("name"));
      }
      List<String> aliases = s.texts("aliases");
      for (String alias : aliases) {
        ok &= claim(s, taken, alias, s.valueLocation("aliases"));
      }
      Set<String> members = new LinkedHashSet<>();
      List<YamlNode> listed = s.list("members", true);
      for (YamlNode item : listed) {
        Optional<String> text = item.plainText();
        if (text.isEmpty()) {
          s.problem(
              item.location(),
              s.context() + ": 'members' must list district names, got " + item.describe());
          ok = false;
          continue;
        }
        Optional<District> district = named(districts, text.get());
        if (district.isEmpty()) {
          s.problem(
              item.location(),
              s.context()
                  + ": unknown district '"
                  + text.get()
                  + "' (members are districts declared under 'districts')");
          ok = false;
        } else if (!members.add(district.get().name())) {
          s.problem(
              item.location(),
              s.context() + ": the district " + district.get().name() + " is listed twice");
          ok = false;
        }
      }
      if (listed.isEmpty() && s.has("members")) {
        s.problem(s.valueLocation("members"), s.context() + ": 'members' must list a district");
        ok = false;
      }
      s.finish();
      if (ok && !members.isEmpty()) {
        out.add(new DistrictGroup(name, aliases, List.copyOf(members)));
      }
    }
    return out;
  }

  /** Claims a name for the group; a problem when a district, group or the whole has it. */
  private static boolean claim(
      Section s, Map<String, String> taken, String spelling, rbs.Location at) {
    String key = District.slugOf(spelling);
    String earlier = taken.putIfAbsent(key, s.context().replace("group '", "the group '"));
    if (earlier == null) {
      return true;
    }
    s.problem(at, s.context() + ": the name '" + spelling + "' is already the name of " + earlier);
    return false;
  }

  private static Optional<District> named(List<District> districts, String text) {
    String key = District.slugOf(text);
    return districts.stream()
        .filter(
            d ->
                d.slug().equals(key)
                    || d.aliases().stream().anyMatch(a -> District.slugOf(a).equals(key)))
        .findFirst();
  }
}
