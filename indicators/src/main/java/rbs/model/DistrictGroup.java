package rbs.model;

import java.util.List;
import java.util.Objects;

/**
 * A named group of districts reported as one unit besides each district on its own: a joint
 * reception of four districts, the inner city, the southern suburbs. Its numbers are computed from
 * the records of its members (a person seen in two members counts once), never summed from theirs.
 *
 * @param members the declared names of its districts, in the programme's district order
 */
public record DistrictGroup(String name, List<String> aliases, List<String> members) {

  public DistrictGroup {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a group's name must not be blank");
    }
    aliases = List.copyOf(aliases);
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a group has at least one district");
    }
    if (members.stream().distinct().count() != members.size()) {
      throw new IllegalArgumentException("a group lists each district once");
    }
  }

  // written out, as District's
  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof DistrictGroup g
            && name.equals(g.name)
            && aliases.equals(g.aliases)
            && members.equals(g.members));
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }
}
