package rbs.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The organisational unit an outcome belongs to and a workbook is written for: one district of the
 * programme, a named group of districts, or the whole municipality. {@link Programme#units()} lists
 * them in report order: districts in declaration order, then the groups, then the municipality. A
 * group has its own numbers, counted from its members' records, never a sum of its members'.
 */
public sealed interface Unit extends Comparable<Unit>
    permits Unit.District, Unit.Group, Unit.Municipality {

  /** The levels of units, in report order. */
  enum Level {
    DISTRICT,
    /** A named group of districts: a level between the districts and the whole. */
    GROUP,
    MUNICIPALITY
  }

  Level level();

  /**
   * Position among the units of its level: a district's or group's index in the programme, else 0.
   */
  int index();

  /** The name reports show. */
  String name();

  /**
   * Every name the unit answers to: its name, then (for a district or group) the aliases the
   * programme declares.
   */
  List<String> names();

  /** The file-name form of the unit's name. */
  default String slug() {
    return rbs.model.District.slugOf(name());
  }

  /** Whether this is the whole municipality. */
  default boolean isWhole() {
    return level() == Level.MUNICIPALITY;
  }

  /** Whether this is one district (not a group of them, nor the whole). */
  default boolean isDistrict() {
    return level() == Level.DISTRICT;
  }

  /**
   * The districts whose records make this unit: itself, a group's members, or none for the whole.
   */
  List<District> members();

  /**
   * Whether a name means this unit: its name or an alias, in any case and with or without accents.
   */
  default boolean answersTo(String text) {
    String wanted = rbs.model.District.slugOf(text);
    return names().stream().anyMatch(n -> rbs.model.District.slugOf(n).equals(wanted));
  }

  /**
   * Report order: districts in declaration order, then groups in declaration order, then the whole.
   */
  @Override
  default int compareTo(Unit o) {
    int c = level().compareTo(o.level());
    return c != 0 ? c : Integer.compare(index(), o.index());
  }

  /** The municipality of a programme as a unit. */
  static Unit whole(Programme programme) {
    return new Municipality(programme.municipality());
  }

  /** A district of a programme, by its index in the programme's district list, as a unit. */
  static Unit district(Programme programme, int index) {
    return new District(index, programme.districts().get(index));
  }

  /** A group of a programme, by its index in the programme's group list, as a unit. */
  static Unit group(Programme programme, int index) {
    DistrictGroup declared = programme.groups().get(index);
    List<District> members = new ArrayList<>();
    for (int d = 0; d < programme.districts().size(); d++) {
      if (declared.members().contains(programme.districts().get(d).name())) {
        members.add(new District(d, programme.districts().get(d)));
      }
    }
    if (members.size() != declared.members().size()) {
      throw new IllegalArgumentException(
          "group " + declared.name() + " names a district the programme does not declare");
    }
    return new Group(index, declared, members);
  }

  /**
   * One district.
   *
   * @param index its position in the programme's district list (rows carry it)
   * @param declared the district as the programme declares it, with its aliases
   */
  record District(int index, rbs.model.District declared) implements Unit {
    public District {
      Objects.requireNonNull(declared, "declared");
      if (index < 0) {
        throw new IllegalArgumentException("a district index is at least 0");
      }
    }

    // written out, as on Period (why there); the declared district's name stands for it in the
    // hash
    @Override
    public boolean equals(Object o) {
      return this == o
          || (o instanceof District d && index == d.index && declared.equals(d.declared));
    }

    @Override
    public int hashCode() {
      return 31 * index + declared.name().hashCode();
    }

    @Override
    public Level level() {
      return Level.DISTRICT;
    }

    @Override
    public List<District> members() {
      return List.of(this);
    }

    @Override
    public String name() {
      return declared.name();
    }

    @Override
    public List<String> names() {
      List<String> names = new ArrayList<>();
      names.add(declared.name());
      names.addAll(declared.aliases());
      return names;
    }
  }

  /**
   * A named group of districts.
   *
   * @param index its position in the programme's group list
   * @param declared the group as the programme declares it
   * @param members its districts, in the programme's district order
   */
  record Group(int index, DistrictGroup declared, List<District> members) implements Unit {
    public Group {
      Objects.requireNonNull(declared, "declared");
      members = List.copyOf(members);
      if (index < 0) {
        throw new IllegalArgumentException("a group index is at least 0");
      }
    }

    // written out, as District's
    @Override
    public boolean equals(Object o) {
      return this == o
          || (o instanceof Group g
              && index == g.index
              && declared.equals(g.declared)
              && members.equals(g.members));
    }

    @Override
    public int hashCode() {
      return 31 * index + declared.name().hashCode();
    }

    @Override
    public Level level() {
      return Level.GROUP;
    }

    @Override
    public String name() {
      return declared.name();
    }

    @Override
    public List<String> names() {
      List<String> names = new ArrayList<>();
      names.add(declared.name());
      names.addAll(declared.aliases());
      return names;
    }
  }

  /** The whole municipality: every row of every district, and rows without a district. */
  record Municipality(String name) implements Unit {
    public Municipality {
      Objects.requireNonNull(name, "name");
    }

    // written out, as on Period (why there)
    @Override
    public boolean equals(Object o) {
      return o instanceof Municipality m && name.equals(m.name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }

    @Override
    public Level level() {
      return Level.MUNICIPALITY;
    }

    @Override
    public int index() {
      return 0;
    }

    /** None listed: the whole has every row, those without a district too. */
    @Override
    public List<District> members() {
      return List.of();
    }

    @Override
    public List<String> names() {
      return List.of(name);
    }
  }
}
