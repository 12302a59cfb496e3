package rbs.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The organisational unit an outcome belongs to and a workbook is written for: one district of the
 * programme, or the whole municipality. {@link Programme#units()} lists them in report order:
 * districts in declaration order, then the municipality. A named group of districts will be a third
 * kind of unit (a level between the two), with its own numbers, never a sum of its members'.
 */
public sealed interface Unit extends Comparable<Unit> permits Unit.District, Unit.Municipality {

  /** The levels of units, in report order. */
  enum Level {
    DISTRICT,
    MUNICIPALITY
  }

  Level level();

  /** Position among the units of its level: a district's index in the programme, else 0. */
  int index();

  /** The name reports show. */
  String name();

  /** Every name the unit answers to: its name, then (for a district) the aliases extracts use. */
  List<String> names();

  /** The file-name form of the unit's name. */
  default String slug() {
    return rbs.model.District.slugOf(name());
  }

  /** Whether this is the whole municipality. */
  default boolean isWhole() {
    return level() == Level.MUNICIPALITY;
  }

  /**
   * Whether a name means this unit: its name or an alias, in any case and with or without accents.
   */
  default boolean answersTo(String text) {
    String wanted = rbs.model.District.slugOf(text);
    return names().stream().anyMatch(n -> rbs.model.District.slugOf(n).equals(wanted));
  }

  /** Report order: districts in declaration order, then the municipality. */
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

    @Override
    public Level level() {
      return Level.DISTRICT;
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

    @Override
    public Level level() {
      return Level.MUNICIPALITY;
    }

    @Override
    public int index() {
      return 0;
    }

    @Override
    public List<String> names() {
      return List.of(name);
    }
  }
}
