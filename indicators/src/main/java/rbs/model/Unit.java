package rbs.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The organisational unit an outcome belongs to: one district (by its index in the programme's
 * district list) or the whole municipality.
 */
public record Unit(Optional<Integer> districtIndex, String name) implements Comparable<Unit> {

  public Unit {
    Objects.requireNonNull(districtIndex, "districtIndex");
    Objects.requireNonNull(name, "name");
  }

  public static Unit whole(Programme programme) {
    return new Unit(Optional.empty(), programme.municipality());
  }

  public static Unit district(Programme programme, int index) {
    return new Unit(Optional.of(index), programme.districts().get(index).name());
  }

  public boolean isWhole() {
    return districtIndex.isEmpty();
  }

  /** The file-name form of the unit's name. */
  public String slug() {
    return District.slugOf(name);
  }

  /** Districts in declaration order, the whole last. */
  @Override
  public int compareTo(Unit o) {
    return Integer.compare(
        districtIndex.orElse(Integer.MAX_VALUE), o.districtIndex.orElse(Integer.MAX_VALUE));
  }
}
